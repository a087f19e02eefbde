"""Reads behind the analysis pages: ranking, OPD scorecard, period choice (the early warning
is in ``early_warning``).

Each builds on ``scores.load_year`` (the stored capaian of each indicator, the budget and the
reports) so the number of queries does not grow with the indicators.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import F, Q, QuerySet

from pantau.performance.models import FollowUp, FollowUpStatus, PlanNode
from pantau.performance.selectors import verification
from pantau.performance.selectors.reporting import running_quarter
from pantau.performance.selectors.scores import (
    AgencyScore,
    IndicatorScore,
    YearData,
    agency_scores,
    ancestor_at,
    budget_by_agency,
    counted_budget_lines,
    load_year,
    rank,
    score_agency,
    score_indicators,
)
from pantau.performance.selectors.verification import SCOPE_ALL, SCOPE_VERIFIED
from pantau.scoring import capaian
from pantau.tenancy.models import Agency, Period


def started_periods(region_id: int) -> QuerySet[Period]:
    """Periods whose first day has come (a future quarter has nothing to report), newest
    first; a year comes before its quarters."""
    year, current = running_quarter()
    started = Q(year__lt=year) | Q(year=year, quarter__isnull=True) | Q(
        year=year, quarter__lte=current)
    return Period.objects.filter(started, region_id=region_id).order_by(
        "-year", F("quarter").desc(nulls_first=True))


def default_period(region_id: int) -> Period | None:
    """The latest quarter that has ended (the one being reported and evaluated now), else the
    latest period of any kind. The running quarter has no realizations yet."""
    periods = Period.objects.filter(region_id=region_id)
    running = running_quarter()
    candidates = [p for p in periods.filter(quarter__isnull=False, year__lte=running[0])
                  if (p.year, p.quarter) < running]
    if candidates:
        return max(candidates, key=lambda p: (p.year, p.quarter or 0))
    return periods.order_by("-year", "quarter").first()


def chart_rows(scores: list[AgencyScore]) -> list[dict[str, Any]]:
    return [{"label": s.agency.short_name,
             "capaian": float(s.achievement) if s.achievement is not None else None,
             "serapan": float(s.absorption) if s.absorption is not None else None}
            for s in scores]


@dataclass(frozen=True)
class ProgramScore:
    program: PlanNode | None
    indicator_count: int
    achievement: Decimal | None
    rating: str | None
    pagu: Decimal
    spent: Decimal
    absorption: Decimal | None


@dataclass(frozen=True)
class TrendPoint:
    quarter: int
    achievement: Decimal | None
    absorption: Decimal | None


@dataclass(frozen=True)
class Scorecard:
    agency: Agency
    period: Period
    score: AgencyScore
    indicators: list[IndicatorScore]
    programs: list[ProgramScore]
    sasaran: list[ProgramScore]
    trend: list[TrendPoint]
    efficiency: capaian.Efficiency | None
    narratives: list[IndicatorScore]
    flagged: list[IndicatorScore]
    follow_ups: list[FollowUp]


def _group(data: YearData, scores: list[IndicatorScore], level: str,
           quarter: int | None) -> list[ProgramScore]:
    """Capaian per program (or sasaran): the average of its indicators, with the OPD cap."""
    groups: dict[int | None, list[IndicatorScore]] = {}
    for score in scores:
        node = score.program if level == "program" else score.sasaran
        groups.setdefault(node.pk if node else None, []).append(score)
    money: dict[int | None, tuple[Decimal, Decimal]] = {}
    last = quarter or 4
    for line_id, _agency, node_id, pagu in counted_budget_lines(data):
        key = ancestor_at(data, node_id, level)
        spent = sum((data.spent.get(line_id, {}).get(q, Decimal(0)) for q in range(1, last + 1)),
                    Decimal(0))
        before = money.get(key, (Decimal(0), Decimal(0)))
        money[key] = (before[0] + pagu, before[1] + spent)
    rows = []
    for key, members in groups.items():
        achieved = capaian.average([s.achievement for s in members], cap=data.cap)
        pagu, spent = money.get(key, (Decimal(0), Decimal(0)))
        rows.append(ProgramScore(
            program=data.node_objects.get(key) if key else None, indicator_count=len(members),
            achievement=achieved,
            rating=capaian.rating(achieved) if achieved is not None else None,
            pagu=pagu, spent=spent, absorption=capaian.absorption(pagu, spent),
        ))
    return sorted(rows, key=lambda r: (r.program is None, str(r.program or "")))


def program_scores(*, agency: Agency, period: Period) -> tuple[list[IndicatorScore],
                                                                list[ProgramScore]]:
    """The OPD's indicators and its capaian per program, exactly as on its scorecard (the
    rakor pack reads this too, so both group and count alike)."""
    data = load_year(region_id=period.region_id, year=period.year, quarters=[period.quarter],
                     agency=agency, with_details=True)
    scores = score_indicators(data, agency.pk, period.quarter)
    return scores, _group(data, scores, "program", period.quarter)


def scorecard(*, agency: Agency, period: Period) -> Scorecard:
    # The trend runs up to the chosen quarter: later quarters are not reported yet.
    trend_quarters = list(range(1, (period.quarter or 4) + 1))
    data = load_year(region_id=period.region_id, year=period.year,
                     quarters=[*trend_quarters, period.quarter], agency=agency,
                     with_details=True)
    scores = score_indicators(data, agency.pk, period.quarter)
    score = score_agency(data, agency, period.quarter, budget_by_agency(data, period.quarter))
    trend = []
    for quarter in trend_quarters:
        point = score_agency(data, agency, quarter, budget_by_agency(data, quarter))
        trend.append(TrendPoint(quarter, point.achievement, point.absorption))
    efficiency = (capaian.efficiency(score.achievement, score.absorption)
                  if score.achievement is not None and score.absorption is not None else None)
    follow_ups = list(FollowUp.objects.filter(agency=agency).exclude(
        status=FollowUpStatus.DONE).select_related("indicator", "period").order_by("due_date"))
    return Scorecard(
        agency=agency, period=period, score=score, indicators=scores,
        programs=_group(data, scores, "program", period.quarter),
        sasaran=_group(data, scores, "sasaran", period.quarter),
        trend=trend, efficiency=efficiency,
        narratives=[s for s in scores if s.drivers or s.obstacles or s.follow_up_plan],
        flagged=[s for s in scores if s.flag], follow_ups=follow_ups,
    )


@dataclass(frozen=True)
class Ranking:
    """The ranked OPDs under the reader's choice (``verification.SCOPE_*``); with verified
    reports only, the others are ``left_out`` (not ranked, named on the page)."""

    scope: str
    scores: list[AgencyScore]
    left_out: list[AgencyScore]

    @property
    def rule(self) -> str:
        return verification.scope_rule(self.scope)

    @property
    def scope_label(self) -> str:
        return verification.scope_label(self.scope)

    @property
    def unverified_count(self) -> int:
        return sum(1 for s in self.scores if not s.verified)


def ranking(*, period: Period, scope: str = SCOPE_ALL) -> Ranking:
    everyone = agency_scores(period=period)
    if scope == SCOPE_VERIFIED:
        return Ranking(scope, rank(s for s in everyone if s.verified),
                       [s for s in everyone if not s.verified])
    return Ranking(scope, everyone, [])
