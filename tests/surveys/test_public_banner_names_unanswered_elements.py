"""The public form's banner names the unanswered elements."""

from __future__ import annotations

from typing import Any

from pantau.surveys.models import Survey
from tests.surveys.conftest import (
    answers_post,
    form_url,
    load_token,
)


def test_the_public_banner_names_the_unanswered_elements(survey_a: Survey, client: Any) -> None:
    data = answers_post(load_token(client, survey_a))
    del data["u3"], data["u7"]

    page = client.post(form_url(survey_a), data).content.decode()
    banner = page[page.index('role="alert"'):page.index("</div>", page.index('role="alert"'))]

    assert "Belum dijawab:" in banner
    assert '<a class="alert-link d-inline-block py-2" href="#soal-U3">U3 Waktu penyelesaian</a>' \
        in banner
    assert 'href="#soal-U7">U7 Perilaku pelaksana</a>' in banner
    assert "U1 " not in banner
    assert 'aria-describedby="galat-U3"' in page
