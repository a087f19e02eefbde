"""A Kepala OPD invited by email who never set a password cannot log in, so cannot approve: until
they do, their OPD counts as having no head. The operator is warned at submit, the overview and
the home page flag the OPD, and the back office may approve on the head's behalf. Disdik (OPD B)
gets such an invited head here; Dinkes (OPD A) has head_a, who logs in."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.accounts.models import User
from pantau.performance.models import ReportStatus
from pantau.performance.selectors.heads import agency_has_head, agency_ids_with_head
from pantau.tenancy.models import Role
from pantau.tenancy.services.memberships import membership_invite
from tests.performance.reporting.conftest import Reporting, events, make_report
from tests.web.pages import stat_cards

HEAD_EMAIL = "kadis.disdik@contoh.go.id"
NO_HEAD = "Belum ada akun Kepala OPD"
OVERVIEW = "performance_reporting:overview"


@pytest.fixture
def invited_head(rep: Reporting, django_capture_on_commit_callbacks: Any) -> User:
    world = rep.world
    with scope(region=world.region_a), django_capture_on_commit_callbacks(execute=True):
        membership_invite(actor=world.user("admin"), region=world.region_a, email=HEAD_EMAIL,
                          full_name="Kadis Disdik", role=Role.AGENCY_HEAD, agency=world.opd_b)
    return User.objects.get(email=HEAD_EMAIL)


def _transition(rep: Reporting, action: str) -> str:
    return reverse("performance_reporting:report_transition",
                   args=[rep.world.opd_b.pk, rep.q1.pk, action])


def _overview_row(rep: Reporting, client: Any, name: str) -> str:
    page = client.get(reverse(OVERVIEW), {"periode": rep.q1.pk}).content.decode()
    return str(page.split(name, 1)[1].split("</tr>", 1)[0])


def test_the_selector_does_not_count_a_head_without_a_password(
        rep: Reporting, invited_head: User) -> None:
    with scope(region=rep.world.region_a):
        assert agency_ids_with_head() == {rep.world.opd_a.pk}
        assert not agency_has_head(rep.world.opd_b)


def test_submitting_warns_that_nobody_can_approve_yet(
        rep: Reporting, invited_head: User, client_for: Any) -> None:
    operator = client_for("operator_b")
    operator.post(rep.form_url(agency=rep.world.opd_b), {
        f"value-{rep.other.pk}": "70", f"drivers-{rep.other.pk}": "",
        f"obstacles-{rep.other.pk}": "", f"follow_up_plan-{rep.other.pk}": ""})

    page = operator.post(_transition(rep, "ajukan"), follow=True).content.decode()

    assert "belum memiliki akun Kepala OPD" in page


def test_the_overview_and_the_home_page_flag_the_opd(
        rep: Reporting, invited_head: User, client_for: Any) -> None:
    make_report(rep, rep.world.opd_b, ReportStatus.SUBMITTED)
    evaluator = client_for("evaluator")

    assert NO_HEAD in _overview_row(rep, evaluator, "Dinas Pendidikan")
    assert stat_cards(evaluator.get(reverse("web:home")).content.decode())[
        "OPD tanpa Kepala OPD"] == "1"
    headless = evaluator.get(reverse(OVERVIEW), {"periode": rep.q1.pk, "tanpa_kepala": "1"})
    assert "Dinas Pendidikan" in headless.content.decode()


def test_the_back_office_may_approve_on_the_heads_behalf(
        rep: Reporting, invited_head: User, client_for: Any) -> None:
    make_report(rep, rep.world.opd_b, ReportStatus.SUBMITTED)

    page = client_for("evaluator").post(_transition(rep, "setujui-atas-nama"),
                                        {"note": "Kadis belum mengaktifkan akun"},
                                        follow=True).content.decode()

    assert "disetujui atas nama kepala OPD" in page
    assert len(events("performance.report.approved_on_behalf")) == 1


def test_once_the_head_sets_a_password_the_opd_has_its_head(
        rep: Reporting, invited_head: User, client_for: Any) -> None:
    invited_head.set_password("Kopi-Tubruk-Pagi-2026")
    invited_head.save(update_fields=["password"])
    make_report(rep, rep.world.opd_b, ReportStatus.SUBMITTED)

    assert NO_HEAD not in _overview_row(rep, client_for("evaluator"), "Dinas Pendidikan")
    with scopes_disabled():
        assert agency_has_head(rep.world.opd_b)
