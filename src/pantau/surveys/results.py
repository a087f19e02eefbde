"""SKM results for any period, per unit, OPD and Pemda, and the public publication.

Everything here reads the rollup only: whole calendar months inside a period come from the monthly
level (``SurveyMonthlyTally``), the ragged days at either end from the daily level
(``SurveyDailyTally``). Element sums and counts are added across units and days, then passed to
``pantau.scoring.skm.from_totals``. Each read first folds in the submissions not counted yet
(``rollup_fold``: usually none, one indexed query), so figures are exact.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, IntegerField, Q, QuerySet, Sum, When
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.scoring import sampling
from pantau.surveys.models import SUM_FIELDS, Survey, SurveyDailyTally, SurveyMonthlyTally
from pantau.surveys.rollup import rollup_fold
from pantau.surveys.selectors import TALLY_SUMS, SurveyResult, result_from
from pantau.tenancy.models import Agency, Region, ServiceUnit
from pantau.tenancy.permissions import is_region_wide
from pantau.tenancy.selectors import visible_to


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
                **filters: Any) -> dict[tuple[Any, ...], dict[str, int]]:
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
    names = ("respondents", *SUM_FIELDS)
    merged: dict[tuple[Any, ...], dict[str, int]] = {}
    for rows in parts:
        grouped = rows.values(*group).order_by() if group else rows.values("region_id").order_by()
        for row in grouped.annotate(respondents=Sum("responses"), **TALLY_SUMS):
            line = merged.setdefault(tuple(row[name] for name in group), dict.fromkeys(names, 0))
            for name in names:
                line[name] += row[name] or 0
    return merged


@dataclass
class Totals:
    """Summed rollup figures: the count and the nine element sums."""

    respondents: int = 0
    sums: list[int] = field(default_factory=lambda: [0] * len(SUM_FIELDS))

    def add(self, respondents: int, sums: Iterable[int]) -> None:
        self.respondents += respondents
        self.sums = [a + b for a, b in zip(self.sums, sums, strict=True)]

    def result(self) -> SurveyResult:
        return result_from(self.sums, self.respondents)


def _row_sums(row: Any) -> list[int]:
    return [row[name] or 0 for name in SUM_FIELDS]


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


def visible_units(*, user: Any) -> QuerySet[ServiceUnit]:
    return visible_to(ServiceUnit.objects.select_related("agency"), user=user)


def period_results(*, user: Any, window: Window, agency_id: int | None = None) -> PeriodResults:
    """Per unit, per OPD and in total over the window, from one GROUP BY over the rollup."""
    units = visible_units(user=user)
    if agency_id is not None:
        units = units.filter(agency_id=agency_id)
    by_pk = {unit.pk: unit for unit in units}
    rows = window_sums(window=window, group=("unit_id",), unit_id__in=list(by_pk))
    total = Totals()
    per_agency: dict[int, Totals] = {}
    unit_lines: dict[int, list[UnitLine]] = {}
    for (unit_id,), row in rows.items():
        unit = by_pk[unit_id]
        sums = _row_sums(row)
        respondents = row["respondents"] or 0
        if respondents <= 0:
            continue
        total.add(respondents, sums)
        per_agency.setdefault(unit.agency_id, Totals()).add(respondents, sums)
        unit_total = Totals()
        unit_total.add(respondents, sums)
        unit_lines.setdefault(unit.agency_id, []).append(UnitLine(unit, unit_total.result()))
    agencies = {unit.agency_id: unit.agency for unit in by_pk.values()}
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
    aggregate = window_sums(window=window, region=region).get((), {})
    return result_from([aggregate.get(name, 0) for name in SUM_FIELDS],
                       aggregate.get("respondents", 0))


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
        .values("year", "half").annotate(respondents=Sum("responses"), **TALLY_SUMS)
        .order_by("year", "half")
    )
    points = []
    for row in rows:
        if not row["respondents"]:
            continue
        points.append(TrendPoint(
            year_window(row["year"], row["half"]),
            result_from(_row_sums(row), row["respondents"]),
        ))
    return tuple(points)


@dataclass(frozen=True)
class PublishedUnit:
    unit: ServiceUnit
    survey: Survey
    result: SurveyResult
    ongoing: bool  # the survey period has not ended: the figures may still move


@dataclass(frozen=True)
class PublishedAgency:
    agency: Agency
    result: SurveyResult
    units: tuple[PublishedUnit, ...]


@dataclass(frozen=True)
class Publication:
    region: Region
    total: SurveyResult
    agencies: tuple[PublishedAgency, ...]


def publication(*, region: Region) -> Publication:
    """Each active unit's latest active survey that has started and has valid responses (by
    period end; active surveys of a unit never overlap); OPD and Pemda totals of those.
    Deactivating a survey withdraws it from this page.

    Explicitly filtered on ``region``; only figures, never responses, comments or names.
    """
    today = timezone.localdate()
    rollup_fold()
    sums = (
        SurveyMonthlyTally.objects.filter(region=region, unit__is_active=True)
        .values("survey_id").annotate(respondents=Sum("responses"), **TALLY_SUMS).order_by()
    )
    by_survey = {row["survey_id"]: row for row in sums if row["respondents"]}
    surveys = (
        Survey.objects.filter(region=region, pk__in=list(by_survey), is_active=True,
                              starts_on__lte=today)
        .select_related("unit", "unit__agency")
        .order_by("unit_id", "-ends_on", "-starts_on", "-pk")
    )
    latest: dict[int, Survey] = {}
    for survey in surveys:
        latest.setdefault(survey.unit_id, survey)
    total = Totals()
    per_agency: dict[int, Totals] = {}
    units: dict[int, list[PublishedUnit]] = {}
    agencies: dict[int, Agency] = {}
    for survey in latest.values():
        row = by_survey[survey.pk]
        minimum = sampling.min_sample(survey.population) if survey.population else None
        line = result_from(_row_sums(row), row["respondents"], minimum)
        total.add(row["respondents"], _row_sums(row))
        agency = survey.unit.agency
        agencies[agency.pk] = agency
        per_agency.setdefault(agency.pk, Totals()).add(row["respondents"], _row_sums(row))
        units.setdefault(agency.pk, []).append(
            PublishedUnit(survey.unit, survey, line, ongoing=survey.ends_on >= today))
    return Publication(region, total.result(), tuple(
        PublishedAgency(
            agencies[pk], per_agency[pk].result(),
            tuple(sorted(units[pk], key=lambda item: item.unit.name)),
        )
        for pk in sorted(agencies, key=lambda pk: agencies[pk].name)
    ))
