from __future__ import annotations

import datetime
import random
from typing import Any

from django.core.management import call_command
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.surveys.models import SUM_FIELDS, Survey, SurveyDailyTally, SurveyMonthlyTally
from pantau.surveys.services import response_invalidate
from tests.personas import World
from tests.surveys.conftest import submit_direct


def _rollup() -> set[tuple[Any, ...]]:
    with scopes_disabled():
        return set(
            SurveyDailyTally.objects.filter(responses__gt=0)
            .values_list("survey_id", "unit_id", "day", "responses", *SUM_FIELDS)
        )


def _monthly() -> set[tuple[Any, ...]]:
    with scopes_disabled():
        return set(
            SurveyMonthlyTally.objects.filter(responses__gt=0)
            .values_list("survey_id", "unit_id", "month", "responses", *SUM_FIELDS)
        )


def _months_from_days() -> set[tuple[Any, ...]]:
    """The monthly level as the sum of the daily one."""
    months: dict[tuple[Any, ...], list[int]] = {}
    for survey_id, unit_id, day, *counts in _rollup():
        line = months.setdefault((survey_id, unit_id, day.replace(day=1)), [0] * len(counts))
        months[(survey_id, unit_id, day.replace(day=1))] = [
            a + b for a, b in zip(line, counts, strict=True)]
    return {(*key, *counts) for key, counts in months.items()}


def test_rollup_equals_recount_after_submissions_and_invalidations(
    world: World, survey_a: Survey, survey_b: Survey, survey_other: Survey
) -> None:
    rng = random.Random(5)
    now = timezone.now()
    responses = []
    for index in range(120):
        survey = (survey_a, survey_b, survey_other)[index % 3]
        moment = now - datetime.timedelta(days=rng.randrange(20), hours=rng.randrange(24))
        answers = [rng.randint(1, 4) for _ in range(9)]
        responses.append(submit_direct(survey, answers, submitted_at=moment))
    for response in rng.sample(responses, 25):
        with scope(region=response.region_id):
            response_invalidate(actor=world.user("evaluator"), response=response, reason="uji")
    live, live_monthly = _rollup(), _monthly()

    call_command("skm_recount")

    assert _rollup() == live
    assert _monthly() == live_monthly == _months_from_days()
    assert sum(row[3] for row in live) == sum(row[3] for row in live_monthly) == 95


def test_recount_can_be_limited_to_one_pemda(world: World, survey_a: Survey) -> None:
    submit_direct(survey_a, [3] * 9)
    with scopes_disabled():
        SurveyDailyTally.objects.all().delete()
        SurveyMonthlyTally.objects.all().delete()

    call_command("skm_recount", region="kota-lain")
    assert _rollup() == set()
    call_command("skm_recount", region="kabupaten-contoh")
    assert len(_rollup()) == len(_monthly()) == 1
