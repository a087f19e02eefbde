"""Capaian per indicator and per OPD for a quarter or a year: the one computation every page,
export and report shares (rules in docs/architecture.md, "Capaian computation").

Each indicator's capaian is computed with ``pantau.scoring.capaian`` (never reimplemented) and
stored by ``pantau.performance.capaian``; a period's pages read those rows (``capaian.read``),
the budget and the reports in a fixed number of queries (``load_year``), whatever the number of
indicators, and add them up per OPD, program and sasaran here. Nothing here writes (a row
never computed is stored by ``capaian.read`` on the way).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, NamedTuple

from django.db.models import Q
from django.utils.translation import gettext_lazy

from pantau.performance.capaian.compute import (
    NO_REALIZATION,
    TARGET_MISSING,
    TARGET_ZERO,
    indicators_in_year,
)
from pantau.performance.capaian.read import AgencyTotals, Stored, agency_totals, read_stored
from pantau.performance.models import (
    AgencyReport,
    BudgetLine,
    BudgetRealization,
    Indicator,
    PerformanceSettings,
    PlanNode,
    ReportingDeadline,
    ReportStatus,
)
from pantau.performance.models.reporting import DEFAULT_TOLERANCE
from pantau.performance.models.scores import WHOLE_YEAR
from pantau.performance.selectors.verification import (
    is_verified,
    period_status,
    status_label,
)
from pantau.performance.timeliness import on_time, on_time_over
from pantau.scoring import capaian
from pantau.scoring.numbers import percent
from pantau.tenancy.models import Agency, Period

FLAG_LABELS = {
    TARGET_MISSING: gettext_lazy("Target belum diisi"),
    TARGET_ZERO: gettext_lazy("Target 0: capaian tidak dapat dihitung"),
    NO_REALIZATION: gettext_lazy("Realisasi belum diisi"),
}

RANKING_RULE = str(gettext_lazy(
    "Peringkat menurut capaian OPD (rata-rata capaian indikator yang dapat dihitung, dengan batas "
    "atas sesuai pengaturan) dari tertinggi; bila sama, kelengkapan data lebih tinggi lebih dulu, "
    "lalu serapan anggaran lebih tinggi, lalu nama OPD. OPD tanpa indikator yang dapat dihitung "
    "dicantumkan di akhir tanpa peringkat."
))


@dataclass(frozen=True)
class IndicatorScore:
    indicator: Indicator
    program: PlanNode | None
    sasaran: PlanNode | None
    target: Decimal | None
    target_high: Decimal | None
    realization: Decimal | None
    achievement: Decimal | None
    rating: str | None
    flag: str | None
    drivers: str = ""
    obstacles: str = ""
    follow_up_plan: str = ""

    @property
    def flag_label(self) -> str:
        return str(FLAG_LABELS[self.flag]) if self.flag else ""


@dataclass(frozen=True)
class AgencyScore:
    agency: Agency
    indicator_count: int
    computed_count: int
    achievement: Decimal | None
    rating: str | None
    pagu: Decimal
    spent: Decimal
    absorption: Decimal | None
    efficiency_gap: Decimal | None
    completeness: Decimal | None  # None: no in-scope indicator
    on_time: bool | None
    flagged_count: int
    report_status: str = ReportStatus.DRAFT  # of the quarter; of a year, its least advanced
    rank: int | None = None

    @property
    def verified(self) -> bool:
        return is_verified(self.report_status)

    @property
    def report_status_label(self) -> str:
        return status_label(self.report_status)


@dataclass
class YearData:
    """Every row one Pemda-year (or one OPD-year) needs, fetched in a fixed number of queries."""

    region_id: int
    year: int
    measure: str  # what ``totals`` adds up: "achievement", or "progress" (early warning)
    totals: dict[int, dict[int, AgencyTotals]]  # period key (0 = year) → OPD → its indicators
    indicators: list[IndicatorPlace]  # with_details only, in the OPD's order
    stored: dict[int, dict[int, Stored]]  # with_details only: indicator → period key → row
    instances: dict[int, Indicator]
    nodes: dict[int, tuple[int | None, str]]  # id → (parent id, level)
    node_objects: dict[int, PlanNode]
    texts: dict[int, dict[int | None, tuple[str, str, str]]]
    budget_lines: list[tuple[int, int, int, Decimal]]  # line id, agency id, node id, pagu
    spent: dict[int, dict[int | None, Decimal]]  # line id → quarter → amount
    submitted: dict[tuple[int, int | None], Any]  # (agency id, quarter) → submitted_at
    statuses: dict[tuple[int, int | None], str]  # (agency id, quarter) → report status
    deadlines: dict[int | None, Any]
    cap: Decimal | None
    tolerance: Decimal  # early warning: points below the pace that only need attention
    agencies: list[Agency] = field(default_factory=list)

    def indicators_of(self, agency_id: int) -> list[IndicatorPlace]:
        return [row for row in self.indicators if row.agency_id == agency_id]

    def score(self, indicator_id: int, quarter: int | None) -> Stored:
        """The stored capaian of TW I up to ``quarter`` (None = the whole year)."""
        return self.stored[indicator_id][quarter or WHOLE_YEAR]

    def totals_of(self, quarter: int | None) -> dict[int, AgencyTotals]:
        return self.totals[quarter or WHOLE_YEAR]


class IndicatorPlace(NamedTuple):
    """Where an in-scope indicator sits: its OPD and plan node."""

    id: int
    agency_id: int
    node_id: int


def load_year(*, region_id: int, year: int, quarters: Iterable[int | None],
              agency: Agency | None = None, with_details: bool = False,
              measure: str = "achievement") -> YearData:
    """The stored capaian of ``quarters`` (None = the whole year), budget and reports of one
    year in about 8 queries (a few more the first time an indicator's row has to be computed).

    Without ``with_details`` (the ranking, early warning) the stored rows are added up per OPD
    in SQL; with it (one OPD's pages) they are read per indicator, with the indicator and
    plan-node instances and the narrative texts. ``measure``: what the OPD totals add up, each
    indicator's capaian or its progress against the annual target.
    """
    in_scope = indicators_in_year(region_id=region_id, year=year, agency=agency)
    keys = {q or WHOLE_YEAR for q in quarters}
    rows: list[IndicatorPlace] = []
    stored: dict[int, dict[int, Stored]] = {}
    instances: dict[int, Indicator] = {}
    node_objects: dict[int, PlanNode] = {}
    texts: dict[int, dict[int | None, tuple[str, str, str]]] = defaultdict(dict)
    node_filter = Q(region_id=region_id)
    if agency is not None:
        node_filter &= Q(plan__agency=agency) | Q(plan__agency__isnull=True)
    if with_details:
        read = read_stored(in_scope, region_id=region_id, year=year, keys=keys)
        instances = {i.pk: i for i in in_scope.order_by("position", "code", "id")}
        rows = [IndicatorPlace(pk, *read[pk][:2]) for pk in instances if pk in read]
        stored = {row.id: read[row.id][2] for row in rows}
        totals = {key: {agency_id: AgencyTotals.of([stored[row.id][key] for row in rows
                                                    if row.agency_id == agency_id], measure)
                        for agency_id in {row.agency_id for row in rows}}
                  for key in keys}
        node_objects = {n.pk: n for n in PlanNode.objects.filter(node_filter)}
        nodes = {pk: (n.parent_id, n.level) for pk, n in node_objects.items()}
        for ind, quarter, drivers, obstacles, plan in in_scope.filter(
                realizations__period__year=year, realizations__period__quarter__isnull=False,
        ).order_by().values_list("id", "realizations__period__quarter", "realizations__drivers",
                                 "realizations__obstacles", "realizations__follow_up_plan"):
            texts[ind][quarter] = (drivers, obstacles, plan)
    else:
        totals = {key: agency_totals(in_scope, region_id=region_id, year=year, key=key,
                                     measure=measure) for key in keys}
        nodes = {pk: (parent, level) for pk, parent, level in PlanNode.objects.filter(
            node_filter).values_list("id", "parent_id", "level")}
    lines = BudgetLine.objects.filter(region_id=region_id, year=year)
    if agency is not None:
        lines = lines.filter(agency=agency)
    budget_lines = list(lines.values_list("id", "agency_id", "node_id", "pagu"))
    spent: dict[int, dict[int | None, Decimal]] = defaultdict(dict)
    for line, quarter, amount in BudgetRealization.objects.filter(
        region_id=region_id, line__in=lines.values("id"), period__year=year,
        period__quarter__isnull=False,
    ).values_list("line_id", "period__quarter", "amount"):
        spent[line][quarter] = amount
    reports = AgencyReport.objects.filter(region_id=region_id, period__year=year,
                                          period__quarter__isnull=False)
    if agency is not None:
        reports = reports.filter(agency=agency)
    submitted: dict[tuple[int, int | None], Any] = {}
    statuses: dict[tuple[int, int | None], str] = {}
    for agency_id, quarter, at, status in reports.values_list(
            "agency_id", "period__quarter", "submitted_at", "status"):
        submitted[(agency_id, quarter)], statuses[(agency_id, quarter)] = at, status
    deadlines = dict(ReportingDeadline.objects.filter(
        region_id=region_id, period__year=year, period__quarter__isnull=False,
    ).values_list("period__quarter", "due_at"))
    cap, tolerance = PerformanceSettings.objects.filter(region_id=region_id).values_list(
        "opd_score_cap", "warning_tolerance").first() or (None, DEFAULT_TOLERANCE)
    return YearData(region_id, year, measure, totals, rows, stored, instances, nodes,
                    node_objects, texts, budget_lines, spent, submitted, statuses, deadlines,
                    cap, tolerance)


def ancestor_at(data: YearData, node_id: int | None, level: str) -> int | None:
    """The node itself or its nearest ancestor at ``level`` (None if there is none)."""
    seen = 0
    while node_id is not None and seen < 10:
        parent, node_level = data.nodes.get(node_id, (None, ""))
        if node_level == level:
            return node_id
        node_id, seen = parent, seen + 1
    return None


def score_indicators(data: YearData, agency_id: int, quarter: int | None) -> list[IndicatorScore]:
    scores = []
    last = quarter or 4
    for row in data.indicators_of(agency_id):
        result = data.score(row.id, quarter).computed()
        # Narrative of the period: the quarter's own, or for a year the latest quarter written.
        texts = data.texts.get(row.id, {})
        written = [texts[q] for q in range(1, last + 1) if q in texts]
        drivers, obstacles, plan = (texts.get(last) if quarter else
                                    (written[-1] if written else None)) or ("", "", "")
        program = ancestor_at(data, row.node_id, "program")
        sasaran = ancestor_at(data, row.node_id, "sasaran")
        scores.append(IndicatorScore(
            indicator=data.instances[row.id],
            program=data.node_objects.get(program) if program else None,
            sasaran=data.node_objects.get(sasaran) if sasaran else None,
            target=result.target, target_high=result.target_high,
            realization=result.realization, achievement=result.achievement,
            rating=capaian.rating(result.achievement) if result.achievement is not None else None,
            flag=result.flag, drivers=drivers, obstacles=obstacles, follow_up_plan=plan,
        ))
    return scores


def counted_budget_lines(data: YearData) -> list[tuple[int, int, int, Decimal]]:
    """Budget lines whose node has no budgeted descendant: parent and child never both count."""
    budgeted = {line[2] for line in data.budget_lines}
    has_budgeted_child: set[int] = set()
    for node in budgeted:
        parent = data.nodes.get(node, (None, ""))[0]
        for _depth in range(10):
            if parent is None:
                break
            has_budgeted_child.add(parent)
            parent = data.nodes.get(parent, (None, ""))[0]
    return [line for line in data.budget_lines if line[2] not in has_budgeted_child]


def budget_by_agency(data: YearData, quarter: int | None) -> dict[int, tuple[Decimal, Decimal]]:
    """(pagu, spent up to the quarter) per OPD, over the counted budget lines."""
    last = quarter or 4
    totals: dict[int, tuple[Decimal, Decimal]] = {}
    for line_id, agency_id, _node, pagu in counted_budget_lines(data):
        by_quarter = data.spent.get(line_id, {})
        spent = sum((by_quarter.get(q, Decimal(0)) for q in range(1, last + 1)), Decimal(0))
        before = totals.get(agency_id, (Decimal(0), Decimal(0)))
        totals[agency_id] = (before[0] + pagu, before[1] + spent)
    return totals


def _on_time(data: YearData, agency_id: int, quarter: int | None) -> bool | None:
    """The quarter's timeliness; for a year, every quarter that can be judged."""
    return on_time_over(on_time(submitted_at=data.submitted.get((agency_id, q)),
                                due_at=data.deadlines.get(q))
                        for q in ([quarter] if quarter else [1, 2, 3, 4]))


def score_agency(data: YearData, agency: Agency, quarter: int | None,
                 budget: dict[int, tuple[Decimal, Decimal]]) -> AgencyScore:
    assert data.measure == "achievement"
    totals = data.totals_of(quarter).get(agency.pk) or AgencyTotals(0, 0, 0, [])
    values = [Decimal(text) for text in totals.values]
    achievement = capaian.average(values, cap=data.cap)
    pagu, spent = budget.get(agency.pk, (Decimal(0), Decimal(0)))
    absorption = capaian.absorption(pagu, spent)
    gap = (capaian.efficiency(achievement, absorption).difference
           if achievement is not None and absorption is not None else None)
    return AgencyScore(
        agency=agency, indicator_count=totals.indicators, computed_count=len(values),
        achievement=achievement,
        rating=capaian.rating(achievement) if achievement is not None else None,
        pagu=pagu, spent=spent, absorption=absorption, efficiency_gap=gap,
        completeness=percent(totals.filled, totals.indicators * (1 if quarter else 4)),
        on_time=_on_time(data, agency.pk, quarter), flagged_count=totals.flagged,
        report_status=period_status(data.statuses, agency.pk, quarter),
    )


def rank(scores: Iterable[AgencyScore]) -> list[AgencyScore]:
    """Order by RANKING_RULE and number the OPDs that have a capaian."""
    scores = list(scores)
    ranked = sorted((s for s in scores if s.achievement is not None), key=lambda s: (
        -s.achievement, -s.completeness,  # type: ignore[operator]
        -(s.absorption if s.absorption is not None else Decimal(-1)), s.agency.name))
    unranked = sorted((s for s in scores if s.achievement is None), key=lambda s: s.agency.name)
    numbered = [replace(s, rank=i) for i, s in enumerate(ranked, 1)]
    return numbered + unranked


def score_all_agencies(data: YearData, quarter: int | None) -> list[AgencyScore]:
    with_indicators = data.totals_of(quarter)
    budget = budget_by_agency(data, quarter)
    return rank(score_agency(data, agency, quarter, budget) for agency in data.agencies
                if agency.pk in with_indicators)


def load_agencies(data: YearData) -> YearData:
    data.agencies = list(Agency.objects.filter(region_id=data.region_id, is_active=True))
    return data


# --- the public API -------------------------------------------------------------------------

def indicator_scores(*, agency: Agency, period: Period) -> list[IndicatorScore]:
    """Every in-scope indicator of the OPD with its capaian for the quarter or year."""
    data = load_year(region_id=period.region_id, year=period.year, quarters=[period.quarter],
                     agency=agency, with_details=True)
    return score_indicators(data, agency.pk, period.quarter)


def agency_scores(*, period: Period) -> list[AgencyScore]:
    """Every active OPD with indicators in the period's year, ranked by RANKING_RULE, each
    with its report status."""
    data = load_agencies(load_year(region_id=period.region_id, year=period.year,
                                   quarters=[period.quarter]))
    return score_all_agencies(data, period.quarter)
