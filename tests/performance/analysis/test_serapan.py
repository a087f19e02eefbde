"""Serapan: spent up to the quarter over pagu of the lowest budgeted lines (no double count)."""

from __future__ import annotations

from decimal import Decimal

from django_scopes import scope

from pantau.performance.selectors.scores import agency_scores
from tests.performance.analysis.builders import (
    budget,
    child_node,
    indicator,
    quarter,
    realize,
    renstra,
    year_period,
)
from tests.personas import World


def test_serapan_counts_child_lines_only_and_sums_quarters(world: World) -> None:
    nodes = renstra(world.opd_a)
    realize(indicator(nodes["program"], world.opd_a, annual=100), 2026, {1: 80, 2: 100})
    second = child_node(nodes["kegiatan"], "sub_kegiatan", "Sub kedua")
    budget(nodes["program"], world.opd_a, 5000, {1: 999})  # parent line: not counted
    budget(nodes["sub_kegiatan"], world.opd_a, 600, {1: 100, 2: 200})
    budget(second, world.opd_a, 400, {2: 100, 3: 100})
    with scope(region=world.region_a.pk):
        [q2] = agency_scores(period=quarter(world.region_a, 2026, 2))
        [year] = agency_scores(period=year_period(world.region_a, 2026))
    assert (q2.pagu, q2.spent, q2.absorption) == (Decimal(1000), Decimal(400), Decimal("40.00"))
    assert q2.efficiency_gap == Decimal("60.00")  # capaian 100 − serapan 40
    assert (year.spent, year.absorption) == (Decimal(500), Decimal("50.00"))


def test_completeness_and_on_time(world: World) -> None:
    from datetime import timedelta

    from django.utils import timezone
    from django_scopes import scopes_disabled

    from pantau.performance.models import AgencyReport, ReportingDeadline

    node = renstra(world.opd_a)["program"]
    realize(indicator(node, world.opd_a, "A", annual=1), 2026, {1: 1})
    indicator(node, world.opd_a, "B", annual=1)
    indicator(node, world.opd_a, "C", annual=1)
    period = quarter(world.region_a, 2026, 1)
    due = timezone.now() - timedelta(days=1)
    with scopes_disabled():
        ReportingDeadline.objects.create(region=world.region_a, period=period, due_at=due)
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_a, period=period,
                                    status="submitted", submitted_at=due - timedelta(hours=2))
    with scope(region=world.region_a.pk):
        [opd] = agency_scores(period=period)
    assert opd.completeness == Decimal("33.33")
    assert opd.on_time is True
