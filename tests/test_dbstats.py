"""Bulk loaders leave the planner statistics current (ANALYZE), so the first queries after a load
do not run on guesses (the ranking on PostgreSQL: 114 ms before ANALYZE, 41 ms after)."""

from __future__ import annotations

import datetime

import pytest
from bench.bench_opd_list import _make_region
from bench.bench_performance import build_pemda
from bench.bench_realization_import import _setup as realization_bench_setup

from pantau.dbstats import refresh_planner_statistics
from pantau.demo.surveys.load import surveys_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load
from pantau.performance.models import Indicator, IndicatorScoreCache, Realization, Target
from pantau.surveys.models import SurveyDailyTally, SurveyMonthlyTally, SurveyResponse
from pantau.tenancy.models import Agency, ServiceUnit
from tests.factories import AgencyFactory, RegionFactory
from tests.planner_statistics import has_planner_statistics

pytestmark = pytest.mark.django_db


def test_the_named_tables_get_statistics() -> None:
    region = RegionFactory()
    for number in range(30):
        AgencyFactory(region=region, short_name=f"D{number}")
    assert not has_planner_statistics(Agency)

    refresh_planner_statistics(Agency)

    assert has_planner_statistics(Agency)
    assert not has_planner_statistics(ServiceUnit)  # only the tables named


def test_skm_demo_load_leaves_statistics_for_responses_and_tallies() -> None:
    region = tenancy_demo_load(today=datetime.date(2026, 11, 23)).region

    surveys_demo_load(region=region, total=600, today=datetime.date(2026, 11, 23))

    for model in (SurveyResponse, SurveyDailyTally, SurveyMonthlyTally):
        assert has_planner_statistics(model), model


def test_bench_loaders_leave_statistics() -> None:
    build_pemda("ST1", 40, agencies=2)
    for model in (Indicator, Target, Realization, IndicatorScoreCache):
        assert has_planner_statistics(model), model


def test_opd_list_and_import_bench_loaders_leave_statistics() -> None:
    _make_region("ST2", 5, 3)
    assert has_planner_statistics(Agency) and has_planner_statistics(ServiceUnit)
    realization_bench_setup(50)
    assert has_planner_statistics(Indicator)
