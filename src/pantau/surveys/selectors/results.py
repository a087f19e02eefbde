"""SKM results read from the rollup: a survey's, and any period's per unit, OPD and Pemda, and a
unit's semester trend.

Whole calendar months inside a period come from the monthly level (``SurveyMonthlyTally``), the
ragged days at either end from the daily level (``SurveyDailyTally``). Each read first folds in
the submissions not counted yet (``rollup_fold``: usually none, one indexed query), so figures are
exact; the sums become results through ``totals.Totals``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, IntegerField, Q, QuerySet, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from pantau.surveys.models import Survey, SurveyDailyTally, SurveyMonthlyTally
from pantau.surveys.rollup import rollup_fold
from pantau.surveys.selectors.totals import TALLY_TOTALS, SurveyResult, Totals, min_sample_of
from pantau.tenancy.models import Agency, Region, ServiceUnit
from pantau.tenancy.permissions import is_region_wide
from pantau.tenancy.selectors import visible_to


def survey_result(*, survey: Survey) -> SurveyResult:
    """NRR per element, IKM, SKM and grade of one survey, read from the monthly rollup."""
    rollup_fold()
    aggregate = SurveyMonthlyTally.objects.filter(survey=survey).aggregate(**TALLY_TOTALS)
    return Totals.of(aggregate).result(min_sample_of(survey))


@dataclass(frozen=True)
class Window:
    """A reporting period: any date range, usually a year or a semester."""

    start: datetime.date
    end: datetime.date
    label: str


def year_window(year: int, semester: int | None = None) -> Window:
    if semester == 1:
        return Window(datetime.date(year, 1, 1), datetime.date(year, 6, 30),
                      _("Semester I %(year)s") % {"year": year})
    if semester == 2:
        return Window(datetime.date(year, 7, 1), datetime.date(year, 12, 31),
                      _("Semester II %(year)s") % {"year": year})
    return Window(datetime.date(year, 1, 1), datetime.date(year, 12, 31),
                  _("Tahun %(year)s") % {"year": year})


def _window_split(window: Window) -> tuple[Q | None, Q | None]:
    """(monthly filter for whole months inside the window, daily filter for the rest)."""
    start, end = window.start, window.end
    first = start if start.day == 1 else (start.replace(day=28) + datetime.timedelta(days=4)
                                          ).replace(day=1)
    after_end = end + datetime.timedelta(days=1)
    last = after_end.replace(day=1) - datetime.timedelta(days=1)  # last month-end <= end
    if first > last:
        return None, Q(day__gte=start, day__lte=end)
    months = Q(month__gte=first, month__lte=last.replace(day=1))
    days = [Q(day__gte=start, day__lt=first)] if start < first else []
    if last < end:
        days.append(Q(day__gt=last, day__lte=end))
    if not days:
        return months, None
    return months, days[0] if len(days) == 1 else days[0] | days[1]


def window_sums(*, window: Window, group: tuple[str, ...] = (),
                **filters: Any) -> dict[tuple[Any, ...], Totals]:
    """Summed rollup rows over the window, grouped by ``group`` (fields of both levels).

    At most two small aggregates: the monthly level for whole months, the daily level for the
    days at either end that do not fill a month.
    """
    rollup_fold()
    months, days = _window_split(window)
    parts: list[QuerySet[Any]] = []
    if months is not None:
        parts.append(SurveyMonthlyTally.objects.filter(months, **filters))
    if days is not None:
        parts.append(SurveyDailyTally.objects.filter(days, **filters))
    merged: dict[tuple[Any, ...], Totals] = {}
    for rows in parts:
        grouped = rows.values(*group).order_by() if group else rows.values("region_id").order_by()
        for row in grouped.annotate(**TALLY_TOTALS):
            merged.setdefault(tuple(row[name] for name in group), Totals()).add(Totals.of(row))
    return merged


@dataclass(frozen=True)
class UnitLine:
    unit: ServiceUnit
    result: SurveyResult


@dataclass(frozen=True)
class AgencyLine:
    agency: Agency
    result: SurveyResult
    units: tuple[UnitLine, ...]


@dataclass(frozen=True)
class PeriodResults:
    window: Window
    total: SurveyResult
    agencies: tuple[AgencyLine, ...]
    whole_region: bool  # False: an OPD's own staff see only their OPD


def period_results(*, user: Any, window: Window, agency_id: int | None = None) -> PeriodResults:
    """Per unit, per OPD and in total over the window, from one GROUP BY over the rollup."""
    units = visible_to(ServiceUnit.objects.select_related("agency"), user=user)
    if agency_id is not None:
        units = units.filter(agency_id=agency_id)
    by_pk = {unit.pk: unit for unit in units}
    rows = window_sums(window=window, group=("unit_id",), unit_id__in=list(by_pk))
    total = Totals()
    per_agency: dict[int, Totals] = {}
    unit_lines: dict[int, list[UnitLine]] = {}
    for (unit_id,), totals in rows.items():
        if totals.respondents <= 0:
            continue
        unit = by_pk[unit_id]
        total.add(totals)
        per_agency.setdefault(unit.agency_id, Totals()).add(totals)
        unit_lines.setdefault(unit.agency_id, []).append(UnitLine(unit, totals.result()))
    agencies: dict[int, Agency] = {unit.agency_id: unit.agency for unit in by_pk.values()}
    lines = tuple(
        AgencyLine(
            agencies[agency], per_agency[agency].result(),
            tuple(sorted(unit_lines[agency], key=lambda line: line.unit.name)),
        )
        for agency in sorted(per_agency, key=lambda pk: agencies[pk].name)
    )
    whole = is_region_wide(user) and agency_id is None
    return PeriodResults(window, total.result(), lines, whole)


def region_ikm(*, region: Region, window: Window) -> SurveyResult:
    """The Pemda's result over a window: one aggregate over its rollup rows."""
    return window_sums(window=window, region=region).get((), Totals()).result()


@dataclass(frozen=True)
class TrendPoint:
    window: Window
    result: SurveyResult


def unit_trend(*, unit: ServiceUnit) -> tuple[TrendPoint, ...]:
    """The unit's result per semester, oldest first (semesters without responses left out)."""
    rollup_fold()
    rows = (
        SurveyMonthlyTally.objects.filter(unit=unit)
        .annotate(
            year=ExtractYear("month"),
            half=Case(When(month__month__lte=6, then=1), default=2, output_field=IntegerField()),
        )
        .values("year", "half").annotate(**TALLY_TOTALS)
        .order_by("year", "half")
    )
    points = ((row, Totals.of(row)) for row in rows)
    return tuple(
        TrendPoint(year_window(row["year"], row["half"]), totals.result())
        for row, totals in points if totals.respondents
    )
