"""A stored version computes through pantau.scoring with its own weights and categories; the
seeded versions compute exactly as scoring's own methods."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django_scopes import scope

from pantau.compliance.methods import instrument_method
from pantau.compliance.models import Instrument
from pantau.scoring import ombudsman, pekppp
from tests.personas import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_a(world: World) -> Any:
    with scope(region=world.region_a.pk):
        yield world


def test_the_seeded_ombudsman_version_classifies_and_scores_as_scoring(
    in_a: World, seeded: dict[str, Instrument]
) -> None:
    method = instrument_method(seeded["ombudsman_2022"])
    answers = [(1, 3), (1, 2), (1, 0)]
    for score in ("88.00", "87.99", "60.80", "31.99"):
        assert ombudsman.classify(score, 2022, method=method) == ombudsman.classify(score, 2022)
    assert (ombudsman.dimension_score("proses", answers, 2023, method=method)
            == ombudsman.dimension_score("proses", answers, 2023))


def test_the_2025_version_carries_its_shares_and_opini(
    in_a: World, seeded: dict[str, Instrument]
) -> None:
    instrument = seeded["ombudsman_2025"]
    instrument.public_trust_share, instrument.dimension_share = Decimal("0.4"), Decimal("0.6")
    method = instrument_method(instrument)
    assert ombudsman.unit_score(20, 30, 20, 20, year=2025, public_trust=50,
                                method=method) == Decimal("74.00")  # 0,6 × 90 + 0,4 × 50
    assert ombudsman.classify("53.38", 2025, method=method).label == "Kualitas Rendah"


def test_the_pekppp_version_computes_the_index_with_its_thirty_indicators(
    in_a: World, seeded: dict[str, Instrument]
) -> None:
    instrument = seeded["pekppp"]
    method = instrument_method(instrument)
    codes = list(instrument.indicators.values_list("code", flat=True))
    top = dict.fromkeys(codes, 5)
    assert pekppp.index(top, 2024, method=method) == Decimal("5.00")
    # Only the SKM indicator (17 % of Kebijakan, 24 % of the index) at 5: 5 × 0,17 × 0,24.
    skm_only = {**dict.fromkeys(codes, 0), "6.a.B": 5}
    assert pekppp.index(skm_only, 2024, method=method) == Decimal("0.20")
    assert pekppp.classify("4.51", 2024, method=method).grade == "A"
