"""The OPD head sends a submitted report back to the operator with a note; only that head, only a
submitted report, never without a usable note."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse

from pantau.performance.models import ReportStatus
from pantau.tenancy.models import Role
from tests.factories import MembershipFactory, UserFactory
from tests.performance.reporting.conftest import (
    Reporting,
    events,
    form_data,
    make_report,
    realizations,
    report_status,
)

OVERVIEW = "performance_reporting:overview"
RETURN = "kembalikan-ke-operator"


def _return_url(rep: Reporting) -> str:
    return reverse("performance_reporting:report_transition",
                   args=[rep.world.opd_a.pk, rep.q1.pk, RETURN])


def _head_return(client: Any, rep: Reporting, note: str) -> Any:
    return client.post(_return_url(rep), {"note": note}, follow=True)


def test_head_returns_a_submitted_report_and_the_operator_fixes_it(
        rep: Reporting, client_for: Any) -> None:
    operator, head = client_for("operator_a"), client_for("head_a")
    operator.post(rep.form_url(), form_data(rep))
    operator.post(rep.action_url("ajukan"))
    assert "Kembalikan ke operator" in head.get(rep.form_url()).content.decode()
    assert "Kembalikan ke operator" not in operator.get(rep.form_url()).content.decode()

    page = _head_return(head, rep, "IK-A2 belum termasuk data Pustu").content.decode()

    assert "Laporan dikembalikan ke operator" in page
    assert report_status(rep) == "returned"
    event = events("performance.report.returned_to_operator")[0]
    assert event.note == "IK-A2 belum termasuk data Pustu"
    assert event.actor_id == rep.world.user("head_a").pk
    form = operator.get(rep.form_url()).content.decode()
    assert "IK-A2 belum termasuk data Pustu" in form and "Simpan draf" in form
    operator.post(rep.form_url(), form_data(rep, people="130"))
    assert realizations(rep)["IK-A2"] == Decimal("130")
    operator.post(rep.action_url("ajukan"))
    assert report_status(rep) == "submitted"


@pytest.mark.parametrize(("note", "message"), [
    ("  ", "Tuliskan catatan pengembalian"), ("x" * 2001, "Tidak diproses")])
def test_head_return_without_a_usable_note_changes_nothing(
        rep: Reporting, client_for: Any, note: str, message: str) -> None:
    make_report(rep, rep.world.opd_a, ReportStatus.SUBMITTED)

    page = _head_return(client_for("head_a"), rep, note).content.decode()

    assert message in page
    assert report_status(rep) == "submitted"
    assert not events("performance.report.returned_to_operator")


def test_head_cannot_return_a_report_already_approved(rep: Reporting, client_for: Any) -> None:
    make_report(rep, rep.world.opd_a, ReportStatus.APPROVED)

    page = _head_return(client_for("head_a"), rep, "perbaiki").content.decode()

    assert "tidak dapat dilakukan" in page
    assert report_status(rep) == "approved"


@pytest.mark.parametrize(("persona", "status"), [
    ("operator_a", 403), ("operator_b", 403), ("head_b", 403), ("evaluator", 403),
    ("admin", 403), ("leader", 403), ("assessor", 403), ("other_admin", 404),
    ("anonymous", 302), ("head_a", 302)])
def test_only_the_head_of_the_opd_may_return_to_the_operator(
        rep: Reporting, client_for: Any, persona: str, status: int) -> None:
    make_report(rep, rep.world.opd_a, ReportStatus.SUBMITTED)
    if persona == "head_b":
        rep.world.users["head_b"] = MembershipFactory(
            region=rep.world.region_a, user=UserFactory(username="head_b"),
            role=Role.AGENCY_HEAD, agency=rep.world.opd_b).user

    response = client_for(persona).post(_return_url(rep), {"note": "perbaiki"})

    assert response.status_code == status
    assert report_status(rep) == ("returned" if persona == "head_a" else "submitted")
