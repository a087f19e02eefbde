"""The one way an SKM result is made: summed figures (how many respondents, the nine element
sums) turned into NRR, IKM, grade and the weakest and strongest elements.

Every result (a survey, a window per unit, OPD and Pemda, a semester, the public page, a
respondent-profile group) is a ``Totals`` read from an aggregate row and added up in Python,
then ``Totals.result()``; the arithmetic itself is ``pantau.scoring.skm.from_totals``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Sum

from pantau.scoring import sampling, skm
from pantau.surveys.models import SUM_FIELDS, Survey
from pantau.surveys.questions import ELEMENT_FIELDS, Element, elements

# Aggregates giving the rows ``Totals.of`` reads: over the rollup tables, and over raw responses
# (a profile, of ONE survey), named alike.
TALLY_TOTALS = {"respondents": Sum("responses"), **{name: Sum(name) for name in SUM_FIELDS}}
RAW_TOTALS = {
    "respondents": Count("id"),
    **{total: Sum(name) for total, name in zip(SUM_FIELDS, ELEMENT_FIELDS, strict=True)},
}


@dataclass(frozen=True)
class ElementResult:
    element: Element
    total: int
    nrr: Decimal  # 4 decimals


@dataclass(frozen=True)
class SurveyResult:
    respondents: int
    min_sample: int | None
    totals: tuple[int, ...]
    score: skm.SkmResult | None
    elements: tuple[ElementResult, ...]
    weakest: tuple[ElementResult, ...]

    @property
    def strongest(self) -> tuple[ElementResult, ...]:
        return tuple(sorted(self.elements, key=lambda row: (-row.nrr, row.element.index))[:3])

    @property
    def sample_sufficient(self) -> bool | None:
        return None if self.min_sample is None else self.respondents >= self.min_sample


def min_sample_of(survey: Survey) -> int | None:
    """The survey's Krejcie–Morgan minimum sample (None without a population)."""
    return sampling.min_sample(survey.population) if survey.population else None


@dataclass
class Totals:
    """Summed figures: the number of respondents and the nine element sums."""

    respondents: int = 0
    sums: list[int] = field(default_factory=lambda: [0] * len(SUM_FIELDS))

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Totals:
        """The figures of one row aggregated with ``TALLY_TOTALS`` or ``RAW_TOTALS`` (an empty
        sum is 0)."""
        return cls(row.get("respondents") or 0, [row.get(name) or 0 for name in SUM_FIELDS])

    def add(self, other: Totals) -> None:
        self.respondents += other.respondents
        self.sums = [a + b for a, b in zip(self.sums, other.sums, strict=True)]

    def result(self, minimum: int | None = None) -> SurveyResult:
        """NRR, IKM, SKM, grade and the three weakest elements (``minimum``: the minimum
        sample the respondents are compared with)."""
        totals = tuple(self.sums)
        if self.respondents <= 0:
            return SurveyResult(self.respondents, minimum, totals, None, (), ())
        score = skm.from_totals(totals, self.respondents)
        rows = tuple(
            ElementResult(element, total, nrr)
            for element, total, nrr in zip(elements(), totals, score.nrr_rounded, strict=True)
        )
        weakest = tuple(sorted(rows, key=lambda row: (row.nrr, row.element.index))[:3])
        return SurveyResult(self.respondents, minimum, totals, score, rows, weakest)
