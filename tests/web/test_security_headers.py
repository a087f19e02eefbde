"""Every page carries the security headers: a strict CSP, no framing, no MIME sniffing."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.personas import World


@pytest.fixture
def responses(world: World, client_for: Any) -> list[Any]:
    return [
        Client().get(reverse("accounts:login")),
        client_for("admin").get(reverse("web:home")),
        client_for("admin").get(reverse("tenancy:agency_list")),
    ]


def test_pages_send_a_content_security_policy_without_unsafe_eval(responses: list[Any]) -> None:
    for response in responses:
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy
        assert "unsafe-eval" not in policy
        script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
        assert "unsafe-inline" not in script_src


def test_pages_cannot_be_framed_or_sniffed(responses: list[Any]) -> None:
    for response in responses:
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"


def test_pages_have_no_inline_scripts(responses: list[Any]) -> None:
    for response in responses:
        body = response.content.decode()
        for chunk in body.split("<script")[1:]:
            tag = chunk.split(">", 1)[0]
            assert "src=" in tag or 'type="application/json"' in tag, tag
