from __future__ import annotations

import datetime
import random
from typing import Any

from django.core.management import call_command
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.surveys.models import SUM_FIELDS, Survey, SurveyDailyTally, SurveyMonthlyTally
from pantau.surveys.rollup import rollup_fold
from pantau.surveys.services.responses import response_invalidate
from tests.personas import World
from tests.surveys.conftest import submit_direct


def _rollup() -> set[tuple[Any, ...]]:
    rollup_fold()  # as every reader does
    with scopes_disabled():
        return set(
            SurveyDailyTally.objects.filter(responses__gt=0)
            .values_list("survey_id", "unit_id", "day", "responses", *SUM_FIELDS)
        )


def _monthly() -> set[tuple[Any, ...]]:
    rollup_fold()
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
    world: World, survey_a: Survey, survey_b: Survey, survey_other: Survey,
    rollup_deferred: bool,
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
    rollup_fold()
    with scopes_disabled():
        SurveyDailyTally.objects.all().delete()
        SurveyMonthlyTally.objects.all().delete()

    call_command("skm_recount", region="kota-lain")
    assert _rollup() == set()
    call_command("skm_recount", region="kabupaten-contoh")
    assert len(_rollup()) == len(_monthly()) == 1


def test_a_recount_before_the_fold_counts_every_response_once(
    world: World, survey_a: Survey, settings: Any
) -> None:
    """Responses not folded yet are counted by the recount and then never again by a fold."""
    settings.SKM_ROLLUP_DEFERRED = True
    for value in (1, 2, 3, 4):
        submit_direct(survey_a, [value] * 9)
    with scopes_disabled():
        assert SurveyDailyTally.objects.count() == 0  # nothing folded yet

    call_command("skm_recount", region="kabupaten-contoh")

    assert rollup_fold() == 0  # the recount marked them counted
    assert {row[3:5] for row in _rollup()} == {(4, 10)}
    assert {row[3:5] for row in _monthly()} == {(4, 10)}


def test_a_recount_repairs_a_wrong_missing_or_extra_tally_row(
    world: World, survey_a: Survey, survey_b: Survey
) -> None:
    now = timezone.now()
    for days in (0, 0, 1, 2):
        submit_direct(survey_a, [3] * 9, submitted_at=now - datetime.timedelta(days=days))
    submit_direct(survey_b, [2] * 9)
    right, right_monthly = _rollup(), _monthly()
    with scopes_disabled():
        tallies = SurveyDailyTally.objects.filter(survey=survey_a).order_by("day")
        tallies.filter(pk=tallies[0].pk).update(u4_sum=99)  # wrong
        tallies.filter(pk=tallies[1].pk).delete()  # missing
        SurveyDailyTally.objects.create(  # extra: a day without responses
            region_id=survey_b.region_id, unit_id=survey_b.unit_id, survey=survey_b,
            day=now.date() - datetime.timedelta(days=9), responses=5, u1_sum=5)
        SurveyMonthlyTally.objects.filter(survey=survey_b).update(responses=7)

    call_command("skm_recount", region="kabupaten-contoh")

    assert _rollup() == right
    assert _monthly() == right_monthly
