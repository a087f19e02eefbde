"""On time means submitted at or before the deadline; the first submission counts."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import AgencyReport, ReportingDeadline
from pantau.performance.selectors.reporting import reporting_rates
from tests.performance.reporting.conftest import Reporting, aware

DUE = aware(2026, 4, 10, 23, 59)


@pytest.mark.parametrize(("submitted", "on_time"), [
    (DUE - datetime.timedelta(seconds=1), True), (DUE, True),
    (DUE + datetime.timedelta(seconds=1), False)])
def test_submission_is_on_time_up_to_the_deadline_inclusive(
        rep: Reporting, submitted: datetime.datetime, on_time: bool) -> None:
    with scopes_disabled():
        ReportingDeadline.objects.create(region=rep.world.region_a, period=rep.q1, due_at=DUE)
        AgencyReport.objects.create(region=rep.world.region_a, agency=rep.world.opd_a,
                                    period=rep.q1, status="submitted", submitted_at=submitted)
        rates = reporting_rates(period=rep.q1)

    row = next(r for r in rates.rows if r.agency == rep.world.opd_a)
    assert row.on_time is on_time
    assert rates.on_time == (1 if on_time else 0) and rates.submitted == 1


def test_evaluator_sets_the_deadline_in_the_pemda_time_zone(rep: Reporting,
                                                            client_for: Any) -> None:
    evaluator = client_for("evaluator")
    url = reverse("performance_reporting:deadline_set", args=[rep.q1.pk])

    evaluator.post(url, {"due_at": "2026-04-10T23:59"})

    with scopes_disabled():
        assert ReportingDeadline.objects.get(period=rep.q1).due_at == DUE
    page = evaluator.get(reverse("performance_reporting:overview") + f"?periode={rep.q1.pk}")
    assert "10 April 2026 23:59" in page.content.decode()
