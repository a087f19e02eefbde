"""Target 0, a missing target or no realization is flagged for the evaluator, never skipped."""

from __future__ import annotations

from django_scopes import scope

from pantau.performance.selectors.scores import agency_scores, indicator_scores
from tests.performance.analysis.builders import indicator, quarter, realize, renstra
from tests.personas import World


def test_each_problem_gets_its_flag_and_the_opd_counts_them(world: World) -> None:
    node = renstra(world.opd_a)["program"]
    zero = indicator(node, world.opd_a, "Nol", annual=0)
    realize(zero, 2026, {1: 5})
    indicator(node, world.opd_a, "Tanpa target")
    indicator(node, world.opd_a, "Belum diisi", annual=10)
    good = indicator(node, world.opd_a, "Baik", annual=10)
    realize(good, 2026, {1: 8})
    period = quarter(world.region_a, 2026, 1)
    with scope(region=world.region_a.pk):
        flags = {s.indicator.name: s.flag for s in indicator_scores(agency=world.opd_a,
                                                                     period=period)}
        [opd] = agency_scores(period=period)
    assert flags == {"Nol": "target_zero", "Tanpa target": "target_missing",
                     "Belum diisi": "no_realization", "Baik": None}
    assert (opd.indicator_count, opd.computed_count, opd.flagged_count) == (4, 1, 3)
    assert str(opd.achievement) == "80.00"


def test_target_zero_without_realization_is_still_flagged_as_target_zero(world: World) -> None:
    indicator(renstra(world.opd_a)["program"], world.opd_a, annual=0)
    with scope(region=world.region_a.pk):
        [score] = indicator_scores(agency=world.opd_a, period=quarter(world.region_a, 2026, 1))
    assert score.flag == "target_zero"
    assert score.achievement is None
