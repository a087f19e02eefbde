from __future__ import annotations

from typing import Any

from django.test import Client

from pantau.surveys.models import Survey
from tests.surveys.conftest import answers_post, form_url, load_token, valid_count


def test_a_flood_from_one_address_is_refused_after_the_limit(
    survey_a: Survey, settings: Any
) -> None:
    settings.SKM_RATE_PER_IP = (3, 600)
    client = Client()

    statuses = [
        client.post(form_url(survey_a), answers_post(load_token(client, survey_a))).status_code
        for _ in range(5)
    ]

    assert statuses == [302, 302, 302, 429, 429]
    assert valid_count(survey_a) == 3
    refused = client.post(form_url(survey_a), answers_post(load_token(client, survey_a)))
    assert "Terlalu banyak pengisian" in refused.content.decode()


def test_another_address_is_not_limited_by_the_first(survey_a: Survey, settings: Any) -> None:
    settings.SKM_RATE_PER_IP = (1, 600)
    first, second = Client(REMOTE_ADDR="10.0.0.1"), Client(REMOTE_ADDR="10.0.0.2")

    first.post(form_url(survey_a), answers_post(load_token(first, survey_a)))
    blocked = first.post(form_url(survey_a), answers_post(load_token(first, survey_a)))
    other = second.post(form_url(survey_a), answers_post(load_token(second, survey_a)))

    assert (blocked.status_code, other.status_code) == (429, 302)


def test_a_survey_wide_limit_applies_across_addresses(survey_a: Survey, settings: Any) -> None:
    settings.SKM_RATE_PER_SURVEY = (2, 600)
    statuses = []
    for number in range(3):
        client = Client(REMOTE_ADDR=f"10.0.1.{number}")
        statuses.append(
            client.post(form_url(survey_a), answers_post(load_token(client, survey_a))).status_code
        )

    assert statuses == [302, 302, 429]


def test_behind_a_proxy_each_visitor_is_counted_apart(survey_a: Survey, settings: Any) -> None:
    settings.SKM_RATE_PER_IP = (1, 600)
    settings.PROXY_COUNT = 1
    first = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    second = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.8")

    first.post(form_url(survey_a), answers_post(load_token(first, survey_a)))
    blocked = first.post(form_url(survey_a), answers_post(load_token(first, survey_a)))
    other = second.post(form_url(survey_a), answers_post(load_token(second, survey_a)))

    assert (blocked.status_code, other.status_code) == (429, 302)
