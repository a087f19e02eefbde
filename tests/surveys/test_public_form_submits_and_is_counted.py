from __future__ import annotations

from django.test import Client
from django.urls import reverse

from pantau.surveys.models import Survey
from tests.surveys.conftest import (
    answers_post,
    form_url,
    load_token,
    tally_count,
    valid_count,
)


def test_the_form_shows_the_official_questions_and_answer_labels(survey_a: Survey) -> None:
    page = Client().get(form_url(survey_a)).content.decode()

    assert "kesesuaian persyaratan pelayanan" in page
    assert "Sangat sopan dan ramah" in page
    assert "Dikelola dengan baik" in page
    assert 'class="btn-check"' in page


def test_a_submitted_response_is_counted_in_the_rollup(
    survey_a: Survey, rollup_deferred: bool
) -> None:
    client = Client()
    token = load_token(client, survey_a)

    response = client.post(form_url(survey_a), answers_post(token, (4, 3, 3, 4, 3, 4, 4, 3, 2)))

    assert response.status_code == 302
    assert response["Location"] == reverse("surveys:public_thanks", args=[survey_a.public_code])
    assert valid_count(survey_a) == 1
    assert tally_count(survey_a) == 1
    assert "Terima kasih" in client.get(response["Location"]).content.decode()


def test_kiosk_mode_returns_to_a_fresh_form_after_thanking(survey_a: Survey) -> None:
    client = Client()
    page = client.get(form_url(survey_a) + "?kiosk=1")
    token = load_token(client, survey_a)

    response = client.post(form_url(survey_a), answers_post(token, kiosk="True"))
    thanks = client.get(response["Location"]).content.decode()

    assert 'name="kiosk" value="True"' in page.content.decode()
    assert response["Location"].endswith("?kiosk=1")
    assert 'http-equiv="refresh"' in thanks
    assert f"{form_url(survey_a)}?kiosk=1" in thanks
