"""A submission while the database is away (a restart, a failover) gets a clear 'coba lagi' page
with 503, not the 500 error page; nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client
from django.urls import reverse

from pantau.surveys.models import Survey
from pantau.surveys.views import public
from tests.surveys.conftest import answers_post, form_url, load_token, valid_count

OUTAGES = {
    "server restarting": OperationalError("the database system is shutting down"),
    "connection dropped": InterfaceError("connection already closed"),
}


@pytest.mark.parametrize("error", OUTAGES.values(), ids=OUTAGES.keys())
@pytest.mark.parametrize("where", ["survey lookup", "insert"])
def test_a_submission_while_the_database_is_away_gets_a_try_again_page(
    survey_a: Survey, monkeypatch: pytest.MonkeyPatch, error: Exception, where: str
) -> None:
    client = Client(raise_request_exception=False)
    token = load_token(client, survey_a)

    def away(*args: Any, **kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(public, "public_survey" if where == "survey lookup" else
                        "response_submit", away)
    page = client.post(form_url(survey_a), answers_post(token))

    text = page.content.decode()
    assert page.status_code == 503
    assert page["Retry-After"]
    assert "Sedang ada gangguan" in text
    assert "coba lagi" in text
    assert "hanya dihitung satu kali" in text  # sending the same form again is safe
    assert "Traceback" not in text and type(error).__name__ not in text
    monkeypatch.undo()
    assert valid_count(survey_a) == 0


def test_a_form_load_while_the_database_is_away_gets_the_try_again_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def away(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(public, "public_survey", away)
    page = Client(raise_request_exception=False).get(
        reverse("surveys:public_form", args=["kode-apa-saja"]))

    text = page.content.decode()
    assert page.status_code == 503
    assert "coba lagi" in text
    assert "hanya dihitung satu kali" not in text  # nothing was being sent
