"""Response ids show without thousands separators."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.surveys.models import Survey, SurveyResponse
from tests.surveys.conftest import (
    ALL_FOUR,
    submit_direct,
)


def test_response_ids_show_without_thousands_separators(
    survey_a: Survey, client_for: Any
) -> None:
    response = submit_direct(survey_a, ALL_FOUR)
    with scopes_disabled():
        SurveyResponse.objects.filter(pk=response.pk).update(id=100017)

    page = client_for("evaluator").get(
        reverse("surveys:response_list", args=[survey_a.pk])).content.decode()

    assert "<td>100017</td>" in page and "100.017" not in page
