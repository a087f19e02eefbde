"""The worked examples of methods.md §1 come out of indicator_scores digit by digit."""

from __future__ import annotations

from decimal import Decimal

from django_scopes import scope

from pantau.performance.selectors.scores import indicator_scores
from tests.performance.analysis.builders import indicator, quarter, realize, renstra
from tests.personas import World


def _score_of(world: World, **kwargs: object) -> object:
    nodes = renstra(world.opd_a)
    item = indicator(nodes["program"], world.opd_a, **kwargs)  # type: ignore[arg-type]
    return item


def test_positive_target_90_realization_92_gives_102_22(world: World) -> None:
    item = _score_of(world, annual=90)
    realize(item, 2026, {1: 92})  # type: ignore[arg-type]
    with scope(region=world.region_a.pk):
        [score] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 1))
    assert score.achievement == Decimal("102.22")
    assert score.rating == "Sangat Tinggi"
    assert score.flag is None


def test_negative_target_10_realization_8_gives_120_00(world: World) -> None:
    item = _score_of(world, annual=10, polarity="negative")
    realize(item, 2026, {1: 8})  # type: ignore[arg-type]
    with scope(region=world.region_a.pk):
        [score] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 1))
    assert score.achievement == Decimal("120.00")


def test_range_80_to_90_realization_70_gives_87_50(world: World) -> None:
    item = _score_of(world, annual=80, annual_high=90, is_range=True)
    realize(item, 2026, {1: 70})  # type: ignore[arg-type]
    with scope(region=world.region_a.pk):
        [score] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 1))
    assert score.achievement == Decimal("87.50")
    assert score.rating == "Tinggi"


def test_quarterly_target_counts_before_the_annual_one(world: World) -> None:
    item = _score_of(world, annual=100, aggregation="sum", quarters={2: 50})
    realize(item, 2026, {1: 20, 2: 25})  # type: ignore[arg-type]
    with scope(region=world.region_a.pk):
        [q2] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 2))
        [q1] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 1))
    assert (q2.target, q2.realization, q2.achievement) == (Decimal(50), Decimal(45),
                                                           Decimal("90.00"))
    assert (q1.target, q1.achievement) == (Decimal(100), Decimal("20.00"))


def test_program_and_sasaran_are_found_up_the_tree(world: World) -> None:
    nodes = renstra(world.opd_a)
    indicator(nodes["sub_kegiatan"], world.opd_a, annual=1)
    with scope(region=world.region_a.pk):
        [score] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 1))
    assert score.program == nodes["program"]
    assert score.sasaran == nodes["sasaran"]
