"""Whatever the answers, the predictions equal pantau.scoring called directly on the same
scores (the evaluator's when given, else the operator's, unanswered at 0)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django_scopes import scope
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pantau.compliance.methods import instrument_method
from pantau.compliance.models import Answer, Assessor, Instrument
from pantau.compliance.selectors.predictions import ombudsman_prediction, pekppp_prediction
from pantau.compliance.services.seeding import instruments_seed
from pantau.scoring import ombudsman, pekppp
from tests.compliance.prediction_data import SMALL_WEIGHTS, answer, lokus_of, small_ombudsman
from tests.personas import World

pytestmark = pytest.mark.django_db
YEAR = 2024
CHECKS = settings(max_examples=25, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])


def _pair(top: int) -> Any:
    """(operator, evaluator) scores, either possibly missing."""
    score = st.none() | st.integers(0, top)
    return st.tuples(score, score)


def _counted(pair: tuple[int | None, int | None]) -> int:
    operator, evaluator = pair
    chosen = evaluator if evaluator is not None else operator
    return 0 if chosen is None else chosen


def _store(unit: Any, instrument: Instrument, codes: list[str],
           pairs: list[tuple[int | None, int | None]]) -> None:
    for code, (operator, evaluator) in zip(codes, pairs, strict=True):
        if operator is not None or evaluator is not None:
            answer(unit, instrument, code, YEAR, operator=operator, evaluator=evaluator)


@CHECKS
@given(st.lists(st.lists(_pair(3), min_size=8, max_size=8), min_size=2, max_size=2))
def test_the_ombudsman_prediction_is_scoring_on_the_same_answers(
    world: World, pairs: list[list[tuple[int | None, int | None]]]
) -> None:
    with scope(region=world.region_a.pk):
        instrument = Instrument.objects.filter(region=world.region_a).first()
        if instrument is None:  # the first example of this test's database
            instrument = small_ombudsman(world.region_a)
            lokus_of(world.region_a, YEAR, Assessor.OMBUDSMAN, [world.unit_a, world.unit_b])
        Answer.objects.filter(region=world.region_a).delete()
        codes = list(instrument.indicators.order_by("dimension__position", "position")
                     .values_list("code", flat=True))
        for unit, unit_pairs in zip((world.unit_a, world.unit_b), pairs, strict=True):
            _store(unit, instrument, codes, unit_pairs)

        found = ombudsman_prediction(region=world.region_a, year=YEAR)

        method = instrument_method(instrument)
        expected = []
        for unit_pairs in pairs:
            scores = iter(_counted(p) for p in unit_pairs)
            points = [ombudsman.dimension_score(
                code, [(w, next(scores)) for w in weights], YEAR, method=method)
                for code, weights in SMALL_WEIGHTS.items()]
            expected.append(ombudsman.unit_score(*points, year=YEAR, method=method))
            assert [d.points for d in found.units[len(expected) - 1].dimensions] == points
        assert [u.score for u in found.units] == expected
        assert found.score == ombudsman.region_score(expected)
        assert found.result == ombudsman.classify(found.score, YEAR, method=method)


@CHECKS
@given(st.lists(_pair(5), min_size=30, max_size=30),
       st.none() | st.decimals(min_value=0, max_value=5, places=2))
def test_the_pekppp_prediction_is_scoring_on_the_same_answers(
    world: World, pairs: list[tuple[int | None, int | None]], users: Decimal | None
) -> None:
    with scope(region=world.region_a.pk):
        instrument = Instrument.objects.filter(region=world.region_a, family="pekppp").first()
        if instrument is None:  # the first example of this test's database
            instruments_seed(region=world.region_a)
            instrument = Instrument.objects.get(region=world.region_a, family="pekppp")
            lokus_of(world.region_a, YEAR, Assessor.KEMENPANRB, [world.unit_a])
        Answer.objects.filter(region=world.region_a).delete()
        codes = list(instrument.indicators.values_list("code", flat=True))
        _store(world.unit_a, instrument, codes, pairs)
        given_users = {world.unit_a.pk: users} if users is not None else None

        found = pekppp_prediction(region=world.region_a, year=YEAR, users_indices=given_users)

        method = instrument_method(instrument)
        evaluator = pekppp.index({c: _counted(p) for c, p in zip(codes, pairs, strict=True)},
                                 YEAR, method=method)
        unit = evaluator if users is None else pekppp.unit_index(
            evaluator, users, evaluator_share=Decimal("0.75"), user_share=Decimal("0.25"))
        assert found.units[0].evaluator_index == evaluator
        assert found.index == pekppp.region_index([unit]) == unit
        assert found.result == pekppp.classify(unit, YEAR, method=method)
