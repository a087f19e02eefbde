"""SAKIP total from criterion letters: components 30/30/15/25, parts 20/30/50 %."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.sakip import score

COMPONENTS = ("perencanaan", "pengukuran", "pelaporan", "evaluasi")


def uniform(letter):
    return {c: dict.fromkeys(("keberadaan", "kualitas", "pemanfaatan"), letter) for c in COMPONENTS}


@pytest.mark.parametrize(
    ("letter", "total"),
    [
        ("AA", "100.00"),
        ("A", "90.00"),
        ("BB", "80.00"),
        ("B", "70.00"),
        ("CC", "60.00"),
        ("C", "50.00"),
        ("D", "30.00"),
        ("E", "0.00"),
    ],
)
def test_one_letter_everywhere_gives_its_percentage(letter, total):
    assert score(uniform(letter)) == Decimal(total)


def test_parts_and_components_are_weighted():
    answers = uniform("AA")
    # perencanaan/pemanfaatan from 100 % to 50 %: 30 × 0.5 × 0.5 = 7.5 points lost
    answers["perencanaan"]["pemanfaatan"] = "C"
    assert score(answers) == Decimal("92.50")
    # pelaporan/keberadaan from 100 % to 0 %: 15 × 0.2 = 3 points lost
    answers["pelaporan"]["keberadaan"] = "e"
    assert score(answers) == Decimal("89.50")


def test_several_criteria_of_one_part_are_averaged_exactly():
    answers = uniform("AA")
    answers["evaluasi"]["kualitas"] = ["AA", "A", "D"]  # mean 73.33…%
    # 25 × 0.3 × (1 − 220/300) = 2 points lost
    assert score(answers) == Decimal("98.00")


def test_an_unknown_letter_is_rejected_listing_the_choices():
    answers = uniform("AA")
    answers["pengukuran"]["kualitas"] = "F"
    with pytest.raises(
        ScoringError, match=r"pengukuran/kualitas: jawaban 'F' tidak sah.*AA, A, BB"
    ):
        score(answers)


def test_a_missing_component_or_part_is_reported():
    answers = uniform("AA")
    del answers["evaluasi"]
    with pytest.raises(ScoringError, match="Komponen belum diisi: evaluasi"):
        score(answers)
    answers = uniform("AA")
    del answers["pelaporan"]["kualitas"]
    with pytest.raises(ScoringError, match="Subkomponen pelaporan belum diisi: kualitas"):
        score(answers)


def test_an_empty_list_of_criteria_is_rejected():
    answers = uniform("AA")
    answers["pelaporan"]["kualitas"] = []
    with pytest.raises(ScoringError, match="belum ada jawaban"):
        score(answers)
