"""Permendagri 86/2017 criteria, compared on the value rounded to 2 decimals."""

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.capaian import rating


@pytest.mark.parametrize(
    ("percent", "label"),
    [
        ("150", "Sangat Tinggi"),
        ("100", "Sangat Tinggi"),
        ("91,00", "Sangat Tinggi"),
        ("90,99", "Tinggi"),
        ("76,00", "Tinggi"),
        ("75,99", "Sedang"),
        ("66,00", "Sedang"),
        ("65,99", "Rendah"),
        ("51,00", "Rendah"),
        ("50,99", "Sangat Rendah"),
        ("0", "Sangat Rendah"),
        ("-20", "Sangat Rendah"),
    ],
)
def test_each_boundary_on_both_sides(percent, label):
    assert rating(percent) == label


def test_the_percent_is_rounded_half_up_before_comparing():
    assert rating("90,995") == "Sangat Tinggi"
    assert rating("90,994") == "Tinggi"
    assert rating(50.995) == "Rendah"


def test_garbage_is_rejected():
    with pytest.raises(ScoringError, match="Capaian"):
        rating("tinggi")
