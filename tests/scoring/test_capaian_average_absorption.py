"""OPD averages of capaian (with an optional cap), budget absorption and the efficiency view."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.capaian import absorption, average, efficiency


def test_the_average_skips_missing_values_and_rounds_half_up():
    assert average(["100", None, "80,01"]) == Decimal("90.01")  # 90.005 → 90.01


def test_a_cap_limits_each_value_before_averaging():
    assert average([150, 80]) == Decimal("115.00")
    assert average([150, 80], cap=100) == Decimal("90.00")
    assert average([150, 80], cap="120") == Decimal("100.00")


def test_nothing_to_average_gives_none():
    assert average([None, None]) is None
    assert average([]) is None


def test_a_cap_of_zero_or_less_is_rejected():
    with pytest.raises(ScoringError, match="Batas atas capaian"):
        average([90], cap=0)


def test_absorption_is_realization_over_pagu_in_percent():
    assert absorption("1.500.000", "1.234.567") == Decimal("82.30")
    assert absorption(3, 2) == Decimal("66.67")


def test_absorption_of_a_zero_pagu_is_not_computable():
    assert absorption(0, 0) is None


def test_negative_budget_figures_are_rejected():
    with pytest.raises(ScoringError, match="negatif"):
        absorption(-1, 0)


def test_efficiency_shows_both_difference_and_ratio():
    view = efficiency("95", "80")
    assert view.difference == Decimal("15.00")
    assert view.ratio == Decimal("1.19")  # 1.1875
    assert view.method == "capaian-2017"
    assert efficiency(95, 0).ratio is None
