"""Predicted against official: per year and assessor, the Pemda's published result beside the
prediction from that year's self-assessment, and the difference, to calibrate the answers.

The prediction is the same one the self-assessment page shows (``predictions``); a year gets one
only when some answer of it was given on that assessor's instrument.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pantau.compliance.models import (
    FAMILY_ASSESSOR,
    Answer,
    Assessor,
    Family,
    Lokus,
    OfficialResult,
)
from pantau.compliance.selectors.predictions import ombudsman_prediction, pekppp_prediction


@dataclass(frozen=True)
class Predicted:
    score: Decimal  # Ombudsman 0–100, PEKPPP index 0–5, 2 decimals
    category: str  # Ombudsman A–E, PEKPPP grade; "" where the year has none
    label: str  # opini / predikat
    zone: str  # Ombudsman only
    answered: int
    total: int


@dataclass(frozen=True)
class CalibrationRow:
    year: int
    assessor: str
    official: OfficialResult | None
    predicted: Predicted | None

    @property
    def assessor_label(self) -> str:
        return str(Assessor(self.assessor).label)

    @property
    def difference(self) -> Decimal | None:
        """Predicted minus official: above zero, the self-assessment was kinder than the
        assessors."""
        if self.official is None or self.predicted is None:
            return None
        return self.predicted.score - self.official.score

    @property
    def same_category(self) -> bool | None:
        if self.official is None or self.predicted is None:
            return None
        return (self.official.grade or self.official.label) == (
            self.predicted.category or self.predicted.label)


def answered_years(*, region: Any) -> dict[str, set[int]]:
    """Per assessor, the years with at least one self-assessment answer on its instruments."""
    years: dict[str, set[int]] = {assessor.value: set() for assessor in Assessor}
    rows = (Answer.objects.filter(region=region).values_list("year", "instrument__family")
            .distinct())
    for year, family in rows:
        years[FAMILY_ASSESSOR[Family(family)]].add(year)
    return years


def assessment_years(*, region: Any, this_year: int) -> list[int]:
    """``this_year`` and every year with a lokus or a self-assessment, newest first."""
    years = {this_year, *Lokus.objects.filter(region=region).values_list("year", flat=True)}
    for found in answered_years(region=region).values():
        years |= found
    return sorted(years, reverse=True)


def prediction_of(*, region: Any, assessor: str, year: int) -> Predicted | None:
    """The Pemda-level prediction of ``year`` for ``assessor``; None without units."""
    if assessor == Assessor.OMBUDSMAN:
        ombudsman = ombudsman_prediction(region=region, year=year)
        if ombudsman.score is None or ombudsman.result is None:
            return None
        return Predicted(ombudsman.score, ombudsman.result.category or "",
                         ombudsman.result.label, ombudsman.result.zone, ombudsman.answered,
                         ombudsman.total)
    pekppp = pekppp_prediction(region=region, year=year)
    if pekppp.index is None or pekppp.result is None:
        return None
    return Predicted(pekppp.index, pekppp.result.grade, pekppp.result.label, "",
                     pekppp.answered, pekppp.total)


def predicted_vs_official(*, region: Any, assessor: str = "") -> list[CalibrationRow]:
    """Every year with an official Pemda result or a self-assessment, newest first, Ombudsman
    before KemenPAN-RB; ``assessor`` keeps one of them."""
    official = {(r.assessor, r.year): r for r in OfficialResult.objects.filter(
        region=region, unit__isnull=True)}
    answered = answered_years(region=region)
    rows = []
    for each in Assessor:
        if assessor and each.value != assessor:
            continue
        years = {year for (owner, year) in official if owner == each.value} | answered[each.value]
        for year in sorted(years, reverse=True):
            predicted = (prediction_of(region=region, assessor=each.value, year=year)
                         if year in answered[each.value] else None)
            rows.append(CalibrationRow(year, each.value, official.get((each.value, year)),
                                       predicted))
    return rows


def latest_comparisons(*, region: Any) -> list[CalibrationRow]:
    """Per assessor the newest year that has both an official result and a prediction (the
    compliance start page's short block)."""
    rows = predicted_vs_official(region=region)
    latest = []
    for assessor in Assessor:
        both = [r for r in rows if r.assessor == assessor and r.difference is not None]
        if both:
            latest.append(both[0])
    return latest
