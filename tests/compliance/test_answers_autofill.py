"""answers_autofill writes the facts as operator scores: on the year's version, never over an
evaluator's score or an operator's own answer, idempotent, one audit event per change; the
region fill takes each lokus unit on its assessor's instrument; queries do not grow with units."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.compliance.models import Answer, Instrument, InstrumentIndicator, Lokus, LokusUnit
from pantau.compliance.selectors.auto_facts import auto_facts
from pantau.compliance.services.autofill import answers_autofill, answers_autofill_region
from pantau.tenancy.models import ServiceUnit, UnitKind
from tests.compliance.autofill_data import THIS_YEAR, skm_with_tally
from tests.factories import ServiceStandardFactory, ServiceUnitFactory, UnitMaklumatFactory
from tests.personas import World

pytestmark = pytest.mark.django_db


def _answers(unit: ServiceUnit) -> dict[str, Answer]:
    with scopes_disabled():
        return {a.indicator.code: a for a in Answer.objects.filter(unit=unit, year=THIS_YEAR)
                .select_related("indicator", "instrument")}


def _fill(world: World, actor: Any, unit: ServiceUnit | None = None, **extra: Any) -> Any:
    with scope(region=world.region_a.pk):
        return answers_autofill(actor=actor, region=world.region_a, year=THIS_YEAR,
                                unit=unit or world.unit_a, **extra)


def _events() -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(action="compliance.answers.autofilled").count()


def test_fills_every_auto_indicator_of_the_years_versions(
        world: World, seeded: dict[str, Instrument], operator_a: Any) -> None:
    skm_with_tally(world.unit_a, respondents=412, population=100_000)
    ServiceStandardFactory(product=world.product_a, enacted_on=datetime.date(THIS_YEAR, 1, 5),
                           decree="Nomor 5 Tahun 2026")
    result = _fill(world, operator_a)

    answers = _answers(world.unit_a)
    with scopes_disabled():
        auto = InstrumentIndicator.objects.filter(
            instrument__in=[seeded["pekppp"], seeded["ombudsman_2025"]]).exclude(
            auto_source__in=["", "perception"])  # no perception answers: the Output stays empty
        expected = {i.code: i.auto_source for i in auto}
    assert {code: a.filled_from for code, a in answers.items()} == expected
    assert result.created == len(expected) and result.updated == 0
    assert answers["6.a.B"].operator_score == 5  # SKM held
    assert answers["8.a.Ak"].operator_score == 0  # no follow-up plan
    assert answers["1.a.Ak"].operator_score == 5  # 14 components
    assert answers["input-12"].operator_score == 3  # enacted, Ombudsman scale
    assert answers["input-12"].instrument_id == seeded["ombudsman_2025"].pk
    assert answers["6.a.B"].answered_by == operator_a
    assert answers["6.a.B"].evaluator_score is None
    assert _events() == 1
    with scopes_disabled():
        event = AuditEvent.objects.get(action="compliance.answers.autofilled")
    assert event.changes["6.a.B"] == [None, 5]
    assert event.region_id == world.region_a.pk


def test_second_fill_changes_nothing_then_follows_the_register(
        world: World, seeded: dict[str, Instrument], operator_a: Any) -> None:
    _fill(world, operator_a)
    again = _fill(world, operator_a)
    assert again.changed == 0 and again.unchanged > 0
    assert _events() == 1
    assert "tidak ada yang berubah" in again.message

    UnitMaklumatFactory(unit=world.unit_a)
    moved = _fill(world, operator_a)
    assert moved.updated == 3 and moved.created == 0  # 5.a.K, proses-06a and proses-06b
    assert _answers(world.unit_a)["5.a.K"].operator_score == 1
    assert _events() == 2


def test_evaluator_score_and_operators_own_answer_are_kept(
        world: World, seeded: dict[str, Instrument], operator_a: Any) -> None:
    _fill(world, operator_a)
    with scopes_disabled():
        Answer.objects.filter(unit=world.unit_a, indicator__code="5.a.K").update(
            evaluator_score=4, evaluator_note="Maklumat terpajang saat kunjungan.")
        Answer.objects.filter(unit=world.unit_a, indicator__code="1.a.Ak").update(
            operator_score=2, filled_from="")
    UnitMaklumatFactory(unit=world.unit_a)
    ServiceStandardFactory(product=world.product_a)
    result = _fill(world, operator_a)
    answers = _answers(world.unit_a)
    assert (answers["5.a.K"].operator_score, answers["5.a.K"].evaluator_score) == (0, 4)
    assert (answers["1.a.Ak"].operator_score, answers["1.a.Ak"].filled_from) == (2, "")
    assert result.kept == 2
    assert answers["proses-06a"].operator_score == 1  # not reviewed: follows the register


def test_one_family_only_and_another_pemdas_unit_refused(
        world: World, seeded: dict[str, Instrument], operator_a: Any) -> None:
    _fill(world, operator_a, family="pekppp")
    assert {a.instrument.family for a in _answers(world.unit_a).values()} == {"pekppp"}
    with pytest.raises(ValidationError):
        _fill(world, operator_a, unit=world.unit_other)
    with scopes_disabled():
        assert not Answer.objects.filter(unit=world.unit_other).exists()


def _lokus(world: World, assessor: str, units: list[ServiceUnit]) -> Lokus:
    with scopes_disabled():
        lokus = Lokus.objects.create(region=world.region_a, year=THIS_YEAR, assessor=assessor)
        for position, unit in enumerate(units, start=1):
            LokusUnit.objects.create(region=world.region_a, lokus=lokus, unit=unit,
                                     reason="mandatory", position=position)
    return lokus


def _puskesmas(world: World, count: int) -> list[ServiceUnit]:
    units = []
    for number in range(count):
        unit = ServiceUnitFactory(agency=world.opd_a, name=f"Puskesmas {number + 1}",
                                  kind=UnitKind.PUSKESMAS)
        skm_with_tally(unit, respondents=100 + number, population=150)
        UnitMaklumatFactory(unit=unit)
        units.append(unit)
    return units


def test_region_fill_takes_each_lokus_unit_on_its_assessors_instrument(
        world: World, seeded: dict[str, Instrument], evaluator: Any) -> None:
    _lokus(world, "ombudsman", [world.unit_a])
    _lokus(world, "kemenpanrb", [world.unit_b])
    with scope(region=world.region_a.pk):
        result = answers_autofill_region(actor=evaluator, region=world.region_a, year=THIS_YEAR)
    assert {a.instrument.family for a in _answers(world.unit_a).values()} == {"ombudsman_2025"}
    assert {a.instrument.family for a in _answers(world.unit_b).values()} == {"pekppp"}
    assert result.created == len(_answers(world.unit_a)) + len(_answers(world.unit_b))
    with scopes_disabled():
        event = AuditEvent.objects.get(action="compliance.answers.autofilled")
    assert f"{world.unit_b.name} · 6.a.B" in event.changes


def _queries(world: World, units: list[ServiceUnit], seeded: dict[str, Instrument]) -> int:
    with scopes_disabled():
        indicators = list(InstrumentIndicator.objects.filter(
            instrument__in=[seeded["pekppp"], seeded["ombudsman_2025"]]).exclude(
            auto_source__in=["", "perception"]))  # no perception answers: nothing to fill
    with scope(region=world.region_a.pk), CaptureQueriesContext(connection) as captured:
        facts = auto_facts(region=world.region_a, year=THIS_YEAR, units=units,
                           indicators=indicators)
    assert len(facts) == len(units) * len(indicators)
    return len(captured)


def test_query_count_does_not_grow_with_units(world: World,
                                              seeded: dict[str, Instrument]) -> None:
    units = _puskesmas(world, 5)
    assert _queries(world, units[:1], seeded) == _queries(world, units, seeded)


def test_region_fill_query_count_does_not_grow_with_units(
        world: World, seeded: dict[str, Instrument], evaluator: Any) -> None:
    units = _puskesmas(world, 6)

    def fill(lokus_units: list[ServiceUnit]) -> int:
        """Queries other than the INSERTs of new answers (SQLite splits a bulk insert in
        batches of its parameter limit; PostgreSQL sends one)."""
        with scopes_disabled():
            Lokus.objects.filter(region=world.region_a).update(status="replaced")
        _lokus(world, "ombudsman", lokus_units)
        _lokus(world, "kemenpanrb", lokus_units)
        with scope(region=world.region_a.pk), CaptureQueriesContext(connection) as captured:
            result = answers_autofill_region(actor=evaluator, region=world.region_a,
                                             year=THIS_YEAR)
        assert result.created > 0 and result.unchanged == 0
        inserts = [q for q in captured.captured_queries
                   if 'INTO "compliance_answer"' in q["sql"]]
        assert len(inserts) <= 1 + result.created // 50
        return len(captured) - len(inserts)

    assert fill(units[:1]) == fill(units[1:])  # 1 unit, then 5 units not filled yet


def test_the_skm_and_the_products_are_read_once_for_all_sources(
        world: World, seeded: dict[str, Instrument]) -> None:
    with scopes_disabled():
        indicators = list(InstrumentIndicator.objects.filter(
            instrument__in=[seeded["pekppp"], seeded["ombudsman_2025"]]).exclude(auto_source=""))
    assert len({i.auto_source for i in indicators}) >= 7
    with scope(region=world.region_a.pk), CaptureQueriesContext(connection) as captured:
        auto_facts(region=world.region_a, year=THIS_YEAR, units=[world.unit_a],
                   indicators=indicators)
    sql = [q["sql"] for q in captured.captured_queries]
    assert sum(1 for q in sql if q.startswith('SELECT "surveys_survey"."id"')) == 1
    assert sum(1 for q in sql if 'FROM "tenancy_serviceproduct"' in q) == 1
    assert len(sql) <= 10
