"""Ombudsman scores are read on the scale of their own year."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError, get
from pantau.scoring.ombudsman import classify


def test_78_12_is_kuning_in_2018_and_b_hijau_in_2022():
    old = classify("78,12", 2018)
    assert (old.zone, old.category, old.label, old.method) == (
        "Kuning",
        None,
        "Kepatuhan Sedang",
        "ombudsman-2015",
    )
    new = classify("78,12", 2022)
    assert (new.zone, new.category, new.label, new.method) == (
        "Hijau",
        "B",
        "Kualitas Tinggi",
        "ombudsman-2022",
    )


@pytest.mark.parametrize(
    ("score", "zone", "label"),
    [
        ("100", "Hijau", "Kepatuhan Tinggi"),
        ("81,00", "Hijau", "Kepatuhan Tinggi"),
        ("80,99", "Kuning", "Kepatuhan Sedang"),
        ("51,00", "Kuning", "Kepatuhan Sedang"),
        ("50,99", "Merah", "Kepatuhan Rendah"),
        ("0", "Merah", "Kepatuhan Rendah"),
    ],
)
def test_2015_to_2021_zone_boundaries_on_both_sides(score, zone, label):
    for year in (2015, 2018, 2021):
        result = classify(score, year)
        assert (result.zone, result.label, result.category) == (zone, label, None)


@pytest.mark.parametrize(
    ("score", "category", "label", "zone"),
    [
        ("100", "A", "Kualitas Tertinggi", "Hijau"),
        ("88,00", "A", "Kualitas Tertinggi", "Hijau"),
        ("87,99", "B", "Kualitas Tinggi", "Hijau"),
        ("78,00", "B", "Kualitas Tinggi", "Hijau"),
        ("77,99", "C", "Kualitas Sedang", "Kuning"),
        ("54,00", "C", "Kualitas Sedang", "Kuning"),
        ("53,99", "D", "Kualitas Rendah", "Merah"),
        ("32,00", "D", "Kualitas Rendah", "Merah"),
        ("31,99", "E", "Kualitas Terendah", "Merah"),
        ("0", "E", "Kualitas Terendah", "Merah"),
    ],
)
def test_2022_to_2024_category_boundaries_on_both_sides(score, category, label, zone):
    for year in (2022, 2023, 2024):
        result = classify(score, year)
        assert (result.category, result.label, result.zone) == (category, label, zone)


def test_the_score_is_rounded_half_up_before_classifying():
    assert classify("87,995", 2022).category == "A"
    assert classify("87,994", 2022).category == "B"
    assert classify("80,995", 2019).zone == "Hijau"
    assert classify(Decimal("80.994"), 2019).score == Decimal("80.99")


def test_2025_onward_uses_the_placeholder_with_2022_ranges():
    result = classify("78,00", 2025)
    assert (result.category, result.zone, result.method) == ("B", "Hijau", "ombudsman-2025")
    assert classify("78", 2040).method == "ombudsman-2025"


def test_the_result_carries_year_and_rounded_score():
    result = classify(60.8, 2023)
    assert result.score == Decimal("60.80")
    assert result.year == 2023


def test_a_year_before_2015_is_rejected():
    with pytest.raises(ScoringError, match=r"Tahun 2014 tidak dicakup.*2015 ke atas"):
        classify("78", 2014)


def test_a_score_outside_0_to_100_is_rejected_with_the_documented_message():
    with pytest.raises(ScoringError) as caught:
        classify(105, 2022)
    assert str(caught.value) == (
        "Nilai 105 di luar rentang 0–100 untuk penilaian kepatuhan Ombudsman 2022–2024.")
    with pytest.raises(ScoringError, match="di luar rentang 0–100"):
        classify("-0,01", 2018)


def test_nan_and_garbage_are_rejected():
    with pytest.raises(ScoringError):
        classify(float("nan"), 2022)
    with pytest.raises(ScoringError):
        classify("hijau", 2022)


def test_a_non_integer_year_is_rejected():
    with pytest.raises(ScoringError, match="Tahun harus bilangan bulat"):
        classify("78", "2022")  # type: ignore[arg-type]


def test_an_explicit_method_must_cover_the_year():
    with pytest.raises(ScoringError, match=r"Ombudsman 2022–2024 tidak berlaku untuk tahun"):
        classify("78", 2018, method=get("ombudsman-2022"))
    with pytest.raises(ScoringError, match="bukan metode Ombudsman"):
        classify("78", 2022, method=get("skm-2017"))
