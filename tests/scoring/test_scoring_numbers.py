"""The shared parser and half-up rounding every method relies on."""

from decimal import Decimal
from fractions import Fraction

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.numbers import (
    format_number,
    round_fraction_half_up,
    round_half_up,
    to_decimal,
    to_whole_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("87,56", "87.56"),
        ("1.234,56", "1234.56"),
        ("1.234.567", "1234567"),
        ("1.234.567,5", "1234567.5"),
        ("87.56", "87.56"),
        ("0.500", "0.500"),
        ("1234.567", "1234.567"),
        ("  -3,5 ", "-3.5"),
        ("+12", "12"),
        ("100", "100"),
        ("1\u00a0234,5", "1234.5"),
    ],
)
def test_indonesian_and_dot_decimal_strings_are_read_as_numbers(text, expected):
    assert to_decimal(text) == Decimal(expected)


def test_a_float_is_read_through_its_shortest_text_so_0_1_stays_0_1():
    assert to_decimal(0.1) == Decimal("0.1")
    assert to_decimal(87.56) == Decimal("87.56")


def test_int_and_decimal_pass_through_unchanged():
    assert to_decimal(7) == Decimal(7)
    assert to_decimal(Decimal("3.6590")) == Decimal("3.6590")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "abc",
        "8x",
        "1,234.56",
        "1.23.4",
        "NaN",
        "inf",
        "1e3",
        ",5",
        float("nan"),
        float("inf"),
        Decimal("NaN"),
        Decimal("-Infinity"),
        True,
        None,
        [1],
        # digits of other scripts: only ASCII 0-9 are numbers (docs/scoring.md)
        "١٢٣",
        "１２３",
        "१२३",
        "87,５",
        "1.２34,5",
    ],
)
def test_garbage_nan_infinity_bool_and_empty_are_rejected(bad):
    with pytest.raises(ScoringError):
        to_decimal(bad, "skor")


def test_a_single_dot_followed_by_three_digits_is_ambiguous_and_rejected_with_a_hint():
    with pytest.raises(ScoringError, match=r"ambigu.*1234 atau 1\.234,00.*1,234"):
        to_decimal("1.234", "pagu")


def test_error_messages_name_the_field_in_indonesian():
    with pytest.raises(ScoringError, match=r"^Target 'abc' bukan angka yang sah"):
        to_decimal("abc", "target")
    with pytest.raises(ScoringError, match="Skor kosong"):
        to_decimal("", "skor")


def test_scoring_error_is_a_value_error():
    with pytest.raises(ValueError):
        to_decimal("x")


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("88.305", 2, "88.31"),
        ("88.304", 2, "88.30"),
        ("0.125", 2, "0.13"),
        ("-0.125", 2, "-0.13"),
        ("-0.001", 2, "0.00"),
        ("3.65900383", 4, "3.6590"),
        ("382.5", 0, "383"),
    ],
)
def test_rounding_is_half_up_away_from_zero(value, places, expected):
    rounded = round_half_up(Decimal(value), places)
    assert str(rounded) == expected


def test_an_exact_fraction_rounds_half_up_without_decimal_error():
    assert round_fraction_half_up(Fraction(8861, 2000)) == Decimal("4.43")  # 4.4305
    assert round_fraction_half_up(Fraction(1, 3)) == Decimal("0.33")
    assert round_fraction_half_up(Fraction(-1, 8)) == Decimal("-0.13")


def test_whole_numbers_accept_integral_values_only():
    assert to_whole_number("1.500.000", "pagu") == 1_500_000
    assert to_whole_number(Decimal("29.0")) == 29
    with pytest.raises(ScoringError, match="bilangan bulat"):
        to_whole_number("29,5", "jumlah responden")


def test_numbers_are_shown_the_indonesian_way_in_messages():
    assert format_number(Decimal("1234567.89")) == "1.234.567,89"
    assert format_number(Decimal("-105")) == "-105"
    assert format_number(Decimal("0.5")) == "0,5"
