"""Quarterly demo data: realizations, spending, reports, deadlines and follow-ups (see demo.py).

Each OPD gets a performance level (a few ~95–110 %, most 75–95 %, a few 50–70 %) and each
indicator a factor around it; realizations are written so that capaian ≈ the factor whatever the
polarity (negative indicators report below the target when they do well).
"""

from __future__ import annotations

import datetime
import zoneinfo
from decimal import Decimal
from typing import TYPE_CHECKING

from pantau.performance import demo_data as names
from pantau.performance.models import (
    AgencyReport,
    BudgetRealization,
    FollowUp,
    Realization,
    ReportingDeadline,
)
from pantau.tenancy.models import Period

if TYPE_CHECKING:
    from pantau.performance.demo import DemoPlan, Spec

QUARTERS = [(2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2), (2026, 3)]
SPENT_SHARE = (0.12, 0.38, 0.63, 0.93)  # cumulative share of pagu spent by each quarter's end
Q3_STATUSES = ("draft", "submitted", "approved", "returned", "verified")


def _levels(demo: DemoPlan) -> dict[int, float]:
    order = [a.pk for a in demo.agencies]
    demo.rng.shuffle(order)
    levels = {}
    for index, pk in enumerate(order):
        if index < 5:
            levels[pk] = demo.rng.uniform(0.96, 1.07)
        elif index >= len(order) - 4:
            levels[pk] = demo.rng.uniform(0.52, 0.68)
        else:
            levels[pk] = demo.rng.uniform(0.77, 0.93)
    return levels


def deadline_of(period: Period, tz: zoneinfo.ZoneInfo) -> datetime.datetime:
    """15th of the month after the quarter, 23:59 local time."""
    month = period.year * 12 + (period.quarter or 4) * 3  # 0-based month index after quarter
    return datetime.datetime(month // 12, month % 12 + 1, 15, 23, 59, tzinfo=tz)


def _value(spec: Spec, target: Decimal, factor: float) -> Decimal:
    if spec.name.startswith("Opini BPK"):
        return Decimal(4)
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
        factor = min(max(rng.gauss(levels[spec.agency.pk], 0.1), 0.3), 1.3)
        for year in (2025, 2026):
            previous = Decimal(0)
            annual = plan.get((year, 0)) or plan.get((2025, 0)) or Decimal(1)
            for quarter in range(1, 5 if year == 2025 else 4):
                status = statuses[(spec.agency.pk, year, quarter)]
                if status == "draft" and rng.random() < 0.3:
                    continue  # an unfinished draft: completeness below 100 %
                quarter_factor = factor + rng.gauss(0, 0.04)
                target = plan.get((year, quarter)) or annual
                value = _value(spec, target, quarter_factor)
                if spec.aggregation == "sum":  # flows: the quarter's own share of the total
                    value, previous = max(value - previous, Decimal(0)), max(value, previous)
                row = Realization(region=demo.region, indicator=indicator,
                                  period=periods[(year, quarter)], value=value)
                if quarter_factor < 0.9:
                    pick = rng.randrange(len(names.OBSTACLES))  # the plan answers its obstacle
                    row.obstacles = names.OBSTACLES[pick]
                    row.follow_up_plan = names.FOLLOW_UPS[pick]
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
