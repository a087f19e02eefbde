"""Properties that must hold for every input, checked with Hypothesis."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pantau.scoring import all_methods, capaian, ombudsman, pekppp, sakip, sampling, skm
from pantau.scoring.methods import Method


def scores(low, high):
    return st.decimals(min_value=low, max_value=high, places=3, allow_nan=False)


def rank(method: Method, value: Decimal) -> int:
    _, band = method.classify_value(value)
    return method.band_rank(band)  # 0 = best band


CLASSIFIED = [m for m in all_methods() if m.bands]


@given(data=st.data())
def test_classification_is_monotone_in_the_score_for_every_method(data):
    method = data.draw(st.sampled_from(CLASSIFIED))
    low = method.score_min if method.score_min is not None else Decimal(-500)
    high = method.score_max if method.score_max is not None else Decimal(500)
    a, b = sorted((data.draw(scores(low, high)), data.draw(scores(low, high))))
    assert rank(method, a) >= rank(method, b)


@given(a=scores(0, 100), b=scores(0, 100), inclusive=st.booleans())
def test_sakip_is_monotone_under_both_boundary_settings(a, b, inclusive):
    rule = "lower_inclusive" if inclusive else "lower_exclusive"
    low, high = sorted((a, b))
    grades = [band.grade for band in sakip.METHOD.bands]  # best first
    worse = grades.index(sakip.classify(low, boundary=rule).grade)
    assert worse >= grades.index(sakip.classify(high, boundary=rule).grade)


@given(a=scores(0, 100), b=scores(0, 100), year=st.integers(2015, 2030))
def test_ombudsman_zone_never_improves_when_the_score_falls(a, b, year):
    zones = ["Hijau", "Kuning", "Merah"]
    low, high = sorted((a, b))
    assert zones.index(ombudsman.classify(low, year).zone) >= zones.index(
        ombudsman.classify(high, year).zone
    )


@given(a=scores(0, 5), b=scores(0, 5), year=st.integers(2017, 2030))
def test_pekppp_grade_is_monotone_in_both_methods(a, b, year):
    grades = ["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"]
    low, high = sorted((a, b))
    assert grades.index(pekppp.classify(low, year).grade) >= grades.index(
        pekppp.classify(high, year).grade
    )


element_rows = st.lists(st.integers(1, 4), min_size=9, max_size=9)


@given(rows=st.lists(element_rows, min_size=1, max_size=60), legacy=st.booleans())
def test_skm_score_always_lies_between_25_and_100(rows, legacy):
    result = skm.from_answers(rows, weight="legacy" if legacy else "exact")
    assert Decimal(25) <= result.score <= Decimal(100)
    assert Decimal(1) <= result.ikm <= Decimal(4)


@given(rows=st.lists(element_rows, min_size=1, max_size=500))
def test_skm_is_exactly_100_with_the_exact_weight_iff_every_answer_is_4(rows):
    # Up to 555 respondents one answer below 4 costs ≥ 0.005 points, so the rounded score shows it.
    result = skm.from_answers(rows)
    all_four = all(answer == 4 for row in rows for answer in row)
    assert (result.score == Decimal("100.00")) == all_four
    assert (result.ikm_unrounded == 4) == all_four


quantities = st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False)
targets = st.decimals(min_value="0.01", max_value=10_000, places=2, allow_nan=False)


@given(target=targets, r1=quantities, r2=quantities)
def test_capaian_of_a_negative_indicator_does_not_rise_with_realization(target, r1, r2):
    low, high = sorted((r1, r2))
    worse = capaian.achievement(target, high, "negative")
    better = capaian.achievement(target, low, "negative")
    assert worse is not None and better is not None
    assert worse <= better


@given(target=targets, r1=quantities, r2=quantities)
def test_capaian_of_a_positive_indicator_does_not_fall_with_realization(target, r1, r2):
    low, high = sorted((r1, r2))
    assert capaian.achievement(target, low) <= capaian.achievement(target, high)


@given(lo=targets, width=quantities, r1=quantities, r2=quantities, negative=st.booleans())
def test_capaian_of_a_range_target_is_monotone_too(lo, width, r1, r2, negative):
    polarity = "negative" if negative else "positive"
    low, high = sorted((r1, r2))
    at_low = capaian.achievement(lo, low, polarity, target_high=lo + width)
    at_high = capaian.achievement(lo, high, polarity, target_high=lo + width)
    assert at_low is not None and at_high is not None
    assert (at_high <= at_low) if negative else (at_low <= at_high)


@given(units=st.lists(scores(0, 100).map(lambda d: d.quantize(Decimal("0.01"))), min_size=1))
def test_region_score_lies_between_its_units_min_and_max(units):
    assert min(units) <= ombudsman.region_score(units) <= max(units)


@given(a=st.integers(0, 2_000_000), b=st.integers(0, 2_000_000))
def test_min_sample_never_exceeds_the_population_and_never_falls_as_it_grows(a, b):
    low, high = sorted((a, b))
    for method in ("table", "formula"):
        assert sampling.min_sample(low, method) <= low
        assert sampling.min_sample(low, method) <= sampling.min_sample(high, method)
