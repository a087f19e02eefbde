"""The perception questions ride on the unit's public SKM form: shown only while switched on,
optional, stored with the SKM response in one transaction behind the SKM's integrity checks."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from pantau.compliance.perception import form as perception_form
from pantau.surveys.models import Survey, SurveyResponse
from tests.compliance.perception_helpers import perception_post, perception_rows, switch_on
from tests.personas import World
from tests.surveys.conftest import (
    answers_post,
    form_url,
    load_token,
    make_survey,
    tally_count,
    valid_count,
)

ALL_CLEAN = {"o1": "tidak", "o2": "tidak", "o3": "tidak", "o4": "tidak", "o5": "tidak"}


@pytest.fixture(autouse=True)
def _no_public_page_cache(settings: Any) -> None:
    settings.SKM_PUBLIC_CACHE_SECONDS = 0


@pytest.fixture(params=[False, True], ids=["counted-at-once", "folded-later"])
def rollup_deferred(request: Any, settings: Any) -> bool:
    settings.SKM_ROLLUP_DEFERRED = request.param
    return bool(request.param)


@pytest.fixture
def survey(world: World) -> Survey:
    return make_survey(world.unit_a)


def test_switched_off_the_form_is_the_plain_skm_form(survey: Survey) -> None:
    page = Client().get(form_url(survey)).content.decode()

    assert "Apakah Anda mengalami" not in page
    assert "x_persepsi" not in page


def test_switched_on_the_form_asks_five_optional_questions_after_the_skm(
    world: World, survey: Survey
) -> None:
    switch_on(world, world.unit_a)

    page = Client().get(form_url(survey)).content.decode()

    assert page.count("Apakah Anda mengalami") == 5
    assert page.index("soal-U9") < page.index("soal-P1") < page.index("Tentang Anda")
    assert 'name="x_persepsi_o5"' in page
    assert "Tidak menjawab" in page


def test_one_submission_stores_the_skm_and_the_perception_answers(
    world: World, survey: Survey, rollup_deferred: bool
) -> None:
    switch_on(world, world.unit_a)
    client = Client()
    data = answers_post(load_token(client, survey), **perception_post(o1="ya", o2="tidak",
                                                                      o4="tidak"))

    response = client.post(form_url(survey), data)

    assert response.status_code == 302
    assert valid_count(survey) == tally_count(survey) == 1
    [row] = perception_rows(survey)
    assert (row.o1, row.o2, row.o3, row.o4, row.o5) == (True, False, None, False, None)
    with scopes_disabled():
        assert row.response == SurveyResponse.objects.get(survey=survey)
    assert row.unit_id == world.unit_a.pk


def test_no_perception_answer_stores_the_skm_only(world: World, survey: Survey) -> None:
    switch_on(world, world.unit_a)
    client = Client()

    client.post(form_url(survey), answers_post(load_token(client, survey)))

    assert valid_count(survey) == 1
    assert perception_rows(survey) == []


def test_answers_posted_to_a_unit_switched_off_are_ignored(survey: Survey) -> None:
    client = Client()

    response = client.post(form_url(survey), answers_post(load_token(client, survey),
                                                          **perception_post(**ALL_CLEAN)))

    assert response.status_code == 302
    assert valid_count(survey) == 1
    assert perception_rows(survey) == []


def test_a_failure_storing_the_perception_answers_stores_nothing(
    world: World, survey: Survey, rollup_deferred: bool, monkeypatch: Any
) -> None:
    switch_on(world, world.unit_a)

    def broken(self: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(perception_form.PerceptionQuestions, "store", broken)
    client = Client(raise_request_exception=False)
    data = answers_post(load_token(client, survey), **perception_post(**ALL_CLEAN))

    response = client.post(form_url(survey), data)

    assert response.status_code == 500
    assert valid_count(survey) == tally_count(survey) == 0
    assert perception_rows(survey) == []


def test_an_answer_outside_the_choices_is_refused_and_nothing_is_stored(
    world: World, survey: Survey
) -> None:
    switch_on(world, world.unit_a)
    client = Client()
    data = answers_post(load_token(client, survey), **perception_post(o2="mungkin"))

    page = client.post(form_url(survey), data)

    assert page.status_code == 200
    assert "Jawaban untuk P2 harus salah satu pilihan yang tersedia." in page.content.decode()
    assert valid_count(survey) == 0
    assert perception_rows(survey) == []


def test_the_same_token_twice_stores_one_response_and_one_perception_row(
    world: World, survey: Survey, rollup_deferred: bool
) -> None:
    switch_on(world, world.unit_a)
    client = Client()
    data = answers_post(load_token(client, survey), **perception_post(**ALL_CLEAN))

    first = client.post(form_url(survey), data)
    second = client.post(form_url(survey), data)

    assert (first.status_code, second.status_code) == (302, 200)
    assert "sudah tercatat" in second.content.decode()
    assert valid_count(survey) == 1
    assert len(perception_rows(survey)) == 1


def test_the_honeypot_refuses_the_perception_answers_too(world: World, survey: Survey) -> None:
    switch_on(world, world.unit_a)
    client = Client()
    data = answers_post(load_token(client, survey), website="http://spam.example",
                        **perception_post(**ALL_CLEAN))

    page = client.post(form_url(survey), data)

    assert page.status_code == 400
    assert valid_count(survey) == 0
    assert perception_rows(survey) == []


def test_a_flood_is_refused_after_the_limit_with_its_perception_answers(
    world: World, survey: Survey, settings: Any
) -> None:
    settings.SKM_RATE_PER_IP = (2, 600)
    switch_on(world, world.unit_a)
    client = Client()

    statuses = [client.post(form_url(survey), answers_post(
        load_token(client, survey), **perception_post(**ALL_CLEAN))).status_code
        for _ in range(4)]

    assert statuses == [302, 302, 429, 429]
    assert len(perception_rows(survey)) == 2


def test_a_closed_survey_stores_no_perception_answers(world: World, survey: Survey) -> None:
    switch_on(world, world.unit_a)
    client = Client()
    data = answers_post(load_token(client, survey), **perception_post(**ALL_CLEAN))
    with scopes_disabled():
        Survey.objects.filter(pk=survey.pk).update(is_active=False)

    page = client.post(form_url(survey), data)

    assert page.status_code == 403
    assert perception_rows(survey) == []


def test_the_switch_of_one_unit_does_not_reach_another(world: World) -> None:
    switch_on(world, world.unit_a)
    other = make_survey(world.unit_b)

    page = Client().get(form_url(other)).content.decode()

    assert "Apakah Anda mengalami" not in page
