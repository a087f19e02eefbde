"""Closing a quarter with unfinished reports asks for confirmation, locks the verified ones and
audits the rest; a closed quarter says so instead of offering the lock again."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.performance.models import AgencyReport, ReportStatus
from pantau.performance.services.closing import period_close
from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import (
    Reporting,
    events,
    make_report,
)

OVERVIEW = "performance_reporting:overview"
RETURN = "kembalikan-ke-operator"


def _period_status(rep: Reporting) -> str:
    with scopes_disabled():
        return str(Period.objects.get(pk=rep.q1.pk).status)


def _status_of(report: AgencyReport) -> str:
    with scopes_disabled():
        return str(AgencyReport.objects.get(pk=report.pk).status)


def _close(client: Any, rep: Reporting, **extra: str) -> Any:
    data = {"reason": "rakor TW I", **extra}
    return client.post(_close_url(rep), data, follow=True)


def _close_url(rep: Reporting) -> str:
    return reverse("performance_reporting:period_close", args=[rep.q1.pk])


def test_overview_counts_unfinished_reports_and_leads_to_the_close_page(
        rep: Reporting, client_for: Any) -> None:
    make_report(rep, rep.world.opd_a, ReportStatus.SUBMITTED)  # OPD B has no report: a draft

    page = client_for("evaluator").get(reverse(OVERVIEW), {"periode": rep.q1.pk})

    text = page.content.decode()
    assert "2 laporan OPD belum terverifikasi" in text
    assert _close_url(rep) in text
    assert 'for="id_note">Catatan penguncian' in text
    close_page = client_for("evaluator").get(_close_url(rep)).content.decode()
    assert "Draf: 1 OPD (Disdik)" in close_page and "Diajukan: 1 OPD (Dinkes)" in close_page
    assert 'name="confirm_unfinished"' in close_page


def test_closing_without_confirmation_is_refused_and_changes_nothing(
        rep: Reporting, client_for: Any) -> None:
    submitted = make_report(rep, rep.world.opd_a, ReportStatus.SUBMITTED)
    evaluator = client_for("evaluator")

    page = _close(evaluator, rep).content.decode()
    direct = evaluator.post(_close_url(rep), {"reason": "rakor"}).content.decode()

    for text in (page, direct):
        assert "tidak ditutup: 2 laporan OPD belum terverifikasi" in text
        assert "Draf: 1 (Disdik); Diajukan: 1 (Dinkes)" in text
    assert _period_status(rep) == "open"
    assert _status_of(submitted) == "submitted"
    assert not events("tenancy.period.closed")


def test_the_service_refuses_to_close_without_confirmation(rep: Reporting,
                                                           evaluator: Any) -> None:
    with scope(region=rep.world.region_a), pytest.raises(ValidationError, match="Disdik"):
        period_close(actor=evaluator, period=rep.q1, reason="rakor TW I")
    assert _period_status(rep) == "open"


def test_confirmed_closing_locks_verified_reports_and_audits_the_unfinished_ones(
        rep: Reporting, client_for: Any) -> None:
    verified = make_report(rep, rep.world.opd_a, ReportStatus.VERIFIED)

    page = _close(client_for("evaluator"), rep, confirm_unfinished="on").content.decode()

    assert "1 laporan terverifikasi dikunci" in page
    assert _period_status(rep) == "closed" and _status_of(verified) == "locked"
    note = events("tenancy.period.closed")[0].note
    assert note.startswith("rakor TW I") and "belum terverifikasi: Draf: 1 (Disdik)" in note


def test_locking_without_closing_or_with_every_report_verified_needs_no_confirmation(
        rep: Reporting, client_for: Any) -> None:
    a = make_report(rep, rep.world.opd_a, ReportStatus.VERIFIED)
    evaluator = client_for("evaluator")
    evaluator.post(reverse("performance_reporting:period_lock", args=[rep.q1.pk]), {})
    assert _status_of(a) == "locked" and _period_status(rep) == "open"

    make_report(rep, rep.world.opd_b, ReportStatus.VERIFIED)
    page = evaluator.get(reverse(OVERVIEW), {"periode": rep.q1.pk}).content.decode()
    assert "belum terverifikasi" not in page
    _close(evaluator, rep)
    assert _period_status(rep) == "closed"


@pytest.mark.parametrize(("persona", "status"), [
    ("operator_a", 403), ("head_a", 403), ("operator_b", 403), ("leader", 403),
    ("assessor", 403), ("other_admin", 404), ("anonymous", 302), ("evaluator", 302)])
def test_only_the_back_office_may_close_a_quarter(rep: Reporting, client_for: Any,
                                                  persona: str, status: int) -> None:
    response = client_for(persona).post(
        _close_url(rep), {"reason": "rakor", "confirm_unfinished": "on"})

    assert response.status_code == status
    assert _period_status(rep) == ("closed" if persona == "evaluator" else "open")


def test_a_closed_quarter_says_so_instead_of_offering_the_lock_again(
        rep: Reporting, client_for: Any) -> None:
    evaluator = client_for("evaluator")
    _close(evaluator, rep, confirm_unfinished="on")

    page = evaluator.get(reverse(OVERVIEW), {"periode": rep.q1.pk}).content.decode()

    assert _period_status(rep) == "closed"
    assert "Periode ini sudah ditutup" in page and reverse("tenancy:period_list") in page
    assert reverse("performance_reporting:period_lock", args=[rep.q1.pk]) not in page
