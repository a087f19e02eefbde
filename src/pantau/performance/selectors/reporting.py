"""Reads for quarterly reporting: the form's rows, progress, reporting rates, programs not started.

Each function issues a fixed number of queries whatever the number of indicators.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from pantau.performance.models import (
    AgencyReport,
    BudgetLine,
    BudgetRealization,
    Evidence,
    FollowUp,
    FollowUpStatus,
    Indicator,
    NodeLevel,
    PlanNode,
    Realization,
    ReportingDeadline,
    ReportStatus,
    Target,
)
from pantau.performance.selectors.heads import agency_ids_with_head
from pantau.performance.timeliness import on_time
from pantau.scoring.numbers import format_input_number, format_number, percent
from pantau.tenancy.models import Agency, Period, PeriodStatus


def quarter_periods() -> QuerySet[Period]:
    return Period.objects.filter(quarter__isnull=False).order_by("-year", "-quarter")


def running_quarter() -> tuple[int, int]:
    """(year, quarter) of today's date: the quarter under way, not reportable as ended yet."""
    today = timezone.localdate()
    return today.year, (today.month - 1) // 3 + 1


def default_quarter() -> Period | None:
    """The quarter being reported now: the latest ended quarter still open, else the latest
    ended quarter, else the latest quarter. Future quarters exist for planning only."""
    running = running_quarter()
    periods = list(quarter_periods())
    ended = [p for p in periods if (p.year, p.quarter or 0) < running]
    open_ended = [p for p in ended if p.status == PeriodStatus.OPEN]
    candidates = open_ended or ended or periods
    return candidates[0] if candidates else None


def earlier_quarters(period: Period) -> Q:
    return Q(period__year__lt=period.year) | Q(period__year=period.year,
                                               period__quarter__lt=period.quarter or 5)


@dataclass(frozen=True)
class Progress:
    filled: int
    total: int

    @property
    def percent(self) -> Decimal | None:
        return percent(self.filled, self.total)

    @property
    def percent_int(self) -> int:
        return int(self.percent or 0)


def report_progress(*, agency: Agency, period: Period) -> Progress:
    """How many of the OPD's active indicators have a realization value this quarter."""
    # distinct: the join with every quarter's realizations repeats each indicator
    counts = Indicator.objects.filter(agency=agency, is_active=True).aggregate(
        total=Count("id", distinct=True),
        filled=Count("realizations", distinct=True,
                     filter=Q(realizations__period=period, realizations__value__isnull=False)))
    return Progress(filled=counts["filled"], total=counts["total"])


@dataclass
class AgencyRate:
    agency: Agency
    report: AgencyReport | None
    progress: Progress
    on_time: bool | None  # as ``timeliness.on_time``
    has_head: bool = True  # a Kepala OPD account can approve (selectors.heads)

    @property
    def status(self) -> str:
        return self.report.status if self.report else ReportStatus.DRAFT

    @property
    def status_label(self) -> str:
        return str(self.report.get_status_display() if self.report else ReportStatus.DRAFT.label)


@dataclass
class ReportingRates:
    period: Period
    deadline: ReportingDeadline | None
    rows: list[AgencyRate] = field(default_factory=list)

    @property
    def submitted(self) -> int:
        return sum(1 for r in self.rows if r.report and r.report.submitted_at)

    @property
    def on_time(self) -> int:
        return sum(1 for r in self.rows if r.on_time)

    @property
    def completeness(self) -> Decimal | None:
        return percent(sum(r.progress.filled for r in self.rows),
                        sum(r.progress.total for r in self.rows))

    @property
    def submitted_rate(self) -> Decimal | None:
        return percent(self.submitted, len(self.rows))

    @property
    def on_time_rate(self) -> Decimal | None:
        return percent(self.on_time, len(self.rows))


def reporting_rates(*, period: Period, agency: Agency | None = None) -> ReportingRates:
    """Per active OPD: status, completeness and timeliness (DHIS2-style reporting rates)."""
    agencies = Agency.objects.filter(is_active=True).order_by("name").annotate(
        total=Count("indicators", filter=Q(indicators__is_active=True), distinct=True))
    if agency is not None:
        agencies = agencies.filter(pk=agency.pk)
    filled = dict(Realization.objects.filter(period=period, indicator__is_active=True,
                                             value__isnull=False)
                  .values_list("indicator__agency_id").annotate(n=Count("id")))
    reports = {r.agency_id: r for r in AgencyReport.objects.filter(period=period)}
    deadline = ReportingDeadline.objects.filter(period=period).first()
    rates = ReportingRates(period=period, deadline=deadline)
    heads = agency_ids_with_head()
    for item in agencies:
        report = reports.get(item.pk)
        rates.rows.append(AgencyRate(
            agency=item, report=report,
            progress=Progress(filled=filled.get(item.pk, 0), total=item.total),
            on_time=on_time(submitted_at=report.submitted_at if report else None,
                            due_at=deadline.due_at if deadline else None),
            has_head=item.pk in heads))
    return rates


def decimal_input_text(value: Decimal) -> str:
    """A stored number as typed in an input: 87,5 / 1.234,5 / 1234 (never 1E+3)."""
    return format_input_number(value)


def number_text(value: Decimal | None) -> str:
    """A stored number to read: 70,42 (not 70,4200), 1.500 (not 1.500,0000); "" when empty."""
    return "" if value is None else format_number(value.normalize())


def money_input_text(value: Decimal) -> str:
    """Rupiah as typed in an input and read back by ``to_decimal``: 1.250.000,50.

    Always two decimals, as the pagu column shows: "1.250" alone would be refused as ambiguous.
    """
    return format_number(value.quantize(Decimal("0.01")))


def _ancestors(nodes: dict[int, PlanNode], node_id: int | None) -> dict[str, PlanNode]:
    found: dict[str, PlanNode] = {}
    while node_id is not None and node_id in nodes:
        node = nodes[node_id]
        found.setdefault(node.level, node)
        node_id = node.parent_id
    return found


@dataclass
class FormRow:
    indicator: Indicator
    annual_target: Target | None
    quarter_target: Target | None
    realization: Realization | None
    evidence: list[Evidence]
    posted: dict[str, str] | None = None  # what the user typed, shown again after an error
    error: str = ""

    @property
    def value_text(self) -> str:
        value = self.realization.value if self.realization else None
        return "" if value is None else decimal_input_text(value)

    @property
    def annual_target_text(self) -> str:
        return number_text(self.annual_target.counted_value if self.annual_target else None)

    @property
    def annual_target_high_text(self) -> str:
        return number_text(self.annual_target.counted_value_high if self.annual_target else None)

    @property
    def quarter_target_text(self) -> str:
        return number_text(self.quarter_target.counted_value if self.quarter_target else None)


@dataclass
class FormGroup:
    sasaran: PlanNode | None
    program: PlanNode | None
    rows: list[FormRow] = field(default_factory=list)


def report_form_groups(*, agency: Agency, period: Period) -> list[FormGroup]:
    """The OPD's active indicators with targets, realization and evidence, by sasaran/program."""
    indicators = list(Indicator.objects.filter(agency=agency, is_active=True)
                      .select_related("node").order_by("node__plan_id", "position", "code", "id"))
    plan_ids = {i.node.plan_id for i in indicators}
    nodes = {n.pk: n for n in PlanNode.objects.filter(plan_id__in=plan_ids)
             .only("id", "parent_id", "level", "code", "name", "position", "plan_id")}
    targets: dict[tuple[int, int | None], Target] = {
        (t.indicator_id, t.quarter): t for t in Target.objects.filter(
            indicator__in=indicators, year=period.year)
        .filter(Q(quarter__isnull=True) | Q(quarter=period.quarter))}
    realizations = {r.indicator_id: r for r in Realization.objects.filter(
        indicator__in=indicators, period=period)}
    evidence: dict[int, list[Evidence]] = defaultdict(list)
    for item in Evidence.objects.filter(realization__in=realizations.values(),
                                        is_active=True).order_by("id"):
        evidence[item.realization_id].append(item)
    groups: dict[tuple[int | None, int | None], FormGroup] = {}
    for indicator in indicators:
        up = _ancestors(nodes, indicator.node_id)
        sasaran, program = up.get(NodeLevel.SASARAN), up.get(NodeLevel.PROGRAM)
        key = (sasaran.pk if sasaran else None, program.pk if program else None)
        group = groups.setdefault(key, FormGroup(sasaran=sasaran, program=program))
        realization = realizations.get(indicator.pk)
        group.rows.append(FormRow(
            indicator=indicator, annual_target=targets.get((indicator.pk, None)),
            quarter_target=targets.get((indicator.pk, period.quarter)), realization=realization,
            evidence=evidence.get(realization.pk, []) if realization else []))
    return list(groups.values())


def indicator_evidence(*, indicator: Indicator, period: Period) -> list[Evidence]:
    """One row's active evidence, as ``report_form_groups`` lists it."""
    return list(Evidence.objects.filter(realization__indicator=indicator,
                                        realization__period=period, is_active=True)
                .order_by("id"))


@dataclass
class BudgetRow:
    line: BudgetLine
    amount: Decimal | None
    spent_before: Decimal
    spent_after: Decimal = Decimal(0)  # later quarters of the year: they count against the pagu
    posted: str | None = None
    error: str = ""

    @property
    def amount_text(self) -> str:
        return "" if self.amount is None else money_input_text(self.amount)

    @property
    def spent_other(self) -> Decimal:
        return self.spent_before + self.spent_after


def budget_rows(*, agency: Agency, period: Period) -> list[BudgetRow]:
    lines = list(BudgetLine.objects.filter(agency=agency, year=period.year)
                 .select_related("node").order_by("node__code", "node_id"))
    now: dict[int, Decimal] = {}
    before: dict[int, Decimal] = defaultdict(Decimal)
    after: dict[int, Decimal] = defaultdict(Decimal)
    for line_id, period_id, quarter, amount in BudgetRealization.objects.filter(
            line__in=lines, period__year=period.year
    ).values_list("line_id", "period_id", "period__quarter", "amount"):
        if period_id == period.pk:
            now[line_id] = amount
        elif (quarter or 5) < (period.quarter or 5):
            before[line_id] += amount
        else:
            after[line_id] += amount
    return [BudgetRow(line=line, amount=now.get(line.pk), spent_before=before[line.pk],
                      spent_after=after[line.pk]) for line in lines]


def open_followups(*, agency: Agency, period: Period) -> list[FollowUp]:
    """Follow-ups of earlier quarters that are not done yet: shown on this quarter's form."""
    return list(FollowUp.objects.filter(agency=agency).exclude(status=FollowUpStatus.DONE)
                .filter(earlier_quarters(period)).select_related("indicator", "period")
                .order_by("due_date", "id"))


def programs_not_started(*, agency: Agency, period: Period) -> list[PlanNode]:
    """Programs and kegiatan of the OPD with no money spent and no indicator realization yet
    this year (quarters up to and including ``period``), counting their sub-nodes."""
    nodes = {n.pk: n for n in PlanNode.objects.filter(
        plan__agency=agency, plan__is_active=True, is_active=True,
        plan__start_year__lte=period.year, plan__end_year__gte=period.year)}
    so_far = Q(period__year=period.year, period__quarter__lte=period.quarter or 4)
    started: set[int] = set()
    started.update(BudgetRealization.objects.filter(so_far, line__node_id__in=nodes, amount__gt=0)
                   .values_list("line__node_id", flat=True))
    started.update(Realization.objects.filter(so_far, indicator__node_id__in=nodes,
                                              value__isnull=False)
                   .values_list("indicator__node_id", flat=True))
    running: set[int] = set()
    for node_id in started:  # a started sub-node means its kegiatan and program run too
        current: int | None = node_id
        while current is not None and current in nodes and current not in running:
            running.add(current)
            current = nodes[current].parent_id
    wanted = (NodeLevel.PROGRAM, NodeLevel.KEGIATAN)
    return sorted((n for n in nodes.values() if n.level in wanted and n.pk not in running),
                  key=lambda n: (n.code, n.pk))


def followup_list(*, agency: Agency | None = None, status: str = "", overdue: bool = False,
                  today: datetime.date | None = None) -> QuerySet[FollowUp]:
    items = FollowUp.objects.select_related("agency", "indicator", "period")
    if agency is not None:
        items = items.filter(agency=agency)
    if status:
        items = items.filter(status=status)
    if overdue and today is not None:
        items = items.exclude(status=FollowUpStatus.DONE).filter(due_date__lt=today)
    return items.order_by("agency__name", "due_date", "id")



def reports_to_act_on(*, agency: Agency, may_approve: bool) -> list[AgencyReport]:
    """The OPD's reports waiting for its own people, oldest quarter first: returned ones (to fix
    and resubmit) and, for whoever may approve, submitted ones (to approve or send back)."""
    statuses = [ReportStatus.RETURNED, *([ReportStatus.SUBMITTED] if may_approve else [])]
    return list(AgencyReport.objects.filter(agency=agency, status__in=statuses)
                .select_related("period").order_by("period__year", "period__quarter"))
