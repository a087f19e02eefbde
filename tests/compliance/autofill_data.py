"""Builders of the data auto-filled indicators read: SKM of a year, standards, maklumat."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.compliance.models import Instrument, InstrumentIndicator
from pantau.surveys.models import SUM_FIELDS, Survey, SurveyMonthlyTally
from pantau.tenancy.models import ServiceUnit
from tests.surveys.conftest import make_survey

THIS_YEAR = timezone.localdate().year


def skm_with_tally(unit: ServiceUnit, *, respondents: int, population: int | None,
                   year: int = THIS_YEAR, half: int = 0, region: Any = None,
                   **extra: Any) -> Survey:
    """A survey of ``year`` (whole year, or semester ``half`` 1/2) with ``respondents`` valid
    answers already in the monthly rollup (every answer a 3)."""
    starts = datetime.date(year, 7 if half == 2 else 1, 1)
    ends = datetime.date(year, 6, 30) if half == 1 else datetime.date(year, 12, 31)
    title = f"SKM {'Semester ' + 'I' * half + ' ' if half else ''}{year} {unit.name}"
    survey = make_survey(unit, title=title, starts_on=starts, ends_on=ends,
                         population=population, **extra)
    with scopes_disabled():
        if region is not None:
            Survey.objects.filter(pk=survey.pk).update(region=region)
            survey.refresh_from_db()
        if respondents:
            SurveyMonthlyTally.objects.create(
                region_id=survey.region_id, unit=unit, survey=survey, month=starts,
                responses=respondents, **{name: respondents * 3 for name in SUM_FIELDS})
    return survey


def indicator(instrument: Instrument, code: str) -> InstrumentIndicator:
    with scopes_disabled():
        return InstrumentIndicator.objects.get(instrument=instrument, code=code)


def with_source(instrument: Instrument, code: str, source: str) -> InstrumentIndicator:
    """The indicator, now filled from ``source`` (an admin may set any source)."""
    found = indicator(instrument, code)
    with scopes_disabled():
        InstrumentIndicator.objects.filter(pk=found.pk).update(auto_source=source)
        found.refresh_from_db()
    return found
