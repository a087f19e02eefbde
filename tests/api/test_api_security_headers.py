"""The API and the token page carry the same security headers as every page; neither has an
inline script (the CSP forbids them)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import reverse

from tests.performance.reporting.conftest import Reporting


def _no_inline_scripts(body: str) -> None:
    for chunk in body.split("<script")[1:]:
        tag = chunk.split(">", 1)[0]
        assert "src=" in tag or 'type="application/json"' in tag, tag


def test_api_answers_carry_the_security_headers(rep: Reporting, api_for: Any) -> None:
    for response in (api_for("operator_a").get(reverse("api:root")),
                     api_for("anonymous").get(reverse("api:root"))):
        assert "default-src 'self'" in response["Content-Security-Policy"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Content-Type"] == "application/json"


def test_the_token_page_has_no_inline_script(rep: Reporting, client_for: Any) -> None:
    response = client_for("operator_a").post(reverse("api:token_list"), {"name": "Skrip"})

    _no_inline_scripts(response.content.decode())


def test_the_browsable_api_has_no_inline_script(rep: Reporting, client_for: Any) -> None:
    if "rest_framework.renderers.BrowsableAPIRenderer" not in (
            settings.REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"]):
        return  # production settings: JSON only (tests/api/test_api_settings.py)

    response = client_for("evaluator").get(reverse("api:indicator_list"),
                                           HTTP_ACCEPT="text/html")

    assert response.status_code == 200
    _no_inline_scripts(response.content.decode())
