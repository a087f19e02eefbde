"""The PEKPPP unit index (F-02 blended with F-03) and the Pemda index (mean of units)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pantau.scoring import ScoringError
from pantau.scoring.pekppp import region_index, unit_index

INDICES = st.decimals(min_value=0, max_value=5, places=2)


def test_the_unit_index_blends_three_quarters_evaluator_one_quarter_users():
    # 0,75 × 3,45 + 0,25 × 4,00 = 2,5875 + 1,00 = 3,5875 → 3,59
    assert unit_index("3,45", 4, evaluator_share="0.75", user_share="0.25") == Decimal("3.59")
    # 0,75 × 2,01 + 0,25 × 2,00 = 1,5075 + 0,50 = 2,0075 → 2,01 (half-up)
    assert unit_index("2.01", 2, evaluator_share="0.75", user_share="0.25") == Decimal("2.01")


def test_the_pemda_index_is_the_mean_of_its_units():
    # (3,59 + 4,12 + 2,50) / 3 = 10,21 / 3 = 3,4033… → 3,40
    assert region_index(["3,59", "4,12", "2,50"]) == Decimal("3.40")
    # (4,505 exact mean of 4,50 and 4,51) → 4,51 half-up
    assert region_index(["4.50", "4.51"]) == Decimal("4.51")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: unit_index(6, 3, evaluator_share="0.75", user_share="0.25"), "di luar rentang"),
        (lambda: unit_index(3, 3, evaluator_share="0.8", user_share="0.25"), "berjumlah 1"),
        (lambda: unit_index(3, 3, evaluator_share="-0.25", user_share="1.25"), "tidak negatif"),
        (lambda: region_index([]), "minimal satu unit"),
        (lambda: region_index(["4", "5,01"]), "di luar rentang"),
    ],
)
def test_bad_input_is_refused_in_indonesian(call, message):
    with pytest.raises(ScoringError, match=message):
        call()


@given(INDICES, INDICES, st.decimals(min_value=0, max_value=1, places=2))
def test_the_blend_lies_between_its_two_parts(evaluator, users, share):
    blended = unit_index(evaluator, users, evaluator_share=share, user_share=1 - share)
    assert min(evaluator, users) <= blended <= max(evaluator, users)
    assert unit_index(evaluator, users, evaluator_share=1, user_share=0) == evaluator


@given(st.lists(INDICES, min_size=1, max_size=40))
def test_the_pemda_index_lies_between_its_lowest_and_highest_unit(values):
    assert min(values) <= region_index(values) <= max(values)
