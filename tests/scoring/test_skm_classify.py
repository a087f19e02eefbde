"""Mutu of an SKM score (PermenPANRB 14/2017) and of a legacy KepmenPAN 25/2004 score."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError, get
from pantau.scoring.skm import classify, classify_legacy


@pytest.mark.parametrize(
    ("score", "grade", "label"),
    [
        ("100", "A", "Sangat Baik"),
        ("88,31", "A", "Sangat Baik"),
        ("88,30", "B", "Baik"),
        ("76,61", "B", "Baik"),
        ("76,60", "C", "Kurang Baik"),
        ("65,00", "C", "Kurang Baik"),
        ("64,99", "D", "Tidak Baik"),
        ("25", "D", "Tidak Baik"),
    ],
)
def test_each_boundary_on_both_sides(score, grade, label):
    result = classify(score)
    assert (result.grade, result.label) == (grade, label)
    assert result.method == "skm-2017"


def test_the_score_is_rounded_half_up_before_classifying():
    assert classify("88,305").score == Decimal("88.31")
    assert classify("88,305").grade == "A"
    assert classify("88,304").score == Decimal("88.30")
    assert classify("88,304").grade == "B"
    assert classify(Decimal("76.605")).grade == "B"
    assert classify(64.995).grade == "C"


@pytest.mark.parametrize("score", ["24,99", "100,01", "0", "-1", "105"])
def test_scores_outside_25_to_100_are_rejected(score):
    with pytest.raises(ScoringError, match=r"di luar rentang 25–100 untuk SKM sejak 2017"):
        classify(score)


def test_nan_is_rejected():
    with pytest.raises(ScoringError, match="NaN"):
        classify(float("nan"))


@pytest.mark.parametrize(
    ("score", "grade", "label"),
    [
        ("81,26", "A", "Sangat Baik"),
        ("81,25", "B", "Baik"),
        ("62,51", "B", "Baik"),
        ("62,50", "C", "Kurang Baik"),
        ("43,76", "C", "Kurang Baik"),
        ("43,75", "D", "Tidak Baik"),
    ],
)
def test_legacy_kepmenpan_25_2004_boundaries(score, grade, label):
    result = classify_legacy(score)
    assert (result.grade, result.label, result.method) == (grade, label, "skm-2004")


def test_the_same_score_can_grade_differently_under_the_legacy_table():
    assert classify("85").grade == "B"
    assert classify_legacy("85").grade == "A"


def test_an_explicit_method_can_be_chosen():
    assert classify("85", method=get("skm-2004")).grade == "A"


def test_the_questionnaire_is_available_as_data():
    method = get("skm-2017")
    assert [e.code for e in method.elements] == [f"U{n}" for n in range(1, 10)]
    assert method.elements[8].name == "Penanganan pengaduan, saran dan masukan"
    assert method.elements[8].answers[3] == "Dikelola dengan baik"
    assert method.elements[6].answers[0] == "Tidak sopan dan ramah"


def test_a_method_of_another_family_is_refused():
    with pytest.raises(ScoringError, match="bukan metode SKM"):
        classify("85", method=get("ombudsman-2022"))
