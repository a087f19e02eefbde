"""Any finite Decimal gives a figure or a ScoringError (with its Indonesian message), never a crash.

A tiny target with a huge realization once raised decimal.InvalidOperation from the rounding,
which the calculator page turned into a server error.
"""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pantau.scoring import ScoringError, all_methods, capaian, round_half_up, skm

# Everyday numbers, plus any sign, up to 45 digits and an exponent from tiny to beyond the range.
_extreme = st.builds(
    lambda sign, digits, exponent: Decimal((sign, tuple(digits), exponent)),
    st.integers(0, 1),
    st.lists(st.integers(0, 9), min_size=1, max_size=45),
    st.integers(-60, 60) | st.integers(-1_000_100, 1_000_100),
)
finite = st.decimals(allow_nan=False, allow_infinity=False) | _extreme
maybe = st.none() | finite
CLASSIFIED = [method for method in all_methods() if method.bands]


def _result_or_scoring_error(compute):
    try:
        compute()
    except ScoringError as error:
        assert str(error)


@given(target=finite, realization=finite, high=maybe, negative=st.booleans())
def test_achievement_of_any_finite_numbers(target, realization, high, negative):
    polarity = "negative" if negative else "positive"
    _result_or_scoring_error(
        lambda: capaian.achievement(target, realization, polarity, target_high=high))


@given(values=st.lists(maybe, max_size=4),
       how=st.sampled_from(["sum", "last", "avg", "max", "min"]))
def test_aggregate_of_any_finite_numbers(values, how):
    _result_or_scoring_error(lambda: capaian.aggregate(values, how))


@given(values=st.lists(maybe, max_size=5), cap=maybe)
def test_average_of_any_finite_numbers(values, cap):
    _result_or_scoring_error(lambda: capaian.average(values, cap))


@given(a=finite, b=finite)
def test_absorption_and_efficiency_of_any_finite_numbers(a, b):
    _result_or_scoring_error(lambda: capaian.absorption(a, b))
    _result_or_scoring_error(lambda: capaian.efficiency(a, b))


@given(data=st.data(), value=finite)
def test_every_classification_of_any_finite_number(data, value):
    method = data.draw(st.sampled_from(CLASSIFIED))
    _result_or_scoring_error(lambda: method.classify_value(value))


@settings(max_examples=40)  # ten numbers per example: drawing them is the slow part
@given(totals=st.lists(finite, min_size=9, max_size=9), respondents=finite)
def test_skm_from_any_finite_totals(totals, respondents):
    _result_or_scoring_error(lambda: skm.from_totals(totals, respondents))


@given(value=finite, places=st.integers(0, 4))
def test_rounding_any_finite_number(value, places):
    _result_or_scoring_error(lambda: round_half_up(value, places))


def test_a_tiny_target_with_a_huge_realization_is_refused_in_words():
    with pytest.raises(ScoringError, match="terlalu besar"):
        capaian.achievement("0,000000000000000000000001", "9999999999999999999999999999")


def test_magnitudes_beyond_the_decimal_range_are_refused_in_words():
    with pytest.raises(ScoringError, match="terlalu besar"):
        capaian.achievement(Decimal("1E-999999"), Decimal("1E+999999"))
