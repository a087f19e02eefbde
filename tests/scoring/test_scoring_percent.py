"""One percent for every rate on the pages (completeness, submitted, on time): half-up to two
decimals, and no figure at all when there is nothing to count."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pantau.scoring.numbers import percent, round_half_up


@pytest.mark.parametrize(("part", "whole", "expected"), [
    (0, 4, "0.00"), (1, 3, "33.33"), (2, 3, "66.67"), (1, 8, "12.50"), (1, 200, "0.50"),
    (1, 400, "0.25"), (1, 800, "0.13"), (4, 4, "100.00"), (7, 4, "175.00")])
def test_part_of_whole_rounded_half_up(part: int, whole: int, expected: str) -> None:
    assert str(percent(part, whole)) == expected


def test_nothing_to_count_is_no_figure_not_zero() -> None:
    assert percent(0, 0) is None


@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_same_as_dividing_then_rounding(part: int, whole: int) -> None:
    assert percent(part, whole) == round_half_up(Decimal(part) * 100 / whole)
