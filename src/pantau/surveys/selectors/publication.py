"""The public SKM page's figures: each active unit's latest survey with answers, per OPD and for
the Pemda, from the monthly rollup. Only figures, never responses, comments or names."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from pantau.surveys.models import Survey, SurveyMonthlyTally
from pantau.surveys.rollup import rollup_fold
from pantau.surveys.selectors.totals import TALLY_TOTALS, SurveyResult, Totals, min_sample_of
from pantau.tenancy.models import Agency, Region, ServiceUnit


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
        .values("survey_id").annotate(**TALLY_TOTALS).order_by()
    )
    per_survey = ((row["survey_id"], Totals.of(row)) for row in sums)
    by_survey = {pk: figures for pk, figures in per_survey if figures.respondents}
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
        figures = by_survey[survey.pk]
        total.add(figures)
        agency = survey.unit.agency
        agencies[agency.pk] = agency
        per_agency.setdefault(agency.pk, Totals()).add(figures)
        line = figures.result(min_sample_of(survey))
        units.setdefault(agency.pk, []).append(
            PublishedUnit(survey.unit, survey, line, ongoing=survey.ends_on >= today))
    return Publication(region, total.result(), tuple(
        PublishedAgency(
            agencies[pk], per_agency[pk].result(),
            tuple(sorted(units[pk], key=lambda item: item.unit.name)),
        )
        for pk in sorted(agencies, key=lambda pk: agencies[pk].name)
    ))
