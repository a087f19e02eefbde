"""Capaian per indicator and per OPD for a quarter or a year: the one computation every page,
export and report shares (rules in docs/architecture.md, "Capaian computation").

Everything a period needs is fetched in a fixed number of queries (``load_year``), whatever the
number of indicators, and computed in Python with ``pantau.scoring.capaian`` (never reimplemented).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, NamedTuple

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy

from pantau.performance.models import (
    AgencyReport,
    BudgetLine,
    BudgetRealization,
    Indicator,
    PerformanceSettings,
    PlanNode,
    Realization,
    ReportingDeadline,
    Target,
)
from pantau.scoring import capaian
from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import round_half_up
from pantau.tenancy.models import Agency, Period

TARGET_MISSING = "target_missing"
TARGET_ZERO = "target_zero"
NO_REALIZATION = "no_realization"
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
_HUNDRED = Decimal(100)


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
    completeness: Decimal
    on_time: bool | None
    flagged_count: int
    rank: int | None = None


class IndicatorRow(NamedTuple):
    """The few indicator fields the computation needs (cheaper than model instances)."""

    id: int
    agency_id: int
    node_id: int
    aggregation: str
    polarity: str
    is_range: bool


class Computed(NamedTuple):
    target: Decimal | None
    target_high: Decimal | None
    realization: Decimal | None
    achievement: Decimal | None
    flag: str | None


@dataclass
class YearData:
    """Every row one Pemda-year (or one OPD-year) needs, fetched in a fixed number of queries."""

    region_id: int
    year: int
    indicators: list[IndicatorRow]
    instances: dict[int, Indicator]
    nodes: dict[int, tuple[int | None, str]]  # id → (parent id, level)
    node_objects: dict[int, PlanNode]
    targets: dict[int, dict[int, tuple[Decimal | None, Decimal | None]]]  # quarter 0 = annual
    realized: dict[int, dict[int | None, Decimal | None]]  # indicator → quarter → value
    texts: dict[int, dict[int | None, tuple[str, str, str]]]
    budget_lines: list[tuple[int, int, int, Decimal]]  # line id, agency id, node id, pagu
    spent: dict[int, dict[int | None, Decimal]]  # line id → quarter → amount
    submitted: dict[tuple[int, int | None], Any]  # (agency id, quarter) → submitted_at
    deadlines: dict[int | None, Any]
    cap: Decimal | None
    agencies: list[Agency] = field(default_factory=list)

    def indicators_of(self, agency_id: int) -> list[IndicatorRow]:
        if not hasattr(self, "_by_agency"):
            grouped: dict[int, list[IndicatorRow]] = defaultdict(list)
            for row in self.indicators:
                grouped[row.agency_id].append(row)
            self._by_agency = grouped
        return self._by_agency.get(agency_id, [])


def _as_decimal(value: Any) -> Decimal | None:
    """A DecimalField value read straight from the cursor (SQLite gives int or float)."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return round(Decimal(repr(value)), 4)  # the fields have 4 decimal places
    return Decimal(value)


def fetch(queryset: QuerySet[Any], decimals: tuple[int, ...]) -> list[tuple[Any, ...]]:
    """Rows of a ``values_list`` queryset read with the cursor, converting only the Decimal
    columns: Django's per-value converters cost more than the query on 100 000 rows."""
    from django.db import connections

    compiler = queryset.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if not decimals:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for index in decimals:
            values[index] = _as_decimal(values[index])
        converted.append(tuple(values))
    return converted


def indicators_in_year(*, region_id: int, year: int, agency: Agency | None = None
                       ) -> QuerySet[Indicator]:
    """Active indicators of active plans that cover ``year``."""
    queryset = Indicator.objects.filter(
        region_id=region_id, is_active=True, node__is_active=True, node__plan__is_active=True,
        node__plan__start_year__lte=year, node__plan__end_year__gte=year,
    )
    return queryset.filter(agency=agency) if agency is not None else queryset


def load_year(*, region_id: int, year: int, agency: Agency | None = None,
              with_details: bool = False, quarter: int | None = None) -> YearData:
    """Fetch indicators, targets, realizations, budget and reports of one year (about 11 queries).

    ``with_details`` also loads indicator and plan-node instances and the narrative texts, which
    the per-OPD pages need and the ranking does not. ``quarter`` limits the targets to the
    annual one and that quarter's (all quarters when None).
    """
    in_scope = indicators_in_year(region_id=region_id, year=year, agency=agency)
    instances: dict[int, Indicator] = {}
    if with_details:
        instances = {i.pk: i for i in in_scope.order_by("position", "code", "id")}
        rows = [IndicatorRow(i.pk, i.agency_id, i.node_id, i.aggregation, i.polarity, i.is_range)
                for i in instances.values()]
    else:
        rows = [IndicatorRow(*values) for values in in_scope.order_by().values_list(
            "id", "agency_id", "node_id", "aggregation", "polarity", "is_range")]
    node_filter = Q(region_id=region_id)
    if agency is not None:
        node_filter &= Q(plan__agency=agency) | Q(plan__agency__isnull=True)
    node_objects: dict[int, PlanNode] = {}
    if with_details:
        node_objects = {n.pk: n for n in PlanNode.objects.filter(node_filter)}
        nodes = {pk: (n.parent_id, n.level) for pk, n in node_objects.items()}
    else:
        nodes = {pk: (parent, level) for pk, parent, level in PlanNode.objects.filter(
            node_filter).values_list("id", "parent_id", "level")}
    ids = in_scope.values("id")
    targets: dict[int, dict[int, tuple[Decimal | None, Decimal | None]]] = defaultdict(dict)
    target_rows = Target.objects.filter(region_id=region_id, year=year, indicator_id__in=ids)
    if quarter is not None:
        target_rows = target_rows.filter(Q(quarter__isnull=True) | Q(quarter=quarter))
    for ind, number, value, high, revised, revised_high, use_revised in fetch(
        target_rows.order_by().values_list(
            "indicator_id", "quarter", "value", "value_high", "revised_value",
            "revised_value_high", "use_revised"), (2, 3, 4, 5)):
        # The counted target, as Target.counted_value: the revision once it is in force.
        targets[ind][number or 0] = (revised, revised_high) if use_revised else (value, high)
    realized: dict[int, dict[int | None, Decimal | None]] = defaultdict(dict)
    texts: dict[int, dict[int | None, tuple[str, str, str]]] = defaultdict(dict)
    realizations = Realization.objects.filter(
        region_id=region_id, period__year=year, period__quarter__isnull=False,
        indicator_id__in=ids)
    if quarter is not None:
        realizations = realizations.filter(period__quarter__lte=quarter)
    if with_details:
        for ind, number, value, drivers, obstacles, plan in realizations.values_list(
                "indicator_id", "period__quarter", "value", "drivers", "obstacles",
                "follow_up_plan"):
            realized[ind][number] = value
            texts[ind][number] = (drivers, obstacles, plan)
    else:
        for ind, number, value in fetch(realizations.order_by().values_list(
                "indicator_id", "period__quarter", "value"), (2,)):
            realized[ind][number] = value
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
    submitted = {(a, q): at for a, q, at in reports.values_list(
        "agency_id", "period__quarter", "submitted_at")}
    deadlines = dict(ReportingDeadline.objects.filter(
        region_id=region_id, period__year=year, period__quarter__isnull=False,
    ).values_list("period__quarter", "due_at"))
    cap = PerformanceSettings.objects.filter(region_id=region_id).values_list(
        "opd_score_cap", flat=True).first()
    return YearData(region_id, year, rows, instances, nodes, node_objects, targets, realized,
                    texts, budget_lines, spent, submitted, deadlines, cap)


def compute_indicator(data: YearData, row: IndicatorRow, quarter: int | None, *,
                      against_annual: bool = False) -> Computed:
    """One indicator's capaian up to ``quarter`` (None = the whole year).

    The target is the counted quarterly target of that quarter (read as cumulative) when set,
    else the counted annual target; ``against_annual`` always uses the annual target (early
    warning). The realization is the indicator's aggregation over TW I up to that quarter.
    """
    last = quarter or 4
    targets = data.targets.get(row.id, {})
    target, high = (None, None)
    if quarter is not None and not against_annual:
        target, high = targets.get(quarter, (None, None))
    if target is None:
        target, high = targets.get(0, (None, None))
    if not row.is_range:
        high = None
    values = data.realized.get(row.id, {})
    realization = capaian.aggregate([values.get(q) for q in range(1, last + 1)], row.aggregation)
    if target is None:
        return Computed(None, high, realization, None, TARGET_MISSING)
    if realization is None:
        flag = TARGET_ZERO if target <= 0 and high is None else NO_REALIZATION
        return Computed(target, high, None, None, flag)
    try:
        achieved = capaian.achievement(target, realization, row.polarity, high)
    except ScoringError:  # a range whose upper bound is below its lower bound: not usable
        return Computed(target, high, realization, None, TARGET_MISSING)
    return Computed(target, high, realization, achieved, None if achieved is not None
                    else TARGET_ZERO)


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
        result = compute_indicator(data, row, quarter)
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
    """Submitted before the deadline: for a year, every quarter that has a deadline."""
    now = timezone.now()
    verdicts = []
    for q in [quarter] if quarter else [1, 2, 3, 4]:
        due = data.deadlines.get(q)
        if due is None:
            continue
        at = data.submitted.get((agency_id, q))
        if at is None:
            if due < now:
                verdicts.append(False)
            continue
        verdicts.append(at <= due)
    return all(verdicts) if verdicts else None


def percent(part: int, whole: int) -> Decimal:
    return round_half_up(Decimal(part) * _HUNDRED / whole) if whole else Decimal("0.00")


def score_agency(data: YearData, agency: Agency, quarter: int | None,
                 budget: dict[int, tuple[Decimal, Decimal]]) -> AgencyScore:
    rows = data.indicators_of(agency.pk)
    results = [compute_indicator(data, row, quarter) for row in rows]
    values = [r.achievement for r in results if r.achievement is not None]
    achievement = capaian.average(values, cap=data.cap)
    quarters = [quarter] if quarter else [1, 2, 3, 4]
    filled = sum(1 for row in rows for q in quarters
                 if data.realized.get(row.id, {}).get(q) is not None)
    pagu, spent = budget.get(agency.pk, (Decimal(0), Decimal(0)))
    absorption = capaian.absorption(pagu, spent)
    gap = (capaian.efficiency(achievement, absorption).difference
           if achievement is not None and absorption is not None else None)
    return AgencyScore(
        agency=agency, indicator_count=len(rows), computed_count=len(values),
        achievement=achievement,
        rating=capaian.rating(achievement) if achievement is not None else None,
        pagu=pagu, spent=spent, absorption=absorption, efficiency_gap=gap,
        completeness=percent(filled, len(rows) * len(quarters)),
        on_time=_on_time(data, agency.pk, quarter),
        flagged_count=sum(1 for r in results if r.flag is not None),
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
    with_indicators = {row.agency_id for row in data.indicators}
    budget = budget_by_agency(data, quarter)
    return rank(score_agency(data, agency, quarter, budget) for agency in data.agencies
                if agency.pk in with_indicators)


def load_agencies(data: YearData) -> YearData:
    data.agencies = list(Agency.objects.filter(region_id=data.region_id, is_active=True))
    return data


# --- the public API -------------------------------------------------------------------------

def indicator_scores(*, agency: Agency, period: Period) -> list[IndicatorScore]:
    """Every in-scope indicator of the OPD with its capaian for the quarter or year."""
    data = load_year(region_id=period.region_id, year=period.year, agency=agency,
                     with_details=True)
    return score_indicators(data, agency.pk, period.quarter)


def agency_scores(*, period: Period) -> list[AgencyScore]:
    """Every active OPD with indicators in the period's year, ranked by RANKING_RULE."""
    data = load_agencies(load_year(region_id=period.region_id, year=period.year,
                                   quarter=period.quarter))
    return score_all_agencies(data, period.quarter)
