"""The predicted PEKPPP index of each KemenPAN-RB lokus unit and of the Pemda, from the stored
answers, computed by pantau.scoring with the version's own aspects, weights and shares.

The users' part (F-03) is blended in only when a users' index exists. Pantau does not store F-03
answers yet, so the unit index is the evaluator's index (F-02) alone and ``users_missing`` says
so; ``users_indices`` is where a users' index per unit comes in once it is collected."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from pantau.compliance.models import Assessor, Instrument, Lokus
from pantau.compliance.selectors.predictions.loading import IndicatorScore, load
from pantau.scoring import pekppp
from pantau.scoring.definitions.pekppp import Aspect, PekpppMethod
from pantau.scoring.pekppp import PekpppResult
from pantau.tenancy.models import ServiceUnit

WHOLE = Decimal(1)


@dataclass(frozen=True)
class AspectPrediction:
    code: str
    name: str
    weight: Decimal  # share of the index (0..1)
    score: Decimal  # the aspect alone on the 0–5 scale (pekppp.index of this aspect), 2 dp
    indicators: tuple[IndicatorScore, ...]

    @property
    def answered(self) -> int:
        return sum(1 for row in self.indicators if row.answered)

    @property
    def total(self) -> int:
        return len(self.indicators)


@dataclass(frozen=True)
class PekpppUnitPrediction:
    unit: ServiceUnit
    aspects: tuple[AspectPrediction, ...]
    evaluator_index: Decimal  # F-02: pekppp.index of the answers, 2 dp
    users_index: Decimal | None  # F-03, None while not collected
    index: Decimal  # the unit index: the blend, or F-02 alone without users
    result: PekpppResult  # grade A..F and predikat of ``index``

    @property
    def answered(self) -> int:
        return sum(a.answered for a in self.aspects)

    @property
    def total(self) -> int:
        return sum(a.total for a in self.aspects)

    @property
    def unanswered(self) -> int:
        return self.total - self.answered

    def answers(self) -> dict[str, Decimal]:
        """Indicator code → counted score: the ``answers`` of ``pekppp.index``/``gaps``."""
        return {row.indicator.code: row.score for a in self.aspects for row in a.indicators}


@dataclass(frozen=True)
class PekpppRegionPrediction:
    year: int
    instrument: Instrument | None
    method: PekpppMethod | None  # pass it to pekppp.gaps
    lokus: Lokus | None
    units: tuple[PekpppUnitPrediction, ...]
    index: Decimal | None  # pekppp.region_index of the unit indices; None without units
    result: PekpppResult | None
    evaluator_share: Decimal | None  # the version's F-02 share (0,75)
    user_share: Decimal | None  # the version's F-03 share (0,25)
    without_lokus: bool
    users_missing: bool  # some unit has no users' index: its index is F-02 alone
    other_version_answers: int
    assessor: str = Assessor.KEMENPANRB

    @property
    def answered(self) -> int:
        return sum(u.answered for u in self.units)

    @property
    def total(self) -> int:
        return sum(u.total for u in self.units)

    @property
    def unanswered(self) -> int:
        return self.total - self.answered

    def unit_index_with(self, unit: PekpppUnitPrediction, evaluator_index: Decimal) -> Decimal:
        """The unit index had its F-02 index been ``evaluator_index`` (for the gap list)."""
        return _blend(evaluator_index, unit.users_index, self.evaluator_share, self.user_share)


def pekppp_prediction(*, region: Any, year: int,
                      users_indices: Mapping[int, Decimal] | None = None) -> PekpppRegionPrediction:
    """Each unit's F-02 index, unit index and grade, and the Pemda index (mean of units), from
    the answers of ``year`` on the version that applies; unanswered indicators count as 0.
    ``users_indices``: unit id → F-03 index (0–5), where one is known."""
    loaded = load(region=region, assessor=Assessor.KEMENPANRB, year=year)
    instrument = loaded.instrument
    if instrument is None or loaded.method is None:
        return PekpppRegionPrediction(year, None, None, loaded.lokus, (), None, None, None, None,
                                      loaded.without_lokus, False, 0)
    method = loaded.method
    assert isinstance(method, PekpppMethod)
    given = dict(users_indices or {})
    shares = (instrument.evaluator_share, instrument.user_share)
    units = tuple(_unit(unit, loaded.scores_of(unit), method, year, given.get(unit.pk), *shares)
                  for unit in loaded.units)
    index = pekppp.region_index(u.index for u in units) if units else None
    result = pekppp.classify(index, year, method=method) if index is not None else None
    missing = any(u.users_index is None for u in units)
    return PekpppRegionPrediction(year, instrument, method, loaded.lokus, units, index, result,
                                  shares[0], shares[1], loaded.without_lokus, missing,
                                  loaded.other_version_answers)


def _unit(unit: ServiceUnit, rows: list[IndicatorScore], method: PekpppMethod, year: int,
          users: Decimal | None, evaluator_share: Decimal | None,
          user_share: Decimal | None) -> PekpppUnitPrediction:
    by_code = {row.indicator.code: row for row in rows}
    aspects = tuple(_aspect(aspect, [by_code[i.code] for i in aspect.indicators], method, year)
                    for aspect in method.aspects)
    answers = {row.indicator.code: row.score for row in rows}
    evaluator = pekppp.index(answers, year, method=method)
    index = _blend(evaluator, users, evaluator_share, user_share)
    return PekpppUnitPrediction(unit, aspects, evaluator, users, index,
                                pekppp.classify(index, year, method=method))


def _aspect(aspect: Aspect, rows: list[IndicatorScore], method: PekpppMethod,
            year: int) -> AspectPrediction:
    alone = replace(aspect, weight=WHOLE)
    answers = {row.indicator.code: row.score for row in rows}
    score = pekppp.index(answers, year, aspects=(alone,), method=method)
    return AspectPrediction(aspect.code, aspect.name, aspect.weight, score, tuple(rows))


def _blend(evaluator: Decimal, users: Decimal | None, evaluator_share: Decimal | None,
           user_share: Decimal | None) -> Decimal:
    if users is None or evaluator_share is None or user_share is None:
        return evaluator
    return pekppp.unit_index(evaluator, users, evaluator_share=evaluator_share,
                             user_share=user_share)
