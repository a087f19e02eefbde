from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from pantau.surveys.models import Survey
from tests.surveys.conftest import answers_post, form_url, load_token

SCRIPT = "<script>alert('x')</script>"


def test_a_script_comment_is_shown_escaped_to_staff(
    survey_a: Survey, client_for: Any
) -> None:
    public = Client()
    public.post(form_url(survey_a), answers_post(load_token(public, survey_a), comment=SCRIPT))

    page = client_for("evaluator").get(reverse("surveys:response_list", args=[survey_a.pk]))
    body = page.content.decode()

    assert SCRIPT not in body
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
