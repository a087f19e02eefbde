"""Reads of surveys and their responses: the public survey behind a code, the staff list with
its filters and counts, a survey's responses."""

from __future__ import annotations

import datetime
import time
import zoneinfo
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from pantau.surveys.models import Survey, SurveyMonthlyTally, SurveyResponse
from pantau.surveys.rollup import rollup_fold
from pantau.tenancy.models import Agency, Region
from pantau.tenancy.selectors import visible_to


def local_day(*, region: Region, moment: datetime.datetime) -> datetime.date:
    """The day a moment falls on in the Pemda's time zone (a response's ``day``)."""
    return moment.astimezone(zoneinfo.ZoneInfo(region.timezone)).date()


def survey_is_open(*, survey: Survey, day: datetime.date) -> bool:
    """Whether the survey takes answers on that day: active and within its dates."""
    return survey.is_active and survey.starts_on <= day <= survey.ends_on


_PUBLIC: dict[str, tuple[float, Survey]] = {}  # public code -> (expiry, survey), this process


def public_survey(code: str) -> Survey | None:
    """The survey behind a public code, in any Pemda, with its Pemda, unit, OPD and wording.

    Kept in this process for ``SKM_SURVEY_CACHE_SECONDS`` (30; 0: not kept), since every phone
    asks for it. Only for display and early answers: a submission re-checks the live survey
    row in its INSERT (``response_submit``), so a survey closed a moment ago takes nothing.
    """
    now = time.monotonic()
    kept = _PUBLIC.get(code)
    if kept is not None and kept[0] > now:
        return kept[1]
    with scopes_disabled():
        survey = (
            Survey.objects.select_related("region", "unit", "unit__agency", "questionnaire")
            .filter(public_code=code).order_by("pk").first()
        )
    seconds = getattr(settings, "SKM_SURVEY_CACHE_SECONDS", 30)
    if survey is not None and seconds > 0:
        if len(_PUBLIC) >= 10_000:  # bounded: forget everything rather than grow
            _PUBLIC.clear()
        _PUBLIC[code] = (now + seconds, survey)
    return survey


def public_survey_forget(code: str) -> None:
    """Drops this process's copy after the survey changed (other processes: at expiry)."""
    _PUBLIC.pop(code, None)


# The survey list's status filter: value, label
SURVEY_STATES = (
    ("berjalan", _("Berjalan sekarang")),
    ("aktif", _("Aktif")),
    ("nonaktif", _("Nonaktif")),
)


def survey_list(*, user: Any, agency_id: int | None = None, state: str = "",
                search: str = "") -> QuerySet[Survey]:
    """The surveys the user may see (OPD staff: their OPD's only), optionally filtered by OPD,
    state ("berjalan": active and open today in the Pemda, "aktif", "nonaktif") and a text
    found in the title or the unit's name."""
    surveys = visible_to(Survey.objects.select_related("unit", "unit__agency"), user=user,
                         agency="unit__agency")
    if agency_id is not None:
        surveys = surveys.filter(unit__agency_id=agency_id)
    if state == "berjalan":
        today = timezone.localdate()
        surveys = surveys.filter(is_active=True, starts_on__lte=today, ends_on__gte=today)
    elif state in ("aktif", "nonaktif"):
        surveys = surveys.filter(is_active=state == "aktif")
    if search:
        surveys = surveys.filter(Q(title__icontains=search) | Q(unit__name__icontains=search))
    return surveys.order_by("-starts_on", "unit__agency__name", "unit__name", "pk")


def survey_agencies(*, user: Any) -> QuerySet[Agency]:
    """The OPDs that have a survey the user may see: the choices of the list's OPD filter."""
    return Agency.objects.filter(
        pk__in=survey_list(user=user).values("unit__agency_id")
    ).order_by("name")


def survey_counts(*, survey_ids: list[int]) -> dict[int, int]:
    """Valid responses per survey, from the rollup."""
    rollup_fold()
    rows = (
        SurveyMonthlyTally.objects.filter(survey_id__in=survey_ids)
        .values("survey_id").annotate(total=Sum("responses")).order_by()
    )
    return {row["survey_id"]: row["total"] or 0 for row in rows}


def response_list(*, survey: Survey) -> QuerySet[SurveyResponse]:
    return SurveyResponse.objects.filter(survey=survey).select_related(
        "product", "invalidated_by"
    ).order_by("-submitted_at", "-pk")
