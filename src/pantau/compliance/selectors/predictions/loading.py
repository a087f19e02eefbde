"""What both predictions read, in a fixed number of queries whatever the number of units: the
version that applies to the year, the lokus in force and its units, the version's indicators
and every stored answer of the year on that version."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet

from pantau.compliance.methods import family_years, instrument_method
from pantau.compliance.models import (
    FAMILY_ASSESSOR,
    Answer,
    Instrument,
    InstrumentIndicator,
    Lokus,
)
from pantau.compliance.selectors.instruments import instrument_for_year
from pantau.compliance.selectors.lokus import EXPECTED_REASONS, lokus_active, lokus_units
from pantau.scoring.methods import Method
from pantau.tenancy.models import ServiceUnit


@dataclass(frozen=True)
class StoredAnswer:
    """What a prediction reads of a stored answer (read as plain values: a Pemda's year holds
    thousands, and the live panel reads them on every saved answer)."""

    pk: int
    unit_id: int
    indicator_id: int
    operator_score: int | None
    evaluator_score: int | None

    @property
    def score(self) -> int | None:
        """The evaluator's when given, else the operator's (as ``Answer.score``)."""
        return self.evaluator_score if self.evaluator_score is not None else self.operator_score


@dataclass(frozen=True)
class IndicatorScore:
    """One indicator of one unit with the score that counts: the evaluator's when given, else
    the operator's; an unanswered indicator counts as the version's lowest score.

    It has ``weight`` and ``score``, so pantau.scoring takes it as an indicator answer."""

    indicator: InstrumentIndicator
    answer: StoredAnswer | None
    score: Decimal

    @property
    def weight(self) -> Decimal:
        return self.indicator.weight

    @property
    def answered(self) -> bool:
        return self.answer is not None and self.answer.score is not None


@dataclass(frozen=True)
class Loaded:
    instrument: Instrument | None
    method: Method | None
    lokus: Lokus | None
    units: list[ServiceUnit]  # lokus units in drawn order, else every unit with answers
    indicators: list[InstrumentIndicator]  # in dimension order, then position
    answers: dict[tuple[int, int], StoredAnswer]  # (unit id, indicator id) → answer
    other_version_answers: int  # answers of the year on another version: not counted

    @property
    def without_lokus(self) -> bool:
        return self.lokus is None

    def scores_of(self, unit: ServiceUnit) -> list[IndicatorScore]:
        """Every indicator of the version for ``unit``, answered or counted at the minimum."""
        assert self.instrument is not None
        lowest = Decimal(self.instrument.answer_min)
        rows = []
        for indicator in self.indicators:
            answer = self.answers.get((unit.pk, indicator.pk))
            given = answer.score if answer is not None else None
            rows.append(IndicatorScore(indicator, answer,
                                       lowest if given is None else Decimal(given)))
        return rows


def applying_instrument(*, region: Any, assessor: str, year: int) -> Instrument | None:
    """The version of the assessor's family whose years cover ``year`` (Ombudsman: 2022–2024
    or from 2025), as ``instrument_for_year`` picks it."""
    for family, owner in FAMILY_ASSESSOR.items():
        if owner == assessor and family_years(family).covers(year):
            return instrument_for_year(region=region, family=family, year=year)
    return None


def stored_answers(answers: QuerySet[Answer]) -> list[StoredAnswer]:
    return [StoredAnswer(*row) for row in answers.order_by().values_list(
        "pk", "unit_id", "indicator_id", "operator_score", "evaluator_score")]


def load(*, region: Any, assessor: str, year: int) -> Loaded:
    instrument = applying_instrument(region=region, assessor=assessor, year=year)
    lokus = lokus_active(region=region, year=year, assessor=assessor)
    if instrument is None:
        units = lokus_units(lokus=lokus, reasons=EXPECTED_REASONS) if lokus is not None else []
        return Loaded(None, None, lokus, units, [], {}, 0)
    method = instrument_method(instrument)
    indicators = list(
        InstrumentIndicator.objects.filter(instrument=instrument).select_related("dimension")
        .order_by("dimension__position", "position"))
    year_answers = Answer.objects.filter(region=region, year=year,
                                         instrument__family=instrument.family)
    rows = stored_answers(year_answers.filter(instrument=instrument))
    other = year_answers.exclude(instrument=instrument).count()
    if lokus is not None:
        units = lokus_units(lokus=lokus, reasons=EXPECTED_REASONS)
    else:
        answered = {row.unit_id for row in rows if row.score is not None}
        units = list(ServiceUnit.objects.filter(region=region, pk__in=answered)
                     .select_related("agency").order_by("name"))
    wanted = {unit.pk for unit in units}
    answers = {(row.unit_id, row.indicator_id): row for row in rows if row.unit_id in wanted}
    return Loaded(instrument, method, lokus, units, indicators, answers, other)
