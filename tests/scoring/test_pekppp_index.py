"""PEKPPP index = Σ aspect weight × Σ indicator weight × option score (0–5)."""

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest

from pantau.scoring import ScoringError, get
from pantau.scoring.pekppp import Aspect, PekpppIndicator, effective_weights, index

METHOD_2022 = get("pekppp-2022")
CODES_2022 = [i.code for a in METHOD_2022.aspects for i in a.indicators]
CODES_2017 = [i.code for a in get("pekppp-2017").aspects for i in a.indicators]


def answers(default, **overrides):
    given = dict.fromkeys(CODES_2022, default)
    given.update({code.replace("_", "."): value for code, value in overrides.items()})
    return given


def test_the_six_aspects_carry_the_regulation_weights():
    weights = [(a.code, a.weight) for a in METHOD_2022.aspects]
    assert weights == [
        ("kebijakan", Decimal("0.24")),
        ("sdm", Decimal("0.25")),
        ("sarpras", Decimal("0.18")),
        ("sipp", Decimal("0.11")),
        ("pengaduan", Decimal("0.10")),
        ("inovasi", Decimal("0.12")),
    ]
    assert [len(a.indicators) for a in METHOD_2022.aspects] == [9, 3, 3, 1, 4, 2]


def test_unpublished_kebijakan_weights_share_the_remaining_14_percent():
    shares = effective_weights(METHOD_2022.aspects[0])
    assert [s * 100 for s in shares] == [17, 14, 7, 14, 10, 17, 7, 7, 7]
    assert sum(shares) == 1


def test_aspects_without_published_weights_split_equally_and_exactly():
    assert effective_weights(METHOD_2022.aspects[1]) == (Fraction(1, 3),) * 3


def test_all_fives_give_5_and_all_zeros_give_0():
    assert index(answers(5), 2022) == Decimal("5.00")
    assert index(answers(0), 2022) == Decimal("0.00")


def test_one_indicator_changes_the_index_by_its_combined_weight():
    # standar pelayanan: 0.24 × 0.17 × 5 = 0.204 off a perfect 5 → 4.796 → 4.80
    assert index(answers(5, kebijakan_1=0), 2022) == Decimal("4.80")
    # one SDM indicator: 0.25 × 1/3 × 5 = 0.41666… → 4.58333… → 4.58
    assert index(answers(5, sdm_1=0), 2022) == Decimal("4.58")


def test_an_exact_half_rounds_up_thanks_to_exact_fractions():
    # one SDM indicator at 0,06, the rest 0: 0.25 × 1/3 × 0.06 = 0.005 exactly → 0.01
    # (with 1/3 as a rounded decimal it would come out as 0.00499… → 0.00)
    assert index(answers(0, sdm_1="0,06"), 2022) == Decimal("0.01")
    # the mirror image: 5 − 0.005 = 4.995 → 5.00
    assert index(answers(5, sdm_1="4,94"), 2022) == Decimal("5.00")


def test_the_legacy_method_uses_30_18_15_15_15_7_and_answers_1_to_5():
    legacy = dict.fromkeys(CODES_2017, 4)
    legacy["kebijakan.nilai"] = 5  # 4 + 0.30 × 1
    assert index(legacy, 2020) == Decimal("4.30")
    with pytest.raises(ScoringError, match="di luar rentang 1–5 untuk PEKPPP 2017–2021"):
        index(dict.fromkeys(CODES_2017, 0), 2020)


def test_an_answer_outside_0_to_5_is_rejected():
    with pytest.raises(ScoringError, match=r"kebijakan\.1 = 6 di luar rentang 0–5"):
        index(answers(5, kebijakan_1=6), 2022)


def test_missing_and_unknown_indicators_are_reported():
    given = answers(5)
    del given["inovasi.2"]
    with pytest.raises(ScoringError, match=r"belum diisi: inovasi\.2"):
        index(given, 2022)
    with pytest.raises(ScoringError, match=r"tidak dikenal: inovasi\.3"):
        index({**answers(5), "inovasi.3": 1}, 2022)


def test_edited_aspects_replace_the_default_structure():
    edited = [
        Aspect("a", "Satu", Decimal("0.5"), (PekpppIndicator("a.1", "x", Decimal(1)),)),
        Aspect("b", "Dua", Decimal("0.5"), (PekpppIndicator("b.1", "y", Decimal(1)),)),
    ]
    assert index({"a.1": 4, "b.1": 3}, 2023, aspects=edited) == Decimal("3.50")


def test_indicator_weights_that_do_not_sum_to_one_are_rejected_clearly():
    wrong = replace(
        METHOD_2022.aspects[0],
        indicators=tuple(
            replace(i, weight=i.weight or Decimal("0.05"))
            for i in METHOD_2022.aspects[0].indicators
        ),
    )
    with pytest.raises(ScoringError, match=r"Kebijakan Pelayanan berjumlah 96 %; harus .*100 %"):
        effective_weights(wrong)


def test_published_weights_leaving_nothing_for_the_rest_are_rejected():
    crowded = Aspect(
        "x",
        "Uji",
        Decimal(1),
        (PekpppIndicator("x.1", "a", Decimal(1)), PekpppIndicator("x.2", "b")),
    )
    with pytest.raises(ScoringError, match="tidak ada sisa"):
        effective_weights(crowded)


def test_rounded_weights_close_to_one_are_accepted_and_rescaled():
    thirds = Aspect(
        "x",
        "Uji",
        Decimal(1),
        tuple(
            PekpppIndicator(f"x.{n}", "i", Decimal(w))
            for n, w in enumerate(("0.3333", "0.3333", "0.3334"))
        ),
    )
    assert sum(effective_weights(thirds)) == 1


def test_aspect_weights_must_sum_to_one():
    edited = [Aspect("a", "Satu", Decimal("0.6"), (PekpppIndicator("a.1", "x", Decimal(1)),))]
    with pytest.raises(ScoringError, match="Bobot aspek berjumlah 60 %"):
        index({"a.1": 4}, 2023, aspects=edited)
