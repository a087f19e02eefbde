"""The PEKPPP gap list: what raising one indicator to option 5 adds to the index."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pantau.scoring import ScoringError, get
from pantau.scoring.pekppp import Aspect, PekpppGap, PekpppIndicator, gaps, index

CODES_2022 = [i.code for a in get("pekppp-2022").aspects for i in a.indicators]
CODES_2017 = [i.code for a in get("pekppp-2017").aspects for i in a.indicators]


def test_a_2023_evaluation_ranks_its_three_gaps():
    # Every answer 5 except three. Losses against the full 5,00:
    #   kebijakan.1 at 3: 0,24 × 0,17 × 2 = 0,0816
    #   sipp.1 at 4:      0,11 × 1    × 1 = 0,11
    #   inovasi.1 at 0:   0,12 × 1/2  × 5 = 0,30
    # Now 5 − 0,4916 = 4,5084 → 4,51. Raising one alone:
    #   inovasi.1   → 5 − 0,1916 = 4,8084 → 4,81: +0,30
    #   sipp.1      → 5 − 0,3816 = 4,6184 → 4,62: +0,11
    #   kebijakan.1 → 5 − 0,41   = 4,59:          +0,08
    answers = dict.fromkeys(CODES_2022, 5) | {"kebijakan.1": 3, "sipp.1": 4, "inovasi.1": 0}
    assert index(answers, 2023) == Decimal("4.51")
    assert gaps(answers, 2023) == [
        PekpppGap("inovasi.1", Decimal(0), Decimal("0.30")),
        PekpppGap("sipp.1", Decimal(4), Decimal("0.11")),
        PekpppGap("kebijakan.1", Decimal(3), Decimal("0.08")),
    ]
    assert answers["inovasi.1"] == 0  # the caller's mapping is not changed


def test_equal_gaps_are_ordered_by_code():
    # sdm.1 and sdm.2 at 4: each loses 0,25 × 1/3 × 1 = 0,0833…; now 4,8333… → 4,83,
    # one raised 4,9166… → 4,92: +0,09 each.
    answers = dict.fromkeys(CODES_2022, 5) | {"sdm.2": 4, "sdm.1": 4}
    assert gaps(answers, 2022) == [
        PekpppGap("sdm.1", Decimal(4), Decimal("0.09")),
        PekpppGap("sdm.2", Decimal(4), Decimal("0.09")),
    ]


def test_the_legacy_method_raises_an_aspect_score_to_5():
    # 17/2017: Kebijakan 30 % at 1 → 5 − 0,30 × 4 = 3,80; raised: 5,00, +1,20.
    answers = dict.fromkeys(CODES_2017, 5) | {"kebijakan.nilai": 1}
    assert gaps(answers, 2020) == [PekpppGap("kebijakan.nilai", Decimal(1), Decimal("1.20"))]


def test_an_edited_structure_is_used_as_for_the_index():
    own = [
        Aspect("satu", "Satu", Decimal(1), (PekpppIndicator("a", "A"), PekpppIndicator("b", "B")))
    ]
    # 0,5 × 2 + 0,5 × 5 = 3,50; a → 5: 5,00, +1,50.
    assert gaps({"a": 2, "b": 5}, 2023, aspects=own) == [
        PekpppGap("a", Decimal(2), Decimal("1.50"))
    ]


def test_every_answer_at_5_has_no_gap():
    assert gaps(dict.fromkeys(CODES_2022, 5), 2024) == []


def test_bad_answers_are_refused_as_for_the_index():
    with pytest.raises(ScoringError, match="belum diisi"):
        gaps({"kebijakan.1": 5}, 2023)
    with pytest.raises(ScoringError, match="di luar rentang"):
        gaps(dict.fromkeys(CODES_2022, 6), 2023)


answers_2022 = st.fixed_dictionaries(
    {code: st.sampled_from([0, 1, 2, 3, 4, 5, "2,5"]) for code in CODES_2022}
)


@given(answers_2022)
def test_gap_properties(answers):
    now = index(answers, 2023)
    found = gaps(answers, 2023)
    assert {g.code for g in found} == {c for c, v in answers.items() if v != 5}
    keys = [(-g.points, g.code) for g in found]
    assert keys == sorted(keys)
    for gap in found:
        assert gap.points >= 0 and gap.points.as_tuple().exponent == -2
        assert gap.points == index(answers | {gap.code: 5}, 2023) - now
