"""Properties of the Ombudsman gap list, checked with Hypothesis against a plain recomputation
through the public functions (dimension_score per dimension, unit_score, region_score)."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pantau.scoring.ombudsman import (
    DIMENSIONS,
    classify,
    dimension_score,
    fixes_to_reach,
    gaps,
    region_score,
    unit_score,
)

CATEGORIES = ["A", "B", "C", "D", "E"]
answer = st.tuples(
    st.integers(0, 3),
    st.sampled_from([Decimal(s) for s in ("0", "0.5", "1", "1.25", "2", "2.5", "2.75", "3")]),
)
dimension = st.lists(answer, min_size=1, max_size=5).filter(lambda xs: any(w for w, _ in xs))
unit = st.fixed_dictionaries({code: dimension for code in DIMENSIONS})
pemdas = st.dictionaries(
    st.sampled_from(["Dinkes", "Dinsos", "Disdik", "PKM Ampek"]), unit, min_size=1
)


@st.composite
def cases(draw):
    """A Pemda, a year, and (from 2025) every unit's public trust."""
    units = draw(pemdas)
    year = draw(st.sampled_from([2022, 2024, 2025]))
    trust = {name: draw(st.integers(0, 100)) for name in units} if year >= 2025 else None
    return units, year, trust


def pemda_score(units, year, trust):
    return region_score(
        unit_score(
            *(dimension_score(code, answers[code], year) for code in DIMENSIONS),
            year=year,
            public_trust=None if trust is None else trust[name],
        )
        for name, answers in units.items()
    )


def raised(units, fixes):
    """A copy of ``units`` with the given (unit, dimension, indicator) answers at 3."""
    copy = {
        name: {code: list(answers) for code, answers in dims.items()}
        for name, dims in units.items()
    }
    for name, code, number in fixes:
        weight, _ = copy[name][code][number - 1]
        copy[name][code][number - 1] = (weight, Decimal(3))
    return copy


def rank(score, year):
    return CATEGORIES.index(classify(score, year).category)


@given(cases())
def test_points_are_never_negative_and_equal_the_recomputed_difference(case):
    units, year, trust = case
    now = pemda_score(units, year, trust)
    for gap in gaps(units, year, public_trust=trust):
        assert gap.points >= 0
        assert gap.points.as_tuple().exponent == -2
        after = pemda_score(raised(units, [(gap.unit, gap.dimension, gap.indicator)]), year, trust)
        assert gap.points == after - now


@given(cases())
def test_the_list_is_ordered_by_points_then_unit_dimension_indicator(case):
    units, year, trust = case
    keys = [
        (-g.points, g.unit, DIMENSIONS.index(g.dimension), g.indicator)
        for g in gaps(units, year, public_trust=trust)
    ]
    assert keys == sorted(keys)


@given(cases())
def test_exactly_the_indicators_below_3_are_listed_with_their_score(case):
    units, year, trust = case
    below = {
        (name, code, number, score)
        for name, dims in units.items()
        for code, answers in dims.items()
        for number, (_, score) in enumerate(answers, start=1)
        if score < 3
    }
    found = [
        (g.unit, g.dimension, g.indicator, g.score) for g in gaps(units, year, public_trust=trust)
    ]
    assert len(found) == len(set(found))
    assert set(found) == below


@given(cases(), st.sampled_from(CATEGORIES))
def test_fixing_the_first_n_gaps_reaches_the_category_and_one_fewer_does_not(case, category):
    units, year, trust = case
    order = [(g.unit, g.dimension, g.indicator) for g in gaps(units, year, public_trust=trust)]
    needed = fixes_to_reach(units, year, category, public_trust=trust)
    wanted = CATEGORIES.index(category)

    def reaches(count):
        return rank(pemda_score(raised(units, order[:count]), year, trust), year) <= wanted

    if needed is None:
        assert not reaches(len(order))
    else:
        assert 0 <= needed <= len(order)
        assert reaches(needed)
        if needed > 0:
            assert not reaches(needed - 1)


@given(pemdas, st.sampled_from(CATEGORIES))
def test_before_2025_every_category_can_be_reached(units, category):
    # All indicators at 3 make every unit 100,00, so fixing every gap always reaches A.
    assert fixes_to_reach(units, 2023, category) is not None
