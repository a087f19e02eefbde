"""IKM and SKM straight from questionnaires (nine answers 1–4, None = unanswered)."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.skm import from_answers, from_totals


def test_rows_are_summed_per_element_and_unanswered_items_are_not_counted():
    rows = [
        [4, 4, 3, 4, 3, 4, 4, 3, 4],
        [3, 3, 3, 4, 3, None, 4, 3, 2],
        [4, 3, 2, 4, 4, 4, 3, 3, None],
    ]
    result = from_answers(rows)
    assert result.respondents == (3, 3, 3, 3, 3, 2, 3, 3, 2)
    assert result.nrr[5] == Decimal(4)
    assert result.nrr[8] == Decimal(3)
    expected = from_totals([11, 10, 8, 12, 10, 8, 11, 9, 6], [3, 3, 3, 3, 3, 2, 3, 3, 2])
    assert result == expected


def test_the_worked_example_can_be_rebuilt_from_answers():
    totals = [105, 101, 100, 116, 102, 105, 106, 105, 115]
    # 29 respondents; the first r answer 4 and the rest 3 gives total 3×29 + r
    rows = [[4 if i < t - 87 else 3 for t in totals] for i in range(29)]
    assert from_answers(rows).score == Decimal("91.48")


def test_the_legacy_weight_is_passed_through():
    assert from_answers([[4] * 9], weight="legacy").score == Decimal("99.90")


def test_an_answer_outside_1_to_4_names_the_row_and_element():
    with pytest.raises(ScoringError, match=r"Baris 2, unsur U3: jawaban 5 tidak sah.*1–4"):
        from_answers([[4] * 9, [4, 4, 5, 4, 4, 4, 4, 4, 4]])


@pytest.mark.parametrize("answer", [0, "4", 3.5, True])
def test_non_integer_or_out_of_range_answers_are_rejected(answer):
    with pytest.raises(ScoringError, match="tidak sah"):
        from_answers([[answer] + [4] * 8])


def test_a_row_with_the_wrong_number_of_answers_is_rejected():
    with pytest.raises(ScoringError, match="Baris 1: harus berisi 9 jawaban"):
        from_answers([[4] * 8])


def test_no_answers_at_all_is_rejected():
    with pytest.raises(ScoringError, match="Tidak ada jawaban"):
        from_answers([])
    with pytest.raises(ScoringError, match="Tidak ada jawaban"):
        from_answers([[None] * 9])


def test_an_element_nobody_answered_is_rejected():
    with pytest.raises(ScoringError, match="U9 harus lebih dari 0"):
        from_answers([[4] * 8 + [None]])
