"""The OPD capaian is the average of its indicators, each limited by the Pemda's cap setting."""

from __future__ import annotations

from decimal import Decimal

from django_scopes import scope, scopes_disabled

from pantau.performance.models import PerformanceSettings
from pantau.performance.selectors.scores import agency_scores
from tests.performance.analysis.builders import indicator, quarter, realize, renstra
from tests.personas import World


def _two_indicators(world: World) -> None:
    node = renstra(world.opd_a)["program"]
    realize(indicator(node, world.opd_a, "A", annual=100), 2026, {1: 150})
    realize(indicator(node, world.opd_a, "B", annual=100), 2026, {1: 80})


def test_without_cap_the_plain_average_counts(world: World) -> None:
    _two_indicators(world)
    with scope(region=world.region_a.pk):
        [opd] = agency_scores(period=quarter(world.region_a, 2026, 1))
    assert opd.achievement == Decimal("115.00")


def test_cap_100_limits_each_indicator_before_averaging(world: World) -> None:
    _two_indicators(world)
    with scopes_disabled():
        PerformanceSettings.objects.create(region=world.region_a, opd_score_cap=Decimal(100))
    with scope(region=world.region_a.pk):
        [opd] = agency_scores(period=quarter(world.region_a, 2026, 1))
    assert opd.achievement == Decimal("90.00")
    assert opd.rating == "Tinggi"  # 90 is below the 91 boundary of "Sangat Tinggi"
