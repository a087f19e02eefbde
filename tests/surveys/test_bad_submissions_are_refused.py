"""Bad input gets a clear Indonesian message and nothing is counted."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pantau.surveys.models import Survey
from pantau.surveys.tokens import token_make
from tests.personas import World
from tests.surveys.conftest import (
    answers_post,
    form_url,
    load_token,
    make_survey,
    tally_count,
    valid_count,
)


def test_a_missing_answer_is_refused(survey_a: Survey) -> None:
    client = Client()
    data = answers_post(load_token(client, survey_a))
    del data["u3"]

    page = client.post(form_url(survey_a), data)

    assert page.status_code == 200
    assert "Mohon pilih salah satu jawaban untuk U3 (Waktu penyelesaian)." in page.content.decode()
    assert valid_count(survey_a) == 0


@pytest.mark.parametrize("bad", ["5", "0", "abc", "-1"])
def test_an_answer_outside_one_to_four_is_refused(survey_a: Survey, bad: str) -> None:
    client = Client()
    data = answers_post(load_token(client, survey_a), u5=bad)

    page = client.post(form_url(survey_a), data)

    assert "Jawaban untuk U5 harus salah satu pilihan 1–4." in page.content.decode()
    assert valid_count(survey_a) == 0


def test_an_unknown_survey_code_is_not_found(world: World) -> None:
    page = Client().get(reverse("surveys:public_form", args=["tidak-ada-kode"]))

    assert page.status_code == 404
    assert "Survei tidak ditemukan" in page.content.decode()


def test_a_filled_honeypot_is_refused(survey_a: Survey) -> None:
    client = Client()
    data = answers_post(load_token(client, survey_a), website="http://spam.example")

    page = client.post(form_url(survey_a), data)

    assert page.status_code == 400
    assert "tidak dapat diterima" in page.content.decode()
    assert valid_count(survey_a) == 0


def test_a_forged_token_is_refused(survey_a: Survey, survey_b: Survey) -> None:
    client = Client()
    other_survey_token = token_make(survey_id=survey_b.pk)

    for token in ("palsu", other_survey_token):
        page = client.post(form_url(survey_a), answers_post(token))
        assert page.status_code == 400
        assert "Formulir tidak sah" in page.content.decode()
    assert valid_count(survey_a) == 0


@pytest.mark.parametrize("shift", [-60, 31])
def test_a_survey_outside_its_dates_is_refused(world: World, shift: int) -> None:
    today = timezone.localdate()
    survey = make_survey(
        world.unit_a, starts_on=today + datetime.timedelta(days=shift),
        ends_on=today + datetime.timedelta(days=shift + 10),
    )
    client = Client()

    shown = client.get(form_url(survey))
    posted = client.post(form_url(survey), answers_post(token_make(survey_id=survey.pk)))

    for page in (shown, posted):
        assert page.status_code == 403
        assert "Survei sedang tidak dibuka" in page.content.decode()
    assert valid_count(survey) == 0


def test_an_inactive_survey_is_refused(world: World) -> None:
    survey = make_survey(world.unit_a, is_active=False)

    page = Client().post(form_url(survey), answers_post(token_make(survey_id=survey.pk)))

    assert page.status_code == 403
    assert valid_count(survey) == 0
    assert tally_count(survey) == 0
