"""Quarterly demo data: realizations, spending, reports, deadlines and follow-ups of the plans.

Each OPD gets a performance level (a few ~98–108 %, most 86–98 %, a few 62–72 %) and each
indicator a factor around it. Flows and progress (quarterly targets) are written so that capaian ≈
the factor whatever the polarity (negative indicators report below the target when they do well).
Stocks (a level such as life expectancy, one annual target) move little between years: they land
near the planned path, at most a couple of years' planned change away from the target. Obstacles
and plans come from the indicator's topic (``narratives``).
"""

from __future__ import annotations

import datetime
import zoneinfo
from decimal import Decimal

from pantau.demo.performance import data as names
from pantau.demo.performance.narratives import OBSTACLES_BY_TOPIC, topic_of
from pantau.demo.performance.plans import DemoPlan, Spec
from pantau.performance.models import (
    AgencyReport,
    BudgetRealization,
    FollowUp,
    Realization,
    ReportingDeadline,
)
from pantau.tenancy.models import Period

QUARTERS = [(2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2), (2026, 3)]
SPENT_SHARE = (0.12, 0.38, 0.63, 0.93)  # cumulative share of pagu spent by each quarter's end
Q3_STATUSES = ("draft", "submitted", "approved", "returned", "verified")


def _levels(demo: DemoPlan) -> dict[int, float]:
    order = [a.pk for a in demo.agencies]
    demo.rng.shuffle(order)
    levels = {}
    for index, pk in enumerate(order):
        if index < 5:
            levels[pk] = demo.rng.uniform(0.98, 1.08)
        elif index >= len(order) - 4:
            levels[pk] = demo.rng.uniform(0.62, 0.72)
        else:
            levels[pk] = demo.rng.uniform(0.86, 0.98)
    return levels


def deadline_of(period: Period, tz: zoneinfo.ZoneInfo) -> datetime.datetime:
    """15th of the month after the quarter, 23:59 local time."""
    month = period.year * 12 + (period.quarter or 4) * 3  # 0-based month index after quarter
    return datetime.datetime(month // 12, month % 12 + 1, 15, 23, 59, tzinfo=tz)


def is_stock(spec: Spec) -> bool:
    """A level carried from year to year (one annual target, reported as the latest value)."""
    return spec.aggregation == "last" and not spec.quarterly


def _stock_value(spec: Spec, target: Decimal, progress: float) -> Decimal:
    """The level after ``progress`` × the planned yearly change (1 = on plan, 0 = stagnant).

    The planned change is taken relative to the target, capped at 6 %, so a stock never lands
    far from its path however steep the plan (stunting −2 points a year, life expectancy +0,15).
    """
    if spec.name.startswith("Opini BPK"):
        return Decimal(4)
    yearly = min(max(abs(spec.step) / target, Decimal("0.005")), Decimal("0.06"))
    shortfall = Decimal(repr(round(1 - progress, 4))) * yearly
    value = target * (1 + shortfall if spec.polarity == names.NEG else 1 - shortfall)
    return max(value, Decimal(0)).quantize(Decimal("0.0001") if target < 10 else Decimal("0.01"))


def _flow_value(spec: Spec, target: Decimal, factor: float) -> Decimal:
    ratio = Decimal(repr(round(factor, 4)))
    value = target * (ratio if spec.polarity == names.POS else 2 - ratio)
    if spec.aggregation == "sum":
        return value.quantize(Decimal(1))
    if spec.unit == "%" and spec.step == 100:
        value = min(value, Decimal(100))  # progress cannot pass 100 %
    return max(value, Decimal(0)).quantize(Decimal("0.0001") if target < 10 else Decimal("0.01"))


def _statuses(demo: DemoPlan) -> dict[tuple[int, int, int], str]:
    statuses = {}
    for agency in demo.agencies:
        for year, quarter in QUARTERS:
            if (year, quarter) < (2026, 1):
                status = "locked"
            elif quarter < 3:
                status = demo.rng.choice(("verified", "locked", "locked"))
            else:
                status = demo.rng.choices(Q3_STATUSES, weights=(2, 2, 2, 1.5, 2.5))[0]
            statuses[(agency.pk, year, quarter)] = status
    return statuses


def _realizations(demo: DemoPlan, periods: dict[tuple[int, int], Period],
                  levels: dict[int, float], statuses: dict[tuple[int, int, int], str]
                  ) -> list[tuple[Realization, str]]:
    rng, rows = demo.rng, []
    for spec, indicator in zip(demo.specs, demo.indicators, strict=True):
        plan = demo.targets[indicator.pk]
        factor = min(max(rng.gauss(levels[spec.agency.pk], 0.08), 0.45), 1.22)
        # Stocks: share of the planned yearly change achieved; a weak OPD stagnates.
        progress = min(max(rng.gauss(1 - (1 - factor) * 3, 0.25), -1.0), 1.8)
        pairs = OBSTACLES_BY_TOPIC[topic_of(spec.name, spec.agency.short_name)]
        for year in (2025, 2026):
            previous = Decimal(0)
            annual = plan.get((year, 0)) or plan.get((2025, 0)) or Decimal(1)
            for quarter in range(1, 5 if year == 2025 else 4):
                status = statuses[(spec.agency.pk, year, quarter)]
                if status == "draft" and rng.random() < 0.3:
                    continue  # an unfinished draft: completeness below 100 %
                target = plan.get((year, quarter)) or annual
                if is_stock(spec):
                    quarter_progress = progress + rng.gauss(0, 0.1)
                    value = _stock_value(spec, target, quarter_progress)
                    behind = quarter_progress < 0.5
                else:
                    quarter_factor = factor + rng.gauss(0, 0.03)
                    value = _flow_value(spec, target, quarter_factor)
                    behind = quarter_factor < 0.9
                if spec.aggregation == "sum":  # flows: the quarter's own share of the total
                    value, previous = max(value - previous, Decimal(0)), max(value, previous)
                row = Realization(region=demo.region, indicator=indicator,
                                  period=periods[(year, quarter)], value=value)
                if behind:
                    row.obstacles, row.follow_up_plan = rng.choice(pairs)
                    if rng.random() < 0.4:
                        row.drivers = rng.choice(names.DRIVERS)
                elif rng.random() < 0.25:
                    row.drivers = rng.choice(names.DRIVERS)
                rows.append((row, status))
    Realization.objects.bulk_create([row for row, _status in rows], batch_size=2000)
    return rows


def _spending(demo: DemoPlan, periods: dict[tuple[int, int], Period],
              levels: dict[int, float]) -> int:
    rng, rows = demo.rng, []
    for line in demo.budget_lines:
        absorption = min(max(rng.gauss(0.92 + (levels[line.agency_id] - 0.85) * 0.5, 0.07),
                             0.4), 1.0)
        before = Decimal(0)
        for quarter in range(1, 5 if line.year == 2025 else 4):
            share = SPENT_SHARE[quarter - 1] * absorption * rng.uniform(0.9, 1.08)
            cumulative = min(line.pagu * Decimal(repr(round(share, 4))), line.pagu)
            amount = max(cumulative - before, Decimal(0)).quantize(Decimal(1000))
            before += amount
            rows.append(BudgetRealization(region=demo.region, line=line,
                                          period=periods[(line.year, quarter)], amount=amount))
    BudgetRealization.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def _reports(demo: DemoPlan, periods: dict[tuple[int, int], Period],
             statuses: dict[tuple[int, int, int], str], tz: zoneinfo.ZoneInfo) -> None:
    rng, rows = demo.rng, []
    day = datetime.timedelta(days=1)
    for (agency_id, year, quarter), status in statuses.items():
        period = periods[(year, quarter)]
        due = deadline_of(period, tz)
        report = AgencyReport(region=demo.region, agency_id=agency_id, period=period,
                              status=status)
        if status != "draft":
            late = rng.random() < 0.15
            submitted = due + (rng.uniform(1, 6) if late else -rng.uniform(0.2, 9)) * day
            approved = submitted + rng.uniform(0.2, 3) * day
            verified = approved + rng.uniform(2, 12) * day
            report.submitted_at = submitted
            report.approved_at = None if status == "submitted" else approved
            if status == "returned":
                report.return_note = rng.choice(names.RETURN_NOTES)
            if status in ("verified", "locked"):
                report.verified_at = verified
            if status == "locked":
                report.locked_at = verified + rng.uniform(0.5, 20) * day
        rows.append(report)
    AgencyReport.objects.bulk_create(rows, batch_size=2000)


def _follow_ups(demo: DemoPlan, written: list[tuple[Realization, str]]) -> int:
    rng, rows = demo.rng, []
    candidates = [row for row, _status in written if row.follow_up_plan]
    for row in rng.sample(candidates, min(180, len(candidates))):
        period = row.period
        ends = datetime.date(period.year + (period.quarter or 4) // 4,
                             (period.quarter or 4) % 4 * 3 + 1, 1)
        due = ends + datetime.timedelta(days=rng.randint(45, 100))
        if (period.year, period.quarter) < (2026, 1):
            status = rng.choices(("done", "in_progress"), weights=(8, 2))[0]
        elif (period.quarter or 4) < 3:
            status = rng.choice(("done", "in_progress", "open"))
        else:
            status = rng.choices(("open", "in_progress"), weights=(7, 3))[0]
        item = FollowUp(region=demo.region, agency=row.indicator.agency, indicator=row.indicator,
                        period=period, description=row.follow_up_plan,
                        owner=rng.choice(names.OWNERS), due_date=due, status=status)
        if status == "done":
            done = min(due - datetime.timedelta(days=rng.randint(0, 30)),
                       datetime.date(2026, 11, 1))
            item.done_at = datetime.datetime.combine(done, datetime.time(10), tzinfo=datetime.UTC)
            item.evidence_note = "Laporan pelaksanaan tindak lanjut dan dokumentasi kegiatan."
        rows.append(item)
    FollowUp.objects.bulk_create(rows)
    return len(rows)


def quarters_load(demo: DemoPlan) -> None:
    tz = zoneinfo.ZoneInfo(demo.region.timezone)
    periods: dict[tuple[int, int], Period] = {}
    for year in (2025, 2026, 2027, 2028, 2029):
        for quarter in range(1, 5):
            periods[(year, quarter)] = Period.objects.get_or_create(
                region=demo.region, year=year, quarter=quarter)[0]
    existing = set(ReportingDeadline.objects.filter(region=demo.region).values_list(
        "period_id", flat=True))
    ReportingDeadline.objects.bulk_create([
        ReportingDeadline(region=demo.region, period=p, due_at=deadline_of(p, tz))
        for p in periods.values() if p.pk not in existing])
    levels = _levels(demo)
    statuses = _statuses(demo)
    written = _realizations(demo, periods, levels, statuses)
    _spending(demo, periods, levels)
    _reports(demo, periods, statuses, tz)
    _follow_ups(demo, written)
