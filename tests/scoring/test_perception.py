"""Predicting an Output indicator from perception answers: worked examples on both sides of each
threshold, the minimum of respondents, and properties (more clean answers never lower it)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pantau.scoring import ScoringError, perception
from pantau.scoring.perception import DEFAULT_RULE, PerceptionRule, clean_share, indicator_score


@pytest.mark.parametrize(("clean", "answered", "score"), [
    (100, 100, 3),
    (95, 100, 3),   # exactly 95 %: 3
    (94, 100, 2),   # just below
    (85, 100, 2),
    (84, 100, 1),
    (70, 100, 1),
    (69, 100, 0),
    (0, 100, 0),
    (19, 20, None),  # 20 respondents: below the minimum of 30
    (38, 40, 3),    # 95,00 %
    (37, 40, 2),    # 92,50 %
    (57, 60, 3),    # 95,00 %
    (56, 60, 2),    # 93,33 %
    (29, 30, 3),    # 96,67 %: exactly the minimum of respondents
    (21, 30, 1),    # 70,00 %
    (20, 30, 0),    # 66,67 %
])
def test_worked_examples(clean: int, answered: int, score: int | None) -> None:
    assert indicator_score(clean=clean, answered=answered) == score


@pytest.mark.parametrize(("clean", "answered", "share"), [
    (29, 30, Decimal("96.67")), (2, 3, Decimal("66.67")), (1, 8, Decimal("12.50")),
    (0, 0, None), (7, 7, Decimal("100.00")),
])
def test_shares_are_percentages_rounded_half_up(clean: int, answered: int,
                                                share: Decimal | None) -> None:
    assert clean_share(clean=clean, answered=answered) == share


def test_a_share_just_under_a_threshold_is_not_rounded_up() -> None:
    # 189 of 199 = 94,9749 %: shown 94,97, and below 95 % it scores 2, never 3
    assert indicator_score(clean=189, answered=199) == 2


def test_a_configured_rule_is_used() -> None:
    rule = PerceptionRule(thresholds=((Decimal("0.9"), 3), (Decimal("0.5"), 1)), min_respondents=5)

    assert perception.indicator_scores([(9, 10), (8, 10), (4, 10), (4, 4)], rule) == [
        3, 1, 0, None]


@pytest.mark.parametrize("thresholds", [
    (), ((Decimal("0.7"), 1), (Decimal("0.9"), 3)), ((Decimal("1.2"), 3),),
    ((Decimal("0.9"), 4),), ((Decimal("0.9"), 1), (Decimal("0.8"), 2)),
])
def test_a_rule_out_of_order_or_range_is_refused(thresholds: tuple[tuple[Decimal, int], ...]
                                                 ) -> None:
    with pytest.raises(ScoringError):
        PerceptionRule(thresholds=thresholds, min_respondents=1)


@pytest.mark.parametrize(("clean", "answered"), [(-1, 5), (6, 5), (0, -1)])
def test_counts_that_cannot_be_are_refused(clean: int, answered: int) -> None:
    with pytest.raises(ScoringError):
        indicator_score(clean=clean, answered=answered)


counts = st.integers(min_value=0, max_value=5000)


@given(clean=counts, dirty=counts, more=st.integers(min_value=1, max_value=500))
def test_more_clean_answers_never_lower_the_score(clean: int, dirty: int, more: int) -> None:
    before = indicator_score(clean=clean, answered=clean + dirty)
    after = indicator_score(clean=clean + more, answered=clean + more + dirty)
    if before is not None:
        assert after is not None and after >= before


@given(clean=counts, dirty=counts, switched=st.integers(min_value=1, max_value=500))
def test_turning_a_yes_into_a_no_never_lowers_the_score(clean: int, dirty: int,
                                                        switched: int) -> None:
    switched = min(switched, dirty)
    answered = clean + dirty
    before = indicator_score(clean=clean, answered=answered)
    after = indicator_score(clean=clean + switched, answered=answered)
    assert (before is None) == (after is None)
    if before is not None and after is not None:
        assert 0 <= before <= after <= 3


@given(clean=counts, dirty=counts)
def test_the_score_matches_the_shown_threshold_exactly(clean: int, dirty: int) -> None:
    answered = clean + dirty
    score = indicator_score(clean=clean, answered=answered, rule=DEFAULT_RULE)
    if answered < DEFAULT_RULE.min_respondents:
        assert score is None
        return
    exact = Decimal(clean) / Decimal(answered)
    expected = 3 if exact >= Decimal("0.95") else 2 if exact >= Decimal("0.85") else (
        1 if exact >= Decimal("0.70") else 0)
    assert score == expected
