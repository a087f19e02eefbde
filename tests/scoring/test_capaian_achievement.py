"""Capaian of one indicator: positive, negative and range targets (PermenPANRB 6/2022)."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.capaian import achievement


def test_positive_indicator_worked_example_t90_r92_is_102_22():
    assert achievement(90, 92) == Decimal("102.22")


def test_negative_indicator_worked_examples_t10_r8_is_120_and_r12_is_80():
    assert achievement(10, 8, "negative") == Decimal("120.00")
    assert achievement(10, 12, "negative") == Decimal("80.00")


def test_range_target_worked_example_80_to_90_with_r70_is_87_50():
    assert achievement(80, 70, target_high=90) == Decimal("87.50")


def test_a_realization_inside_the_range_is_exactly_100():
    assert achievement(80, 80, target_high=90) == Decimal("100.00")
    assert achievement(80, 85, target_high=90) == Decimal("100.00")
    assert achievement(80, 90, target_high=90) == Decimal("100.00")


def test_a_positive_range_is_compared_with_its_upper_bound_when_exceeded():
    assert achievement(80, 99, target_high=90) == Decimal("110.00")


def test_a_negative_range_is_the_mirror_image():
    # below the range is better for a negative indicator: compared with the lower bound
    assert achievement(10, 8, "negative", target_high=20) == Decimal("120.00")
    # above the range is worse: compared with the upper bound
    assert achievement(10, 25, "negative", target_high=20) == Decimal("75.00")
    assert achievement(10, 15, "negative", target_high=20) == Decimal("100.00")


def test_the_result_is_rounded_half_up_to_two_decimals():
    assert achievement(3, 1) == Decimal("33.33")
    assert achievement(3, 2) == Decimal("66.67")
    assert achievement(8, "0,0041") == Decimal("0.05")  # 0.05125 → 0.05
    assert achievement(200, "0,01") == Decimal("0.01")  # 0.005 → 0.01


def test_indonesian_strings_are_accepted():
    assert achievement("1.234,5", "1.234,5") == Decimal("100.00")
    assert achievement("87,5", "70") == Decimal("80.00")


def test_a_zero_target_is_not_computable():
    assert achievement(0, 5) is None
    assert achievement(0, 0, "negative") is None


def test_a_negative_target_is_not_computable():
    assert achievement(-2, -1) is None


def test_a_range_whose_nearest_bound_is_zero_is_not_computable_outside_but_100_inside():
    assert achievement(0, -1, target_high=5) is None
    assert achievement(0, 3, target_high=5) == Decimal("100.00")


def test_a_negative_indicator_far_worse_than_target_goes_below_zero():
    assert achievement(10, 25, "negative") == Decimal("-50.00")


def test_an_unknown_polarity_is_rejected_listing_the_choices():
    with pytest.raises(ScoringError, match="positive, negative"):
        achievement(10, 8, "positif")


def test_a_range_with_upper_below_lower_is_rejected():
    with pytest.raises(ScoringError, match="Target atas"):
        achievement(90, 85, target_high=80)


def test_garbage_input_is_rejected():
    with pytest.raises(ScoringError, match="Realisasi"):
        achievement(90, "sembilan puluh")
    with pytest.raises(ScoringError, match="Target"):
        achievement(float("nan"), 1)
