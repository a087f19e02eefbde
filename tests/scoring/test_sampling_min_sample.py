"""Minimum SKM sample: the published Krejcie & Morgan (1970) table and the formula."""

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.sampling import formula_sample, min_sample, table

# Krejcie & Morgan (1970), Table 1, as published.
PUBLISHED = {
    10: 10,
    15: 14,
    20: 19,
    25: 24,
    30: 28,
    35: 32,
    40: 36,
    45: 40,
    50: 44,
    55: 48,
    60: 52,
    65: 56,
    70: 59,
    75: 63,
    80: 66,
    85: 70,
    90: 73,
    95: 76,
    100: 80,
    110: 86,
    120: 92,
    130: 97,
    140: 103,
    150: 108,
    160: 113,
    170: 118,
    180: 123,
    190: 127,
    200: 132,
    210: 136,
    220: 140,
    230: 144,
    240: 148,
    250: 152,
    260: 155,
    270: 159,
    280: 162,
    290: 165,
    300: 169,
    320: 175,
    340: 181,
    360: 186,
    380: 191,
    400: 196,
    420: 201,
    440: 205,
    460: 210,
    480: 214,
    500: 217,
    550: 226,
    600: 234,
    650: 242,
    700: 248,
    750: 254,
    800: 260,
    850: 265,
    900: 269,
    950: 274,
    1000: 278,
    1100: 285,
    1200: 291,
    1300: 297,
    1400: 302,
    1500: 306,
    1600: 310,
    1700: 313,
    1800: 317,
    1900: 320,
    2000: 322,
    2200: 327,
    2400: 331,
    2600: 335,
    2800: 338,
    3000: 341,
    3500: 346,
    4000: 351,
    4500: 354,
    5000: 357,
    6000: 361,
    7000: 364,
    8000: 367,
    9000: 368,
    10000: 370,
    15000: 375,
    20000: 377,
    30000: 379,
    40000: 380,
    50000: 381,
    75000: 382,
    100000: 384,
    1000000: 384,
}


def test_the_generated_table_equals_the_published_one_row_by_row():
    assert dict(table()) == PUBLISHED


def test_the_formula_differs_from_the_table_only_at_100000():
    differing = {n: formula_sample(n) for n, s in PUBLISHED.items() if formula_sample(n) != s}
    assert differing == {100000: 383}


@pytest.mark.parametrize(
    ("population", "sample"),
    [(10, 10), (100, 80), (500, 217), (1000, 278), (10000, 370), (100000, 384), (1000000, 384)],
)
def test_known_rows(population, sample):
    assert min_sample(population) == sample


def test_a_population_between_rows_is_rounded_up_to_the_next_row():
    assert min_sample(101) == 86
    assert min_sample(1001) == 285
    assert min_sample(75001) == 384


def test_the_sample_never_exceeds_the_population():
    assert min_sample(12) == 12  # row 15 → 14, capped
    assert min_sample(16) == 16  # row 20 → 19, capped


def test_a_population_below_10_is_surveyed_whole():
    assert [min_sample(n) for n in range(10)] == list(range(10))


def test_beyond_the_last_row_the_sample_stays_384():
    assert min_sample(5_000_000) == 384
    assert min_sample(5_000_000, "formula") == 384


def test_the_formula_method_rounds_half_up():
    assert min_sample(100000, "formula") == 383
    assert min_sample(100, method="formula") == 80  # 79.5…
    assert min_sample(12, "formula") == 12  # 11.6 → 12


def test_indonesian_strings_are_accepted():
    assert min_sample("1000") == 278
    assert min_sample("10.000,00") == 370
    assert min_sample("1.000.000") == 384
    with pytest.raises(ScoringError, match="ambigu"):
        min_sample("1.000")


def test_bad_population_and_method_are_rejected():
    with pytest.raises(ScoringError, match="negatif"):
        min_sample(-1)
    with pytest.raises(ScoringError, match="bilangan bulat"):
        min_sample("100,5")
    with pytest.raises(ScoringError, match="table, formula"):
        min_sample(100, "tabel")
