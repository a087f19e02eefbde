"""The Pemda's questionnaire wording: its newest version and whether answers froze it."""

from __future__ import annotations

from pantau.surveys.models import SurveyQuestionnaire, SurveyResponse
from pantau.tenancy.models import Region


def questionnaire_current(*, region: Region) -> SurveyQuestionnaire | None:
    """The Pemda's newest version (None: the official wording is used)."""
    return SurveyQuestionnaire.objects.filter(region=region).order_by("-version").first()


def questionnaire_is_frozen(*, questionnaire: SurveyQuestionnaire) -> bool:
    return SurveyResponse.objects.filter(survey__questionnaire=questionnaire).exists()
