"""Predicted Ombudsman score and PEKPPP index from stored answers, added up by hand as
shared/domain/methods.md §3 and §4 say, to the cent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope

from pantau.compliance.models import Assessor, Instrument, LokusReason, LokusUnit
from pantau.compliance.selectors.predictions import ombudsman_prediction, pekppp_prediction
from tests.compliance.prediction_data import answer, lokus_of, small_ombudsman
from tests.factories import ServiceUnitFactory
from tests.personas import World

pytestmark = pytest.mark.django_db
YEAR = 2023


@pytest.fixture
def in_a(world: World) -> Any:
    with scope(region=world.region_a.pk):
        yield world


def _answer_all(unit: Any, instrument: Instrument, year: int, score: int) -> None:
    for indicator in instrument.indicators.all():
        answer(unit, instrument, indicator.code, year, operator=score)


def test_a_lokus_unit_scores_as_the_hand_calculation(in_a: World) -> None:
    instrument = small_ombudsman(in_a.region_a)
    lokus_of(in_a.region_a, YEAR, Assessor.OMBUDSMAN, [in_a.unit_a, in_a.unit_b])
    a = in_a.unit_a
    answer(a, instrument, "i1", YEAR, operator=3)
    answer(a, instrument, "i2", YEAR, operator=2)
    answer(a, instrument, "i3", YEAR, operator=3, evaluator=1)  # the evaluator's counts
    answer(a, instrument, "p1", YEAR, operator=3)  # p2 not answered: counts 0
    answer(a, instrument, "o1", YEAR, operator=2)
    answer(a, instrument, "g1", YEAR, operator=1, evaluator=3)
    answer(a, instrument, "g2", YEAR, operator=1)
    _answer_all(in_a.unit_b, instrument, YEAR, 3)

    found = ombudsman_prediction(region=in_a.region_a, year=YEAR)

    unit = found.units[0]
    assert unit.unit == in_a.unit_a
    # Input 21,85 × (1·3 + 1·2 + 2·1) / (4·3) = 21,85 × 7/12 = 12,7458… → 12,75
    # Proses 32,37 × 3/6 = 16,185 → 16,19; Output 24,24 × 2/3 = 16,16;
    # Pengaduan 21,54 × (1·3 + 3·1) / (4·3) = 10,77. Unit 55,87: C, Kualitas Sedang, Kuning.
    assert [(d.code, d.points) for d in unit.dimensions] == [
        ("input", Decimal("12.75")), ("proses", Decimal("16.19")),
        ("output", Decimal("16.16")), ("pengaduan", Decimal("10.77"))]
    assert unit.score == Decimal("55.87")
    assert (unit.result.category, unit.result.label, unit.result.zone) == (
        "C", "Kualitas Sedang", "Kuning")
    assert (unit.answered, unit.total, unit.unanswered) == (7, 8, 1)
    assert [(d.answered, d.total) for d in unit.dimensions] == [(3, 3), (1, 2), (1, 1), (2, 2)]
    assert found.units[1].score == Decimal("100.00")
    # Pemda: (55,87 + 100,00) / 2 = 77,935 → 77,94, one cent below B.
    assert found.score == Decimal("77.94")
    assert found.result is not None and found.result.category == "C"
    assert found.unanswered == 1 and not found.without_lokus
    assert not found.public_trust_assumed


def test_a_lokus_unit_without_answers_counts_zero_and_says_so(in_a: World) -> None:
    instrument = small_ombudsman(in_a.region_a)
    lokus_of(in_a.region_a, YEAR, Assessor.OMBUDSMAN, [in_a.unit_a, in_a.unit_b])
    _answer_all(in_a.unit_a, instrument, YEAR, 3)

    found = ombudsman_prediction(region=in_a.region_a, year=YEAR)

    assert [u.score for u in found.units] == [Decimal("100.00"), Decimal("0.00")]
    assert found.units[1].result.category == "E"
    assert found.score == Decimal("50.00") and found.unanswered == 8


def test_without_a_lokus_every_unit_with_answers_counts(in_a: World) -> None:
    instrument = small_ombudsman(in_a.region_a)
    _answer_all(in_a.unit_b, instrument, YEAR, 2)
    answer(in_a.unit_a, instrument, "i1", YEAR)  # an answer row with no score yet

    found = ombudsman_prediction(region=in_a.region_a, year=YEAR)

    assert found.without_lokus
    assert [u.unit for u in found.units] == [in_a.unit_b]
    assert found.score == Decimal("66.67")  # every indicator at 2: 100 × 2/3


def test_answers_of_another_year_or_pemda_do_not_count(in_a: World) -> None:
    instrument = small_ombudsman(in_a.region_a)
    lokus_of(in_a.region_a, YEAR, Assessor.OMBUDSMAN, [in_a.unit_a])
    _answer_all(in_a.unit_a, instrument, YEAR - 1, 3)

    found = ombudsman_prediction(region=in_a.region_a, year=YEAR)

    assert found.score == Decimal("0.00")
    with scope(region=in_a.region_b.pk):
        other = ombudsman_prediction(region=in_a.region_b, year=YEAR)
    assert other.instrument is None and other.units == () and other.score is None


def test_the_2025_version_without_public_trust_predicts_from_the_dimensions(
    in_a: World, seeded: dict[str, Instrument]
) -> None:
    instrument = seeded["ombudsman_2025"]
    lokus_of(in_a.region_a, 2026, Assessor.OMBUDSMAN, [in_a.unit_a])
    _answer_all(in_a.unit_a, instrument, 2026, 3)

    found = ombudsman_prediction(region=in_a.region_a, year=2026)

    assert found.instrument == instrument and found.public_trust_assumed
    assert found.score == Decimal("100.00")
    assert found.result is not None and found.result.label == "Kualitas Tertinggi"


def test_the_query_count_does_not_grow_with_the_units(in_a: World) -> None:
    instrument = small_ombudsman(in_a.region_a)
    few = [ServiceUnitFactory(agency=in_a.opd_a) for _ in range(2)]
    many = [ServiceUnitFactory(agency=in_a.opd_b) for _ in range(12)]
    for unit in few + many:
        _answer_all(unit, instrument, YEAR, 2)
    lokus_of(in_a.region_a, YEAR, Assessor.OMBUDSMAN, few)
    lokus_of(in_a.region_a, YEAR + 1, Assessor.OMBUDSMAN, many)
    for unit in many:
        _answer_all(unit, instrument, YEAR + 1, 2)

    counts = []
    for year in (YEAR, YEAR + 1):
        with CaptureQueriesContext(connection) as queries:
            found = ombudsman_prediction(region=in_a.region_a, year=year)
            found.gap_input()
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert len(found.units) == 12


def test_a_pekppp_unit_index_and_the_pemda_mean_as_by_hand(
    in_a: World, seeded: dict[str, Instrument]
) -> None:
    instrument = seeded["pekppp"]
    lokus_of(in_a.region_a, YEAR, Assessor.KEMENPANRB, [in_a.unit_a, in_a.unit_b])
    for indicator in instrument.indicators.all():
        if indicator.code != "6.a.B":  # SKM left unanswered: counts 0
            answer(in_a.unit_a, instrument, indicator.code, YEAR, operator=5)
        answer(in_a.unit_b, instrument, indicator.code, YEAR, operator=4, evaluator=3)

    found = pekppp_prediction(region=in_a.region_a, year=YEAR)

    a, b = found.units
    # SKM is 17 % of Kebijakan (24 %): 5 − 5 × 0,17 × 0,24 = 4,796 → 4,80, A Pelayanan Prima.
    assert a.evaluator_index == a.index == Decimal("4.80")
    assert (a.result.grade, a.result.label) == ("A", "Pelayanan Prima")
    assert (a.answered, a.total) == (29, 30)
    kebijakan = a.aspects[0]
    # Kebijakan alone: 5 × (1 − 0,17) = 4,15
    assert (kebijakan.code, kebijakan.score) == ("kebijakan", Decimal("4.15"))
    assert b.index == Decimal("3.00") and b.result.grade == "C"  # B- starts at 3,01
    # Pemda: (4,80 + 3,00) / 2 = 3,90, B Baik. No F-03 collected: F-02 alone.
    assert found.index == Decimal("3.90") and found.result is not None
    assert found.result.grade == "B" and found.users_missing


def test_a_users_index_is_blended_as_the_version_says(
    in_a: World, seeded: dict[str, Instrument]
) -> None:
    instrument = seeded["pekppp"]
    lokus_of(in_a.region_a, YEAR, Assessor.KEMENPANRB, [in_a.unit_a])
    for indicator in instrument.indicators.all():
        answer(in_a.unit_a, instrument, indicator.code, YEAR, operator=3)

    found = pekppp_prediction(region=in_a.region_a, year=YEAR,
                              users_indices={in_a.unit_a.pk: Decimal("4.50")})

    # 0,75 × 3,00 + 0,25 × 4,50 = 2,25 + 1,125 = 3,375 → 3,38, B-.
    assert found.units[0].index == Decimal("3.38") and not found.users_missing
    assert found.index == Decimal("3.38") and found.result is not None
    assert found.result.grade == "B-"


def test_units_self_assessed_beyond_the_expected_lokus_do_not_count_for_the_pemda(
    in_a: World,
) -> None:
    # "Nilai mandiri semua unit jenis ini": every unit of the kind is self-assessed, but the
    # Pemda's predicted score is the mean of the units the assessors will visit (mandatory and
    # drawn), as their own score is.
    instrument = small_ombudsman(in_a.region_a)
    lokus = lokus_of(in_a.region_a, YEAR, Assessor.OMBUDSMAN, [in_a.unit_a])
    LokusUnit.objects.create(region=in_a.region_a, lokus=lokus, unit=in_a.unit_b,
                             reason=LokusReason.ALL_OF_KIND, position=2)
    _answer_all(in_a.unit_a, instrument, YEAR, 3)
    _answer_all(in_a.unit_b, instrument, YEAR, 0)

    found = ombudsman_prediction(region=in_a.region_a, year=YEAR)

    assert [u.unit for u in found.units] == [in_a.unit_a]
    assert found.score == Decimal("100.00")
