"""Each aggregation type combines TW I up to the period's quarter; a year uses TW I–IV."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django_scopes import scope

from pantau.performance.selectors.scores import indicator_scores
from tests.performance.analysis.builders import (
    indicator,
    quarter,
    realize,
    renstra,
    year_period,
)
from tests.personas import World

VALUES = {1: 10, 2: 40, 3: 20, 4: 30}


@pytest.mark.parametrize(("how", "up_to_q3", "year"), [
    ("sum", Decimal(70), Decimal(100)),
    ("last", Decimal(20), Decimal(30)),
    ("avg", Decimal(70) / 3, Decimal(25)),
    ("max", Decimal(40), Decimal(40)),
    ("min", Decimal(10), Decimal(10)),
])
def test_realization_is_aggregated_by_the_indicator_type(
    world: World, how: str, up_to_q3: Decimal, year: Decimal
) -> None:
    item = indicator(renstra(world.opd_a)["program"], world.opd_a, aggregation=how, annual=100)
    realize(item, 2026, VALUES)
    with scope(region=world.region_a.pk):
        [q3] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 3))
        [annual] = indicator_scores(agency=world.opd_a, period=year_period(world.region_a, 2026))
    assert q3.realization is not None
    assert round(q3.realization, 10) == round(up_to_q3, 10)
    assert annual.realization == year
    assert annual.achievement == year.quantize(Decimal("0.01"))


def test_unreported_quarters_are_skipped_not_counted_as_zero(world: World) -> None:
    item = indicator(renstra(world.opd_a)["program"], world.opd_a, aggregation="avg", annual=10)
    realize(item, 2026, {1: 10, 3: 20})
    with scope(region=world.region_a.pk):
        [q3] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 3))
    assert q3.realization == Decimal(15)
