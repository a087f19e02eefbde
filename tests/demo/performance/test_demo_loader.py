"""The demo Pemda gets about 2 000 indicators with two years of data, once."""

from __future__ import annotations

import datetime

import pytest
from django_scopes import scope

from pantau.demo.performance.load import performance_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load
from pantau.performance.models import (
    AgencyReport,
    BudgetLine,
    FollowUp,
    Indicator,
    IndicatorScoreCache,
    Realization,
    ReportingDeadline,
)
from pantau.performance.selectors.scores import agency_scores
from pantau.tenancy.models import Period
from tests.planner_statistics import has_planner_statistics


@pytest.mark.django_db
def test_demo_loader_creates_about_2000_indicators_and_is_idempotent() -> None:
    region = tenancy_demo_load(today=datetime.date(2026, 11, 23)).region

    written = performance_demo_load(region=region)
    again = performance_demo_load(region=region)

    for model in (Indicator, BudgetLine, Realization, IndicatorScoreCache):
        assert has_planner_statistics(model), model  # ANALYZE after the bulk load
    with scope(region=region.pk):
        assert 1800 <= written <= 2200
        assert again == 0
        assert Indicator.objects.count() == written
        assert 1700 <= BudgetLine.objects.count() <= 2300
        assert Realization.objects.filter(period__year=2026, period__quarter=3).exists()
        assert not Realization.objects.filter(period__year=2026, period__quarter=4).exists()
        assert Indicator.objects.filter(supports__isnull=False).count() >= 39
        assert set(AgencyReport.objects.filter(period__year=2025).values_list(
            "status", flat=True)) == {"locked"}
        assert len(set(AgencyReport.objects.filter(
            period__year=2026, period__quarter=3).values_list("status", flat=True))) >= 4
        assert ReportingDeadline.objects.filter(period__year=2026, period__quarter=1).get(
        ).due_at.day == 15
        assert set(FollowUp.objects.values_list("status", flat=True)) == {
            "open", "in_progress", "done"}
        scores = agency_scores(period=Period.objects.get(year=2026, quarter=2))
        achieved = [s.achievement for s in scores if s.achievement is not None]
        assert min(achieved) < 70 and max(achieved) > 95  # a believable spread
        assert sum(s.flagged_count for s in scores) > 0  # target 0 or missing is exercised
