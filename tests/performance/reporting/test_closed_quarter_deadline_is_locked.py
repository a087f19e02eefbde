"""A closed quarter's deadline is locked data: moving it would rewrite "Tepat waktu" and the
ranking after the fact, so the change is refused and the attempt audited like any other."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.performance.locks import PeriodLocked
from pantau.performance.models import AgencyReport, ReportingDeadline
from pantau.performance.services.deadlines import deadline_set
from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import Reporting, aware, events

DUE = aware(2026, 4, 10, 23, 59)


def _closed_quarter_with_one_on_time_report(rep: Reporting) -> None:
    with scopes_disabled():
        ReportingDeadline.objects.create(region=rep.world.region_a, period=rep.q1, due_at=DUE)
        AgencyReport.objects.create(region=rep.world.region_a, agency=rep.world.opd_a,
                                    period=rep.q1, status="locked",
                                    submitted_at=aware(2026, 4, 8, 10, 0))
        Period.objects.filter(pk=rep.q1.pk).update(status="closed")
    rep.q1.refresh_from_db()


def _due_at(rep: Reporting) -> Any:
    with scopes_disabled():
        return ReportingDeadline.objects.get(period=rep.q1).due_at


def test_the_service_refuses_and_audits_a_new_deadline_for_a_closed_quarter(
        rep: Reporting, evaluator: Any) -> None:
    _closed_quarter_with_one_on_time_report(rep)

    with scope(region=rep.world.region_a), pytest.raises(PeriodLocked, match="ditutup"):
        deadline_set(actor=evaluator, period=rep.q1, due_at=aware(2026, 4, 5, 23, 59))

    assert _due_at(rep) == DUE
    assert not events("performance.deadline.set")
    refused = events("performance.locked.refused")
    assert len(refused) == 1 and "batas waktu" in refused[0].note


def test_a_posted_deadline_for_a_closed_quarter_keeps_tepat_waktu(rep: Reporting,
                                                                 client_for: Any) -> None:
    _closed_quarter_with_one_on_time_report(rep)
    evaluator = client_for("evaluator")
    overview = reverse("performance_reporting:overview") + f"?periode={rep.q1.pk}"

    page = evaluator.post(reverse("performance_reporting:deadline_set", args=[rep.q1.pk]),
                          {"due_at": "2026-04-05T23:59"}, follow=True).content.decode()

    assert "sudah ditutup" in page and "ditolak dan dicatat" in page
    assert _due_at(rep) == DUE
    after = evaluator.get(overview).content.decode()
    assert "1 / 2 OPD (50,00 %)" in after  # Tepat waktu, unchanged
    # The closed quarter shows its deadline as locked instead of offering the form.
    assert reverse("performance_reporting:deadline_set", args=[rep.q1.pk]) not in after
