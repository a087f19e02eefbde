"""Ranking: capaian desc, then completeness, serapan, name; no capaian → last, unranked."""

from __future__ import annotations

from django_scopes import scope

from pantau.performance.selectors.scores import agency_scores
from pantau.tenancy.models import Agency
from tests.factories import AgencyFactory
from tests.performance.analysis.builders import budget, indicator, quarter, realize, renstra
from tests.personas import World


def _opd(world: World, name: str, realizations: list[int | None], spent: int = 0) -> Agency:
    agency = world.opd_a if name == world.opd_a.name else (
        world.opd_b if name == world.opd_b.name else
        AgencyFactory(region=world.region_a, name=name, short_name=name[:10]))
    nodes = renstra(agency)
    for number, value in enumerate(realizations):
        item = indicator(nodes["program"], agency, f"I{number}", annual=100)
        if value is not None:
            realize(item, 2026, {1: value})
    budget(nodes["sub_kegiatan"], agency, 1000, {1: spent})
    return agency


def test_order_and_tie_rules(world: World) -> None:
    _opd(world, "Dinas Alpha", [90])                      # 90, 100 % complete
    _opd(world, "Dinas Beta", [90, None, 90], spent=100)  # 90 (computed 2 of 3), 66,67 %
    # Gamma: same capaian and completeness as Beta, more serapan.
    _opd(world, "Dinas Gamma", [90, None, 90], spent=500)
    _opd(world, "Dinas Delta", [95])
    _opd(world, "Dinas Epsilon", [None])                  # nothing computable
    with scope(region=world.region_a.pk):
        scores = agency_scores(period=quarter(world.region_a, 2026, 1))
    order = [(s.agency.name, s.rank) for s in scores]
    assert order == [("Dinas Delta", 1), ("Dinas Alpha", 2), ("Dinas Gamma", 3),
                     ("Dinas Beta", 4), ("Dinas Epsilon", None)]


def test_name_breaks_a_full_tie(world: World) -> None:
    _opd(world, "Dinas Zeta", [80])
    _opd(world, "Dinas Eta", [80])
    with scope(region=world.region_a.pk):
        scores = agency_scores(period=quarter(world.region_a, 2026, 1))
    assert [s.agency.name for s in scores] == ["Dinas Eta", "Dinas Zeta"]


def test_opds_without_indicators_are_not_listed(world: World) -> None:
    _opd(world, "Dinas Alpha", [90])
    with scope(region=world.region_a.pk):
        names = [s.agency.name for s in agency_scores(period=quarter(world.region_a, 2026, 1))]
    assert names == ["Dinas Alpha"]
