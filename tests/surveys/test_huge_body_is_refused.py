"""A 10 MB body to the public form: refused with 400 and a clear message, nothing counted."""

from __future__ import annotations

import pytest
from django.test import Client

from pantau.surveys.models import Survey
from tests.surveys.conftest import answers_post, form_url, load_token, tally_count, valid_count


@pytest.mark.parametrize("csrf_checks", [True, False])
def test_a_10_mb_body_is_refused_and_nothing_is_counted(
    survey_a: Survey, csrf_checks: bool
) -> None:
    """DATA_UPLOAD_MAX_MEMORY_SIZE (2 MB): RequestDataTooBig → 400, whether the CSRF check or the
    view reads the body first."""
    client = Client(enforce_csrf_checks=csrf_checks)
    data = answers_post(load_token(client, survey_a), comment="x" * (10 * 1024 * 1024))
    data["csrfmiddlewaretoken"] = client.cookies["csrftoken"].value

    response = client.post(form_url(survey_a), data)

    assert response.status_code == 400
    assert "Permintaan ini tidak dapat diproses" in response.content.decode()
    assert valid_count(survey_a) == tally_count(survey_a) == 0
    assert client.get(form_url(survey_a)).status_code == 200  # the server carries on
