"""SKM fixtures on top of the shared world (tests/conftest.py): one open survey per unit."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.rollup import rollup_fold
from pantau.surveys.services.responses import response_submit
from pantau.surveys.tokens import token_make, token_read
from pantau.tenancy.models import ServiceUnit
from tests.personas import World

ALL_FOUR = (4, 4, 4, 4, 4, 4, 4, 4, 4)


def make_survey(unit: ServiceUnit, **extra: Any) -> Survey:
    today = timezone.localdate()
    data: dict[str, Any] = {
        "title": f"SKM 2026 {unit.name}", "starts_on": today - datetime.timedelta(days=30),
        "ends_on": today + datetime.timedelta(days=30), "population": 100, **extra,
    }
    with scopes_disabled():
        return Survey.objects.create(region_id=unit.region_id, unit=unit, **data)


@pytest.fixture
def survey_a(world: World) -> Survey:
    return make_survey(world.unit_a)


@pytest.fixture
def survey_b(world: World) -> Survey:
    return make_survey(world.unit_b)


@pytest.fixture
def survey_other(world: World) -> Survey:
    return make_survey(world.unit_other)


def form_url(survey: Survey) -> str:
    return reverse("surveys:public_form", args=[survey.public_code])


def load_token(client: Client, survey: Survey) -> str:
    """Opens the public form like a phone would and returns its submission token."""
    page = client.get(form_url(survey))
    assert page.status_code == 200
    match = re.search(r'name="token" value="([^"]+)"', page.content.decode())
    assert match, "the form carries a submission token"
    return match.group(1)


def answers_post(token: str, answers: Sequence[int] = ALL_FOUR, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"token": token, "website": "", "comment": ""}
    data.update({f"u{index}": value for index, value in enumerate(answers, start=1)})
    data.update(extra)
    return data


def submit_direct(survey: Survey, answers: Sequence[int], **extra: Any) -> SurveyResponse:
    """A counted response through the service (no HTTP), for result and rollup tests."""
    nonce = token_read(value=token_make(survey_id=survey.pk), survey_id=survey.pk)
    with scopes_disabled():
        survey = Survey.objects.select_related("region").get(pk=survey.pk)
    with scope(region=survey.region_id):
        return response_submit(survey=survey, answers=list(answers), token=nonce, **extra)


def valid_count(survey: Survey) -> int:
    with scopes_disabled():
        return SurveyResponse.objects.filter(survey=survey, is_valid=True).count()


def tally_count(survey: Survey) -> int:
    """Responses in the survey's daily rollup, read as every reader does: after folding."""
    rollup_fold()
    with scopes_disabled():
        return sum(survey.tallies.values_list("responses", flat=True))


@pytest.fixture(params=[False, True], ids=["counted-at-once", "folded-later"])
def rollup_deferred(request: Any, settings: Any) -> bool:
    """Runs the test with submissions counted in their own transaction, then folded later."""
    settings.SKM_ROLLUP_DEFERRED = request.param
    return bool(request.param)


@pytest.fixture(autouse=True)
def _no_public_page_cache(settings: Any) -> None:
    settings.SKM_PUBLIC_CACHE_SECONDS = 0
