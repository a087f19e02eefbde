"""SAKIP predikat under both boundary settings (PermenPANRB 88/2021 practice)."""

import pytest

from pantau.scoring import ScoringError, get
from pantau.scoring.sakip import classify

LABELS = {
    "AA": "Sangat Memuaskan",
    "A": "Memuaskan",
    "BB": "Sangat Baik",
    "B": "Baik",
    "CC": "Cukup",
    "C": "Kurang",
    "D": "Sangat Kurang",
}

# boundary value, grade just above it, grade of the lower band
BOUNDARIES = [
    ("90", "AA", "A"),
    ("80", "A", "BB"),
    ("70", "BB", "B"),
    ("60", "B", "CC"),
    ("50", "CC", "C"),
    ("30", "C", "D"),
]


@pytest.mark.parametrize(("boundary", "above", "below"), BOUNDARIES)
def test_lower_exclusive_by_default_the_boundary_itself_belongs_below(boundary, above, below):
    assert classify(f"{boundary},01").grade == above
    assert classify(f"{boundary},00").grade == below
    assert classify(f"{int(boundary) - 1},99").grade == below
    assert classify(boundary).boundary == "lower_exclusive"


@pytest.mark.parametrize(("boundary", "above", "below"), BOUNDARIES)
def test_lower_inclusive_the_boundary_itself_belongs_above(boundary, above, below):
    assert classify(f"{boundary},00", boundary="lower_inclusive").grade == above
    assert classify(f"{int(boundary) - 1},99", boundary="lower_inclusive").grade == below


def test_exactly_90_is_a_by_default_and_aa_when_inclusive():
    assert (classify("90,00").grade, classify("90,00").label) == ("A", "Memuaskan")
    inclusive = classify("90,00", boundary="lower_inclusive")
    assert (inclusive.grade, inclusive.label) == ("AA", "Sangat Memuaskan")


@pytest.mark.parametrize(("score", "grade"), [("100", "AA"), ("0", "D"), ("30", "D")])
def test_the_extremes(score, grade):
    result = classify(score)
    assert (result.grade, result.label, result.method) == (grade, LABELS[grade], "sakip-2021")


def test_the_score_is_rounded_half_up_first():
    assert classify("90,005").grade == "AA"  # 90.01
    assert classify("90,004").grade == "A"  # 90.00


def test_a_score_outside_0_to_100_is_rejected():
    with pytest.raises(ScoringError, match="di luar rentang 0–100 untuk evaluasi SAKIP sejak 2021"):
        classify("100,5")


def test_an_unknown_boundary_setting_is_rejected():
    with pytest.raises(ScoringError, match="lower_inclusive, lower_exclusive"):
        classify("90", boundary="inclusive")  # type: ignore[arg-type]


def test_a_method_of_another_family_is_refused():
    with pytest.raises(ScoringError, match="bukan metode SAKIP"):
        classify("85", method=get("skm-2017"))
