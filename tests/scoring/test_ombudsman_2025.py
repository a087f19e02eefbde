"""The 2025 PerOmbudsman 61/2025 placeholder: 70 % dimensions, 30 % public trust, open ranges."""

from decimal import Decimal

import pytest

from pantau.scoring import Band, ScoringError
from pantau.scoring.ombudsman import classify, configure_2025, unit_score


def test_the_unit_score_blends_dimensions_and_public_trust():
    # 0.70 × 49.85 + 0.30 × 80 = 34.895 + 24 = 58.895 → 58.90
    score = unit_score("8,72", "10,76", "20,76", "9,61", year=2025, public_trust=80)
    assert score == Decimal("58.90")


def test_the_2025_unit_score_needs_public_trust():
    with pytest.raises(ScoringError, match="kepercayaan publik") as refused:
        unit_score(1, 1, 1, 1, year=2025)
    assert "penilaian kepatuhan Ombudsman sejak 2025" in str(refused.value)
    assert "ombudsman-2025" not in str(refused.value)  # messages name the method, not its id


def test_public_trust_is_refused_before_2025():
    with pytest.raises(ScoringError, match="tidak memakai komponen kepercayaan publik") as refused:
        unit_score(1, 1, 1, 1, year=2022, public_trust=50)
    assert "penilaian kepatuhan Ombudsman 2022–2024" in str(refused.value)


def test_public_trust_outside_0_to_100_is_rejected():
    with pytest.raises(ScoringError, match="0–100"):
        unit_score(1, 1, 1, 1, year=2025, public_trust=101)


def test_the_category_ranges_can_be_configured_without_touching_the_registry():
    method = configure_2025(
        bands=(
            Band(Decimal("90"), "A", "Kualitas Tertinggi", "Hijau"),
            Band(Decimal("80"), "B", "Kualitas Tinggi", "Hijau"),
            Band(None, "C", "Kualitas Sedang", "Kuning"),
        )
    )
    assert classify("88", 2025, method=method).category == "B"
    assert classify("88", 2025).category == "A"  # the registered default is unchanged
    assert any(fact.topic == "konfigurasi" for fact in method.facts_with_status("open"))


def test_the_shares_can_be_configured_and_must_sum_to_one():
    method = configure_2025(dimension_share="0,6", public_trust_share="0,4")
    assert unit_score(0, 0, 0, 0, year=2025, public_trust=100, method=method) == Decimal("40.00")
    with pytest.raises(ScoringError, match="berjumlah 1"):
        configure_2025(dimension_share="0,6", public_trust_share="0,3")


def test_configured_bands_must_descend():
    with pytest.raises(ScoringError, match="menurun"):
        configure_2025(
            bands=(Band(Decimal(50), "A", "x"), Band(Decimal(60), "B", "y"), Band(None, "C", "z"))
        )
