"""Timeliness is one rule: the quarterly overview, the ranking, the scorecard and the rakor pack
agree. An OPD that has not submitted is late once the deadline has passed; it is "Belum dinilai"
only before the deadline, or when the quarter has no deadline."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.performance.models import AgencyReport, ReportingDeadline, ReportStatus
from pantau.performance.selectors.reporting import reporting_rates
from pantau.performance.selectors.scores import agency_scores
from pantau.tenancy.models import Period
from tests.performance.analysis.builders import indicator, quarter, realize, renstra
from tests.personas import World

DUE = datetime.datetime(2026, 4, 10, 23, 59, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
BEFORE, AFTER = DUE - datetime.timedelta(days=1), DUE + datetime.timedelta(days=1)


@pytest.fixture
def q1(world: World) -> Period:
    """OPD A has not submitted TW I 2026; OPD B submitted a day before the deadline."""
    realize(indicator(renstra(world.opd_a)["program"], world.opd_a, "Imunisasi", annual=100),
            2026, {1: 80})
    realize(indicator(renstra(world.opd_b)["program"], world.opd_b, "APM SMP", annual=100),
            2026, {1: 95})
    period = quarter(world.region_a, 2026, 1)
    with scopes_disabled():
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_b, period=period,
                                    status=ReportStatus.SUBMITTED, submitted_at=BEFORE)
    return period


def _set_deadline(period: Period) -> None:
    with scopes_disabled():
        ReportingDeadline.objects.create(region=period.region, period=period, due_at=DUE)


def _verdicts(world: World, period: Period) -> tuple[bool | None, bool | None]:
    """OPD A's timeliness as the overview reads it, and as the ranking/scorecard read it."""
    with scopes_disabled():
        overview = next(r.on_time for r in reporting_rates(period=period).rows
                        if r.agency == world.opd_a)
        ranking = next(s.on_time for s in agency_scores(period=period)
                       if s.agency == world.opd_a)
    return overview, ranking


@pytest.mark.parametrize(("now", "deadline", "expected"), [
    (AFTER, True, False),   # the deadline passed without a submission: late
    (BEFORE, True, None),   # still time to submit: not judged yet
    (AFTER, False, None),   # no deadline to judge by
])
def test_overview_and_ranking_agree_on_an_opd_that_has_not_submitted(
        world: World, q1: Period, monkeypatch: pytest.MonkeyPatch, now: datetime.datetime,
        deadline: bool, expected: bool | None) -> None:
    if deadline:
        _set_deadline(q1)
    monkeypatch.setattr(timezone, "now", lambda: now)

    assert _verdicts(world, q1) == (expected, expected)


def test_submission_before_the_deadline_is_on_time_everywhere(
        world: World, q1: Period, monkeypatch: pytest.MonkeyPatch) -> None:
    _set_deadline(q1)
    monkeypatch.setattr(timezone, "now", lambda: AFTER)

    with scopes_disabled():
        overview = next(r.on_time for r in reporting_rates(period=q1).rows
                        if r.agency == world.opd_b)
        ranking = next(s.on_time for s in agency_scores(period=q1) if s.agency == world.opd_b)
    assert (overview, ranking) == (True, True)


def _row(body: str, name: str) -> str:
    return next(row for row in re.findall(r"<tr.*?</tr>", body, re.S) if name in row)


def test_overview_and_ranking_pages_both_say_late_after_the_deadline(
        world: World, q1: Period, client_for: Any) -> None:
    _set_deadline(q1)  # 10 April 2026: passed
    evaluator = client_for("evaluator")
    query = {"periode": q1.pk}

    overview = evaluator.get(reverse("performance_reporting:overview"), query).content.decode()
    ranking = evaluator.get(reverse("performance_analysis:ranking"), query).content.decode()

    assert "Terlambat" in _row(overview, world.opd_a.name)
    assert "Terlambat" in _row(ranking, world.opd_a.name)
