"""Quarterly realizations combined the way each indicator declares."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.capaian import aggregate

QUARTERS = ["10", "20,5", None, "5"]


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("sum", Decimal("35.5")),
        ("last", Decimal("5")),
        ("max", Decimal("20.5")),
        ("min", Decimal("5")),
    ],
)
def test_unreported_quarters_are_skipped(how, expected):
    assert aggregate(QUARTERS, how) == expected


def test_last_means_the_latest_reported_quarter():
    assert aggregate([1, 2, 3, None], "last") == Decimal(3)


def test_the_average_is_not_rounded():
    # 40 significant digits, so the annual capaian is rounded only once, at the end
    assert aggregate([1, 1, 2], "avg") == Decimal("1." + "3" * 39)


def test_the_average_counts_only_reported_quarters():
    assert aggregate([90, None, 80, None], "avg") == Decimal(85)


def test_sums_keep_every_decimal():
    assert aggregate(["0,005", "0,005"], "sum") == Decimal("0.010")


def test_all_quarters_unreported_gives_none():
    assert aggregate([None, None, None, None], "sum") is None
    assert aggregate([], "avg") is None


def test_an_unknown_aggregation_is_rejected_listing_the_choices():
    with pytest.raises(ScoringError, match="sum, last, avg, max, min"):
        aggregate([1], "median")


def test_a_bad_quarter_value_names_the_quarter():
    with pytest.raises(ScoringError, match="triwulan 2"):
        aggregate([1, "dua"], "sum")
