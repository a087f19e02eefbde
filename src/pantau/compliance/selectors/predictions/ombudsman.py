"""The predicted Ombudsman score of each lokus unit and of the Pemda, from the stored answers,
computed by pantau.scoring with the version's own method (``instrument_method``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from pantau.compliance.models import Assessor, Instrument, Lokus
from pantau.compliance.selectors.predictions.loading import IndicatorScore, load
from pantau.scoring import ombudsman
from pantau.scoring.definitions.ombudsman import OmbudsmanMethod
from pantau.scoring.ombudsman import OmbudsmanResult
from pantau.tenancy.models import ServiceUnit


@dataclass(frozen=True)
class DimensionPrediction:
    code: str  # "input", "proses", "output", "pengaduan"
    name: str
    weight: Decimal  # the dimension's points of 100
    points: Decimal  # dimension_score, 2 decimals
    indicators: tuple[IndicatorScore, ...]  # in position order

    @property
    def answered(self) -> int:
        return sum(1 for row in self.indicators if row.answered)

    @property
    def total(self) -> int:
        return len(self.indicators)


@dataclass(frozen=True)
class UnitPrediction:
    unit: ServiceUnit
    dimensions: tuple[DimensionPrediction, ...]  # in the version's order
    score: Decimal  # unit_score, 2 decimals
    result: OmbudsmanResult  # zone, category (A–E; None for 2025 opini), label (opini)

    @property
    def answered(self) -> int:
        return sum(d.answered for d in self.dimensions)

    @property
    def total(self) -> int:
        return sum(d.total for d in self.dimensions)

    @property
    def unanswered(self) -> int:
        return self.total - self.answered


@dataclass(frozen=True)
class RegionPrediction:
    year: int
    instrument: Instrument | None  # None: no version covers the year
    method: OmbudsmanMethod | None  # what was computed with; pass it to ombudsman.gaps
    lokus: Lokus | None
    units: tuple[UnitPrediction, ...]
    score: Decimal | None  # region_score of the units; None without units
    result: OmbudsmanResult | None
    # No active lokus yet: the units are every unit with answers, not the assessors' lokus.
    without_lokus: bool
    # The version weighs public trust (2025) and Pantau holds no public-trust figure: the
    # prediction is the four dimensions alone (as if public trust equalled them).
    public_trust_assumed: bool
    other_version_answers: int  # answers of the year on another version, not counted
    assessor: str = Assessor.OMBUDSMAN

    @property
    def answered(self) -> int:
        return sum(u.answered for u in self.units)

    @property
    def total(self) -> int:
        return sum(u.total for u in self.units)

    @property
    def unanswered(self) -> int:
        """Indicators without a score, counted at the minimum (0)."""
        return self.total - self.answered

    def gap_input(self) -> dict[str, dict[str, list[tuple[Decimal, Decimal]]]]:
        """The ``units`` argument of ``ombudsman.gaps``/``fixes_to_reach``: unit name →
        dimension code → the (weight, score) of the same indicator scores this prediction was
        computed from, in their order (a gap's ``indicator`` n is ``indicators[n - 1]``)."""
        return {u.unit.name: {d.code: [(row.weight, row.score) for row in d.indicators]
                              for d in u.dimensions}
                for u in self.units}

    def unit_named(self, name: str) -> UnitPrediction:
        return next(u for u in self.units if u.unit.name == name)


def ombudsman_prediction(*, region: Any, year: int) -> RegionPrediction:
    """Each unit's dimension points, score and category, and the Pemda's (mean of its units),
    from the answers of ``year`` on the version that applies to it. Unanswered indicators
    count as the lowest score. Ten queries or so, whatever the number of units."""
    loaded = load(region=region, assessor=Assessor.OMBUDSMAN, year=year)
    if loaded.instrument is None or loaded.method is None:
        return RegionPrediction(year, None, None, loaded.lokus, (), None, None,
                                loaded.without_lokus, False, 0)
    method = loaded.method
    assert isinstance(method, OmbudsmanMethod)
    assumed = method.public_trust_share is not None
    if assumed:
        method = replace(method, dimension_share=None, public_trust_share=None)
    units = tuple(_unit(unit, loaded.scores_of(unit), method, year) for unit in loaded.units)
    score = ombudsman.region_score(u.score for u in units) if units else None
    result = ombudsman.classify(score, year, method=method) if score is not None else None
    return RegionPrediction(year, loaded.instrument, method, loaded.lokus, units, score, result,
                            loaded.without_lokus, assumed, loaded.other_version_answers)


def _unit(unit: ServiceUnit, rows: list[IndicatorScore], method: OmbudsmanMethod,
          year: int) -> UnitPrediction:
    dimensions = []
    for dimension in method.dimensions:
        own = tuple(r for r in rows if r.indicator.dimension.code == dimension.code)
        points = ombudsman.dimension_score(dimension.code, [(r.weight, r.score) for r in own],
                                           year, method=method)
        dimensions.append(DimensionPrediction(dimension.code, dimension.name, dimension.weight,
                                              points, own))
    by_code = {d.code: d.points for d in dimensions}
    score = ombudsman.unit_score(by_code["input"], by_code["proses"], by_code["output"],
                                 by_code["pengaduan"], year=year, method=method)
    return UnitPrediction(unit, tuple(dimensions), score,
                          ombudsman.classify(score, year, method=method))
