"""PEKPPP predikat: the eight boundaries of the 29/2022 table, and the legacy years."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.pekppp import classify

BOUNDARIES = [
    ("4,51", "A", "Pelayanan Prima", "4,50", "A-"),
    ("4,01", "A-", "Sangat Baik", "4,00", "B"),
    ("3,51", "B", "Baik", "3,50", "B-"),
    ("3,01", "B-", "Baik (Dengan Catatan)", "3,00", "C"),
    ("2,51", "C", "Cukup", "2,50", "C-"),
    ("2,01", "C-", "Cukup (Dengan Catatan)", "2,00", "D"),
    ("1,51", "D", "Buruk", "1,50", "E"),
    ("1,01", "E", "Sangat Buruk", "1,00", "F"),
]


@pytest.mark.parametrize(("at", "grade", "label", "below", "grade_below"), BOUNDARIES)
def test_each_of_the_eight_boundaries_on_both_sides(at, grade, label, below, grade_below):
    result = classify(at, 2023)
    assert (result.grade, result.label, result.method) == (grade, label, "pekppp-2022")
    assert classify(below, 2023).grade == grade_below


def test_the_extremes_are_a_and_f():
    assert classify(5, 2022).grade == "A"
    assert classify(0, 2022).label == "Gagal"


def test_the_index_is_rounded_half_up_before_classifying():
    assert classify("4,505", 2022).grade == "A"
    assert classify("4,504", 2022).grade == "A-"
    assert classify("4,505", 2022).index == Decimal("4.51")


def test_years_up_to_2021_use_the_legacy_method_with_the_same_table():
    result = classify("3,51", 2019)
    assert (result.grade, result.method) == ("B", "pekppp-2017")


@pytest.mark.parametrize("index", ["5,01", "-0,01", "50"])
def test_an_index_outside_0_to_5_is_rejected(index):
    with pytest.raises(ScoringError, match=r"Indeks .* rentang 0–5 untuk PEKPPP sejak 2022"):
        classify(index, 2023)


def test_a_year_before_the_first_method_is_rejected():
    with pytest.raises(ScoringError, match="tahun 2016"):
        classify("4", 2016)
