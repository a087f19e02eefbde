from __future__ import annotations

from django.test import Client

from pantau.surveys.models import Survey
from tests.surveys.conftest import answers_post, form_url, load_token, tally_count, valid_count


def test_the_same_token_submitted_twice_counts_once(
    survey_a: Survey, rollup_deferred: bool
) -> None:
    client = Client()
    token = load_token(client, survey_a)

    first = client.post(form_url(survey_a), answers_post(token))
    second = client.post(form_url(survey_a), answers_post(token))

    assert first.status_code == 302
    assert second.status_code == 200
    assert "sudah tercatat" in second.content.decode()
    assert valid_count(survey_a) == 1
    assert tally_count(survey_a) == 1


def test_two_form_loads_count_twice(survey_a: Survey) -> None:
    client = Client()
    for _ in range(2):
        client.post(form_url(survey_a), answers_post(load_token(client, survey_a)))

    assert valid_count(survey_a) == 2
