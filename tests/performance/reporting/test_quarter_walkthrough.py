"""The whole quarter through the views: enter → submit → approve → return → fix → verify → lock."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import BudgetRealization
from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import (
    Reporting,
    events,
    form_data,
    realizations,
    report_status,
)


def test_operator_head_and_evaluator_walk_the_quarter_to_locked(rep: Reporting,
                                                                client_for: Any) -> None:
    operator, head, evaluator = (client_for(p) for p in ("operator_a", "head_a", "evaluator"))

    assert operator.post(rep.form_url(), form_data(rep)).status_code == 302
    assert realizations(rep) == {"IK-A1": Decimal("87.5"), "IK-A2": Decimal("120")}
    with scopes_disabled():
        assert BudgetRealization.objects.get(line=rep.line).amount == Decimal("250000000")
    page = operator.get(rep.form_url()).content.decode()
    assert "2 dari 2 indikator terisi" in page and "87,5" in page

    operator.post(rep.action_url("ajukan"))
    assert report_status(rep) == "submitted"
    head.post(rep.action_url("setujui"))
    assert report_status(rep) == "approved"
    evaluator.post(rep.action_url("kembalikan"), {"note": "Bukti dukung IK-A1 belum ada"})
    assert report_status(rep) == "returned"
    assert "Bukti dukung IK-A1 belum ada" in operator.get(rep.form_url()).content.decode()

    operator.post(rep.form_url(), form_data(rep, percent="88"))
    assert realizations(rep)["IK-A1"] == Decimal("88")
    operator.post(rep.action_url("ajukan"))
    head.post(rep.action_url("setujui"))
    evaluator.post(rep.action_url("verifikasi"))
    assert report_status(rep) == "verified"
    close = reverse("performance_reporting:period_close", args=[rep.q1.pk])
    closing = {"reason": "rakor", "confirm_unfinished": "on"}  # OPD B: no report
    assert evaluator.post(close, closing).status_code == 302
    assert report_status(rep) == "locked"
    with scopes_disabled():
        assert Period.objects.get(pk=rep.q1.pk).status == "closed"

    for action in ("submitted", "approved", "returned", "verified", "locked"):
        assert events(f"performance.report.{action}"), action
    assert events("performance.report.returned")[0].note == "Bukti dukung IK-A1 belum ada"


def test_an_evaluator_reopens_a_locked_report_with_a_reason(rep: Reporting,
                                                            client_for: Any) -> None:
    operator, head, evaluator = (client_for(p) for p in ("operator_a", "head_a", "evaluator"))
    operator.post(rep.form_url(), form_data(rep))
    operator.post(rep.action_url("ajukan"))
    head.post(rep.action_url("setujui"))
    evaluator.post(rep.action_url("verifikasi"))
    evaluator.post(reverse("performance_reporting:period_close", args=[rep.q1.pk]),
                   {"reason": "rakor", "confirm_unfinished": "on"})

    without_reason = evaluator.post(rep.action_url("buka-kembali"), {"note": ""}, follow=True)
    assert "alasan" in without_reason.content.decode()
    assert report_status(rep) == "locked"

    evaluator.post(rep.action_url("buka-kembali"), {"note": "Salah ketik IK-A2"})
    assert report_status(rep) == "returned"
    with scopes_disabled():
        assert Period.objects.get(pk=rep.q1.pk).status == "open"
    assert events("performance.report.reopened")[0].note == "Salah ketik IK-A2"
    assert operator.post(rep.form_url(), form_data(rep, people="121")).status_code == 302
    assert realizations(rep)["IK-A2"] == Decimal("121")


def test_invalid_transitions_change_nothing_and_say_why(rep: Reporting, client_for: Any) -> None:
    head, evaluator = client_for("head_a"), client_for("evaluator")
    client_for("operator_a").post(rep.form_url(), form_data(rep))

    page = head.post(rep.action_url("setujui"), follow=True).content.decode()
    assert "tidak dapat dilakukan" in page
    evaluator.post(rep.action_url("verifikasi"))
    assert report_status(rep) == "draft"
    assert not events("performance.report.approved")


def test_a_too_long_return_note_is_reported_and_nothing_moves(rep: Reporting,
                                                              client_for: Any) -> None:
    operator, head, evaluator = (client_for(p) for p in ("operator_a", "head_a", "evaluator"))
    operator.post(rep.form_url(), form_data(rep))
    operator.post(rep.action_url("ajukan"))
    head.post(rep.action_url("setujui"))

    page = evaluator.post(rep.action_url("kembalikan"), {"note": "x" * 2001}, follow=True)

    assert "Tidak diproses" in page.content.decode()
    assert report_status(rep) == "approved"
    assert not events("performance.report.returned")


def test_a_too_long_lock_note_locks_nothing(rep: Reporting, client_for: Any) -> None:
    lock = reverse("performance_reporting:period_lock", args=[rep.q1.pk])

    page = client_for("evaluator").post(lock, {"note": "x" * 2001}, follow=True)

    assert "Tidak diproses" in page.content.decode()
    with scopes_disabled():
        assert Period.objects.get(pk=rep.q1.pk).status == "open"
