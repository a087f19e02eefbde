"""Dimension, unit and Pemda scores of the 2022 Ombudsman assessment."""

from dataclasses import dataclass
from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.ombudsman import (
    SEED_INPUT_INDICATORS,
    dimension_score,
    region_score,
    unit_score,
)

SEVEN_UNITS = ["49,85", "52,86", "55,09", "59,85", "62,06", "71,08", "74,82"]


def test_the_puskesmas_example_sums_to_49_85():
    assert unit_score("8,72", "10,76", "20,76", "9,61") == Decimal("49.85")


def test_full_marks_in_every_dimension_give_exactly_100():
    assert unit_score("21,85", "32,37", "24,24", "21,54") == Decimal("100.00")


def test_a_dimension_above_its_weight_is_rejected():
    with pytest.raises(ScoringError, match=r"dimensi input = 21,86 di luar rentang 0–21,85"):
        unit_score("21,86", 0, 0, 0)
    with pytest.raises(ScoringError, match="dimensi pengaduan"):
        unit_score(0, 0, 0, -1)


def test_the_2015_method_has_no_dimensions():
    with pytest.raises(ScoringError, match="tidak memakai dimensi") as refused:
        unit_score(1, 1, 1, 1, year=2019)
    # named by family and years, not by its id ombudsman-2015
    assert "penilaian kepatuhan Ombudsman 2015–2021 tidak memakai" in str(refused.value)


def test_a_pemda_of_seven_units_scores_60_80():
    assert region_score(SEVEN_UNITS) == Decimal("60.80")


def test_a_pemda_score_is_rounded_half_up():
    assert region_score(["60,00", "60,01"]) == Decimal("60.01")  # 60.005


def test_a_pemda_without_units_is_rejected():
    with pytest.raises(ScoringError, match="minimal satu unit"):
        region_score([])


def test_a_unit_score_outside_0_to_100_is_rejected():
    with pytest.raises(ScoringError, match="unit ke-2 = 100,5"):
        region_score(["50", "100,5"])


def test_dimension_score_weights_indicators_within_the_dimension():
    # Input 21.85 × (1·3 + 1·2 + 2·1) / (4 · 3) = 21.85 × 7/12 = 12.7458… → 12.75
    answers = [(1, 3), (1, 2), (2, 1)]
    assert dimension_score("input", answers, 2022) == Decimal("12.75")


def test_all_indicators_at_three_give_the_full_dimension_weight():
    assert dimension_score("proses", [(1, 3)] * 5, 2023) == Decimal("32.37")
    assert dimension_score("Output", [(2, 0), (1, 0)], 2022) == Decimal("0.00")


@dataclass
class Row:
    weight: Decimal
    score: Decimal


def test_answers_may_be_pairs_mappings_or_objects():
    pairs = dimension_score("pengaduan", [(1, 3), (1, 1)], 2022)
    mappings = dimension_score(
        "pengaduan", [{"weight": 1, "score": 3}, {"weight": "1", "score": "1"}], 2022
    )
    objects = dimension_score(
        "pengaduan", [Row(Decimal(1), Decimal(3)), Row(Decimal(1), Decimal(1))], 2022
    )
    assert pairs == mappings == objects == Decimal("14.36")  # 21.54 × 4/6


def test_indicator_scores_outside_0_to_3_are_rejected():
    with pytest.raises(ScoringError, match=r"indikator ke-2 = 4 di luar rentang 0–3"):
        dimension_score("input", [(1, 3), (1, 4)], 2022)


def test_an_unknown_dimension_is_rejected_listing_the_choices():
    with pytest.raises(ScoringError, match="input, proses, output, pengaduan"):
        dimension_score("sarana", [(1, 3)], 2022)


def test_a_dimension_without_weighted_indicators_is_rejected():
    with pytest.raises(ScoringError, match="minimal satu indikator"):
        dimension_score("input", [], 2022)
    with pytest.raises(ScoringError, match="minimal satu indikator"):
        dimension_score("input", [(0, 3)], 2022)


def test_malformed_answers_are_rejected():
    with pytest.raises(ScoringError, match="weight"):
        dimension_score("input", [{"bobot": 1, "nilai": 3}], 2022)
    with pytest.raises(ScoringError, match="pasangan"):
        dimension_score("input", [object()], 2022)  # type: ignore[list-item]


def test_the_input_instrument_is_seeded_as_editable_data_with_weight_one():
    names = [indicator.name for indicator in SEED_INPUT_INDICATORS]
    assert names[0] == "Pengetahuan tentang komponen standar pelayanan"
    assert "Mekanisme kompensasi" in names
    assert "Tempat parkir" in names
    assert all(indicator.weight == 1 for indicator in SEED_INPUT_INDICATORS)
    assert len({indicator.code for indicator in SEED_INPUT_INDICATORS}) == len(names)
