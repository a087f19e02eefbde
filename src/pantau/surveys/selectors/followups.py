"""Follow-up plans for the weakest elements, of the OPDs the user reads."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from pantau.surveys.models import Survey, SurveyFollowUp
from pantau.tenancy.models import ServiceUnit
from pantau.tenancy.selectors import visible_to


def followup_list(*, user: Any, status: str = "") -> QuerySet[SurveyFollowUp]:
    followups = visible_to(
        SurveyFollowUp.objects.select_related("survey", "unit", "unit__agency"), user=user,
        agency="unit__agency",
    )
    if status:
        followups = followups.filter(status=status)
    return followups.order_by("due_on", "unit__name", "pk")


def followups_of(*, survey: Survey | None = None,
                 unit: ServiceUnit | None = None) -> QuerySet[SurveyFollowUp]:
    """A survey's (or a unit's, each with its survey) follow-up plans, earliest due first."""
    if survey is not None:
        return SurveyFollowUp.objects.filter(survey=survey).order_by("due_on")
    return SurveyFollowUp.objects.filter(unit=unit).select_related("survey").order_by("due_on")
