"""An OPD without a Kepala OPD account is not stuck at "Diajukan": the operator is warned when
submitting, the overview flags the OPD, and the evaluator may approve on the head's behalf with a
note (audited). Disdik (OPD B) has no head in the test world; Dinkes (OPD A) has head_a."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.performance.models import AgencyReport, ReportStatus
from tests.performance.reporting.conftest import Reporting, events, make_report

ON_BEHALF = "setujui-atas-nama"
APPROVED_ON_BEHALF = "performance.report.approved_on_behalf"


def _action(rep: Reporting, action: str, agency: Any) -> str:
    return reverse("performance_reporting:report_transition",
                   args=[agency.pk, rep.q1.pk, action])


def _form(rep: Reporting, agency: Any) -> str:
    return rep.form_url(agency=agency)


def _submitted(rep: Reporting, agency: Any) -> AgencyReport:
    return make_report(rep, agency, ReportStatus.SUBMITTED)


def _status(report: AgencyReport) -> str:
    with scopes_disabled():
        return str(AgencyReport.objects.get(pk=report.pk).status)


def test_submitting_for_an_opd_without_a_head_warns_who_approves(rep: Reporting,
                                                                 client_for: Any) -> None:
    operator = client_for("operator_b")
    opd_b = rep.world.opd_b
    operator.post(_form(rep, opd_b), {f"value-{rep.other.pk}": "70", f"drivers-{rep.other.pk}": "",
                                      f"obstacles-{rep.other.pk}": "",
                                      f"follow_up_plan-{rep.other.pk}": ""})

    page = operator.post(_action(rep, "ajukan", opd_b), follow=True).content.decode()

    assert "belum memiliki akun Kepala OPD" in page
    assert "atas nama kepala OPD" in page


def test_submitting_for_an_opd_with_a_head_does_not_warn(rep: Reporting,
                                                         client_for: Any) -> None:
    from tests.performance.reporting.conftest import form_data

    operator = client_for("operator_a")
    operator.post(rep.form_url(), form_data(rep))

    page = operator.post(rep.action_url("ajukan"), follow=True).content.decode()

    assert "Laporan diajukan ke kepala OPD" in page
    assert "belum memiliki akun Kepala OPD" not in page


def test_the_overview_flags_the_opd_without_a_head(rep: Reporting, client_for: Any) -> None:
    _submitted(rep, rep.world.opd_b)
    _submitted(rep, rep.world.opd_a)

    page = client_for("evaluator").get(reverse("performance_reporting:overview"),
                                       {"periode": rep.q1.pk}).content.decode()

    rows = {name: page.split(name, 1)[1].split("</tr>", 1)[0]
            for name in ("Dinas Pendidikan", "Dinas Kesehatan")}
    assert "Belum ada akun Kepala OPD" in rows["Dinas Pendidikan"]
    assert "Belum ada akun Kepala OPD" not in rows["Dinas Kesehatan"]


def test_the_evaluator_approves_on_the_heads_behalf_with_a_note(rep: Reporting,
                                                               client_for: Any) -> None:
    report = _submitted(rep, rep.world.opd_b)
    evaluator = client_for("evaluator")
    form = evaluator.get(_form(rep, rep.world.opd_b)).content.decode()
    assert _action(rep, ON_BEHALF, rep.world.opd_b) in form

    page = evaluator.post(_action(rep, ON_BEHALF, rep.world.opd_b),
                          {"note": "Disetujui Kadis lewat nota dinas 12/IV"},
                          follow=True).content.decode()

    assert "disetujui atas nama kepala OPD" in page
    assert _status(report) == "approved"
    event = events(APPROVED_ON_BEHALF)[0]
    assert event.note == "Disetujui Kadis lewat nota dinas 12/IV"
    assert event.actor_id == rep.world.user("evaluator").pk
    # Then the usual verification follows.
    evaluator.post(_action(rep, "verifikasi", rep.world.opd_b))
    assert _status(report) == "verified"


@pytest.mark.parametrize(("note", "message"), [
    ("", "Tuliskan catatan persetujuan atas nama kepala OPD"),
    ("x" * 2001, "Tidak diproses")])
def test_approval_on_behalf_needs_a_note(rep: Reporting, client_for: Any, note: str,
                                         message: str) -> None:
    report = _submitted(rep, rep.world.opd_b)

    page = client_for("evaluator").post(_action(rep, ON_BEHALF, rep.world.opd_b),
                                        {"note": note}, follow=True).content.decode()

    assert message in page
    assert _status(report) == "submitted" and not events(APPROVED_ON_BEHALF)


def test_an_opd_with_a_head_is_approved_by_the_head_only(rep: Reporting,
                                                         client_for: Any) -> None:
    report = _submitted(rep, rep.world.opd_a)
    evaluator = client_for("evaluator")
    assert _action(rep, ON_BEHALF, rep.world.opd_a) not in evaluator.get(
        rep.form_url()).content.decode()

    page = evaluator.post(_action(rep, ON_BEHALF, rep.world.opd_a), {"note": "atas nama"},
                          follow=True).content.decode()

    assert "memiliki akun Kepala OPD aktif" in page
    assert _status(report) == "submitted"


def test_the_service_checks_note_head_and_state(rep: Reporting, evaluator: Any) -> None:
    from pantau.performance.services.workflow import report_approve_on_behalf

    without_head = _submitted(rep, rep.world.opd_b)
    with_head = _submitted(rep, rep.world.opd_a)
    no_head = {"agency": rep.world.opd_b, "period": rep.q1}
    has_head = {"agency": rep.world.opd_a, "period": rep.q1}
    with scope(region=rep.world.region_a):
        with pytest.raises(ValidationError, match="catatan"):
            report_approve_on_behalf(actor=evaluator, **no_head, note="  ")
        with pytest.raises(ValidationError, match="Kepala OPD aktif"):
            report_approve_on_behalf(actor=evaluator, **has_head, note="nota dinas")
        report_approve_on_behalf(actor=evaluator, **no_head, note="nota dinas")
        with pytest.raises(ValidationError, match="tidak dapat dilakukan"):
            report_approve_on_behalf(actor=evaluator, **no_head, note="lagi")
    assert _status(without_head) == "approved" and _status(with_head) == "submitted"
    assert len(events(APPROVED_ON_BEHALF)) == 1
