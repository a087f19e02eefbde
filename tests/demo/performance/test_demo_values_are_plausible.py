"""Demo figures an official would believe: capaian near target, stocks near their path,
obstacles that fit the indicator, unit names that are not near-duplicates."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django_scopes import scope

from pantau.demo.performance import narratives
from pantau.demo.performance.load import performance_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load
from pantau.performance.models import IndicatorScoreCache, Realization, Target
from pantau.tenancy.models import ServiceUnit

HEALTH_NAMES = ("Angka harapan hidup", "Prevalensi stunting", "Angka kematian ibu",
                "Angka kematian bayi", "Jumlah sasaran kesehatan")


def _normalised(name: str) -> str:
    return re.sub(r"[\s\-–—]+", "", name.casefold())


@pytest.mark.django_db
def test_demo_unit_names_are_distinct_after_normalising() -> None:
    region = tenancy_demo_load(today=datetime.date(2026, 11, 23)).region

    with scope(region=region.pk):
        unit_names = list(ServiceUnit.objects.values_list("name", flat=True))
    seen: dict[str, str] = {}
    for name in unit_names:
        assert _normalised(name) not in seen, (name, seen.get(_normalised(name)))
        seen[_normalised(name)] = name


@pytest.mark.django_db
def test_demo_capaian_stocks_and_obstacles_are_plausible() -> None:
    region = tenancy_demo_load(today=datetime.date(2026, 11, 23)).region
    performance_demo_load(region=region)

    with scope(region=region.pk):
        # Indicators with a TW III realization (an unfinished draft may leave it empty).
        latest = [Decimal(a) for a in IndicatorScoreCache.objects.filter(
            year=2026, quarter=3, filled=1).exclude(achievement="").values_list(
            "achievement", flat=True)]
        assert len(latest) > 1500
        plausible = [a for a in latest if Decimal(60) <= a <= Decimal(130)]
        assert len(plausible) >= 0.95 * len(latest), sorted(latest)[:20]
        assert min(latest) >= 30

        # Stocks (a level reported once a year, no quarterly targets) stay near the target.
        quarterly = set(Target.objects.filter(quarter__isnull=False).values_list(
            "indicator_id", flat=True))
        targets = dict(Target.objects.filter(year=2026, quarter__isnull=True).values_list(
            "indicator_id", "value"))
        stocks = Realization.objects.filter(
            period__year=2026, period__quarter=3, indicator__aggregation="last",
        ).exclude(indicator_id__in=quarterly).select_related("indicator")
        checked = 0
        for row in stocks:
            target = targets.get(row.indicator_id)
            if not target:
                continue  # the demo's deliberate "target 0/missing" cases
            checked += 1
            assert abs(row.value - target) <= target * Decimal("0.15"), (
                row.indicator.name, row.value, target)
        assert checked > 100

        # Health indicators are explained by health obstacles (no "cuaca ekstrem").
        health = Realization.objects.exclude(obstacles="").filter(
            indicator__name__regex=r"^(" + "|".join(HEALTH_NAMES) + ")")
        texts = set(health.values_list("obstacles", flat=True))
        assert texts, "no health indicator has an obstacle in the demo"
        health_list = {obstacle for obstacle, _plan in narratives.OBSTACLES_BY_TOPIC["health"]}
        assert texts <= health_list, texts - health_list
