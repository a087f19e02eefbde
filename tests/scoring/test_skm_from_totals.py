"""IKM and SKM from element sums (PermenPANRB 14/2017)."""

from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.skm import from_totals

WORKED_TOTALS = [105, 101, 100, 116, 102, 105, 106, 105, 115]


def test_the_worked_example_gives_nrr_3_6207_ikm_3_6590_skm_91_48_grade_a():
    result = from_totals(WORKED_TOTALS, 29)
    assert result.nrr_rounded[0] == Decimal("3.6207")
    assert result.ikm == Decimal("3.6590")
    assert result.score == Decimal("91.48")
    assert (result.grade, result.label) == ("A", "Sangat Baik")
    assert result.method == "skm-2017"
    assert result.respondents == (29,) * 9


def test_nrr_keeps_full_precision_and_ikm_is_955_over_261():
    result = from_totals(WORKED_TOTALS, 29)
    assert result.nrr[0] == Decimal("3.620689655172413793103448275862068965517")
    assert result.ikm_unrounded == Decimal("3.659003831417624521072796934865900383142")
    assert len(result.nrr) == len(result.nrr_rounded) == 9


def test_all_fours_with_the_exact_weight_give_exactly_100():
    result = from_totals([4 * 29] * 9, 29)
    assert result.ikm_unrounded == 4
    assert result.score == Decimal("100.00")


def test_all_fours_with_the_legacy_weight_0_111_give_99_90():
    result = from_totals([4 * 29] * 9, 29, weight="legacy")
    assert result.ikm == Decimal("3.9960")
    assert result.score == Decimal("99.90")
    assert result.weight == "legacy"


def test_all_ones_give_the_minimum_25():
    result = from_totals([7] * 9, 7)
    assert result.score == Decimal("25.00")
    assert result.grade == "D"


def test_the_score_comes_from_the_unrounded_ikm_not_the_displayed_one():
    # IKM = 203 / 180 = 1.12777…: displayed 1.1278 (× 25 = 28.195 → 28.20), but SKM is 28.19
    result = from_totals([20] * 8 + [43], 20)
    assert result.ikm == Decimal("1.1278")
    assert result.score == Decimal("28.19")


def test_respondents_may_differ_per_element():
    per_element = [29, 29, 29, 28, 29, 29, 29, 29, 27]
    totals = [105, 101, 100, 112, 102, 105, 106, 105, 108]
    result = from_totals(totals, per_element)
    assert result.nrr[3] == Decimal(4)
    assert result.nrr_rounded[8] == Decimal("4.0000")
    assert result.respondents == tuple(per_element)


def test_string_inputs_are_accepted():
    assert from_totals([str(t) for t in WORKED_TOTALS], "29").score == Decimal("91.48")


def test_wrong_number_of_totals_is_rejected():
    with pytest.raises(ScoringError, match="harus 9 angka"):
        from_totals(WORKED_TOTALS[:8], 29)


def test_totals_above_four_times_the_respondents_are_rejected():
    with pytest.raises(
        ScoringError, match=r"U4 = 117 tidak mungkin untuk 29 responden.*29 dan 116"
    ):
        from_totals([105, 101, 100, 117, 102, 105, 106, 105, 115], 29)


def test_totals_below_one_per_respondent_are_rejected():
    with pytest.raises(ScoringError, match="U1 = 28"):
        from_totals([28, 101, 100, 116, 102, 105, 106, 105, 115], 29)


@pytest.mark.parametrize("respondents", [0, -5, "-1"])
def test_zero_or_negative_respondents_are_rejected(respondents):
    with pytest.raises(ScoringError, match="responden"):
        from_totals(WORKED_TOTALS, respondents)


def test_fractional_or_boolean_respondents_are_rejected():
    with pytest.raises(ScoringError, match="bilangan bulat"):
        from_totals(WORKED_TOTALS, "29,5")
    with pytest.raises(ScoringError):
        from_totals(WORKED_TOTALS, True)


def test_a_wrong_number_of_respondent_counts_is_rejected():
    with pytest.raises(ScoringError, match="per unsur harus 9"):
        from_totals(WORKED_TOTALS, [29] * 8)


def test_an_unknown_weight_is_rejected_listing_the_choices():
    with pytest.raises(ScoringError, match="exact, legacy"):
        from_totals(WORKED_TOTALS, 29, weight="0.111")
