"""Deferred counting: a live submission is one INSERT; the fold moves it into the rollup later and
every reader folds first, so figures are exact whether or not the fold has run."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.cache import cache
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from pantau.surveys import rollup
from pantau.surveys.models import SUM_FIELDS, Survey, SurveyDailyTally, SurveyResponse
from pantau.surveys.rollup import rollup_fold
from pantau.surveys.selectors.results import region_ikm, survey_result, year_window
from pantau.surveys.selectors.surveys import survey_counts
from pantau.surveys.services import responses
from pantau.surveys.services.recount import rollup_recount
from pantau.surveys.services.responses import response_invalidate, response_restore
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct


def _raw_totals(survey: Survey) -> tuple[int, list[int]]:
    with scopes_disabled():
        rows = list(SurveyResponse.objects.filter(survey=survey, is_valid=True)
                    .values_list("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"))
    return len(rows), [sum(column) for column in zip(*rows, strict=True)] if rows else [0] * 9


def _result(survey: Survey) -> tuple[int, list[int]]:
    with scope(region=survey.region_id):
        result = survey_result(survey=survey)
    return result.respondents, list(result.totals)


def _stored_tally(survey: Survey) -> int:
    """The daily rows as stored, without folding first."""
    with scopes_disabled():
        return sum(SurveyDailyTally.objects.filter(survey=survey)
                   .values_list("responses", flat=True))


def _rollup_rows(survey_ids: list[int]) -> set[tuple[Any, ...]]:
    with scopes_disabled():
        return set(SurveyDailyTally.objects.filter(survey_id__in=survey_ids, responses__gt=0)
                   .values_list("survey_id", "day", "responses", *SUM_FIELDS))


def test_a_deferred_submission_waits_for_the_fold_but_every_read_sees_it(
    survey_a: Survey, settings: Any
) -> None:
    settings.SKM_ROLLUP_DEFERRED = True

    response = submit_direct(survey_a, [4, 3, 2, 1, 4, 3, 2, 1, 4])

    assert not response.counted
    assert _stored_tally(survey_a) == 0
    assert _result(survey_a) == (1, [4, 3, 2, 1, 4, 3, 2, 1, 4])  # the read folded it in
    assert _stored_tally(survey_a) == 1
    with scopes_disabled():
        assert SurveyResponse.objects.get(pk=response.pk).counted
    assert rollup_fold() == 0  # nothing left: never counted twice


def test_every_reader_folds_first(world: World, survey_a: Survey, settings: Any) -> None:
    settings.SKM_ROLLUP_DEFERRED = True
    submit_direct(survey_a, [3] * 9)
    with scope(region=survey_a.region_id):
        assert survey_counts(survey_ids=[survey_a.pk]) == {survey_a.pk: 1}
    submit_direct(survey_a, [1] * 9)
    with scope(region=survey_a.region_id):
        ikm = region_ikm(region=world.region_a, window=year_window(timezone.localdate().year))
    assert ikm.respondents == 2


def test_invalidating_a_response_before_or_after_the_fold_keeps_the_rollup_exact(
    world: World, survey_a: Survey, settings: Any
) -> None:
    settings.SKM_ROLLUP_DEFERRED = True
    folded = submit_direct(survey_a, [4] * 9)
    rollup_fold()
    waiting = submit_direct(survey_a, [1] * 9)
    kept = submit_direct(survey_a, [3] * 9)
    evaluator = world.user("evaluator")

    with scope(region=survey_a.region_id):
        response_invalidate(actor=evaluator, response=waiting, reason="uji")  # not folded yet
        response_invalidate(actor=evaluator, response=folded, reason="uji")  # folded: subtracted

    assert _result(survey_a) == (1, [3] * 9) == _raw_totals(survey_a)
    with scopes_disabled():
        assert SurveyResponse.objects.get(pk=waiting.pk).counted  # folded as nothing
    assert kept.pk


def test_the_fold_works_in_batches(survey_a: Survey, survey_b: Survey, settings: Any) -> None:
    settings.SKM_ROLLUP_DEFERRED = True
    for index in range(7):
        submit_direct((survey_a, survey_b)[index % 2], [1 + index % 4] * 9)

    assert rollup_fold(batch=2) == 7

    assert _stored_tally(survey_a) == 4 and _stored_tally(survey_b) == 3
    assert _result(survey_a) == _raw_totals(survey_a)
    assert _result(survey_b) == _raw_totals(survey_b)


def test_the_background_fold_takes_what_waits_and_leaves_latecomers_to_the_next_run(
    survey_a: Survey, settings: Any, monkeypatch: Any
) -> None:
    """A submission arriving while the background fold works is left for the next run instead of
    being chased a few rows at a time; a reader still folds everything first."""
    settings.SKM_ROLLUP_DEFERRED = True
    for _ in range(5):
        submit_direct(survey_a, [2] * 9)
    add_many = rollup._add_many

    def add_and_one_arrives_during_the_last_batch(daily: Any) -> None:
        add_many(daily)
        batches.append(daily)
        if len(batches) == 3:
            submit_direct(survey_a, [4] * 9)

    batches: list[Any] = []
    monkeypatch.setattr(rollup, "_add_many", add_and_one_arrives_during_the_last_batch)

    assert rollup_fold(batch=2, catch_up=False) == 5  # 2 + 2 + 1: the short batch ends it
    assert _stored_tally(survey_a) == 5
    assert _result(survey_a) == (6, [2 * 5 + 4] * 9)  # the reader folds the latecomer
    assert rollup_fold(batch=2) == 0


def test_a_deferred_submission_queues_a_background_fold_once_in_a_while(
    survey_a: Survey, settings: Any, django_capture_on_commit_callbacks: Any,
    monkeypatch: Any,
) -> None:
    """After commit the submission asks for a fold (the test runs tasks at once), at most once
    per SKM_FOLD_INTERVAL seconds per process."""
    settings.SKM_ROLLUP_DEFERRED = True
    settings.SKM_FOLD_INTERVAL = 3600
    monkeypatch.setattr(responses, "_FOLD_REQUESTED", [float("-inf")])
    cache.delete("skm-fold-queued")  # the cross-process marker of an earlier test

    with django_capture_on_commit_callbacks(execute=True):
        submit_direct(survey_a, [2] * 9)
    with django_capture_on_commit_callbacks(execute=True):
        submit_direct(survey_a, [2] * 9)

    assert _stored_tally(survey_a) == 1  # the first one was folded by the task, not the second
    assert _result(survey_a)[0] == 2
    cache.delete("skm-fold-queued")


def test_other_processes_do_not_queue_a_second_fold_within_the_interval(
    survey_a: Survey, settings: Any, django_capture_on_commit_callbacks: Any,
    monkeypatch: Any,
) -> None:
    """The shared cache remembers that a fold was queued: another web process (here: this one
    with its own clock reset) does not queue a second one in the same interval."""
    settings.SKM_ROLLUP_DEFERRED = True
    settings.SKM_FOLD_INTERVAL = 3600
    cache.delete("skm-fold-queued")
    for _process in range(2):
        monkeypatch.setattr(responses, "_FOLD_REQUESTED", [float("-inf")])
        with django_capture_on_commit_callbacks(execute=True):
            submit_direct(survey_a, [2] * 9)

    assert _stored_tally(survey_a) == 1
    cache.delete("skm-fold-queued")


@hypothesis_settings(max_examples=25, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    deferred=st.booleans(),
    steps=st.lists(st.one_of(
        st.tuples(st.just("submit"), st.integers(0, 1), st.integers(0, 3),
                  st.lists(st.integers(1, 4), min_size=9, max_size=9)),
        st.tuples(st.just("invalidate"), st.integers(0, 50)),
        st.tuples(st.just("fold")),
        st.tuples(st.just("recount")),
    ), max_size=25),
)
def test_any_mix_of_submissions_invalidations_folds_and_recounts_stays_exact(
    world: World, settings: Any, deferred: bool, steps: list[tuple[Any, ...]]
) -> None:
    settings.SKM_ROLLUP_DEFERRED = deferred
    surveys = [make_survey(world.unit_a), make_survey(world.unit_b)]
    responses: list[SurveyResponse] = []
    now = timezone.now()
    for step in steps:
        if step[0] == "submit":
            _kind, which, days_ago, answers = step
            responses.append(submit_direct(surveys[which], answers,
                                           submitted_at=now - datetime.timedelta(days=days_ago)))
        elif step[0] == "invalidate" and responses:
            response = responses[step[1] % len(responses)]
            with scopes_disabled():
                valid = SurveyResponse.objects.get(pk=response.pk).is_valid
            with scope(region=response.region_id):  # a second time: counted again
                toggle = response_invalidate if valid else response_restore
                toggle(actor=world.user("evaluator"), response=response, reason="uji")
        elif step[0] == "fold":
            rollup_fold()
        elif step[0] == "recount":
            with scope(region=world.region_a.pk):
                rollup_recount(region=world.region_a)
        for survey in surveys:
            assert _result(survey) == _raw_totals(survey)
    ids = [survey.pk for survey in surveys]
    live = _rollup_rows(ids)
    with scope(region=world.region_a.pk):
        rollup_recount(region=world.region_a)
    assert _rollup_rows(ids) == live
