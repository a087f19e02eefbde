"""After AXES_FAILURE_LIMIT wrong passwords the account is locked, even for the right password."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.test import Client
from django.urls import reverse

LOGIN = reverse("accounts:login")
LOCKED = "Akun dikunci sementara"


def _fail(client: Client, times: int) -> str:
    """Posts wrong passwords; returns the last page. Only the last one may be the lockout page."""
    body = ""
    for attempt in range(1, times + 1):
        response = client.post(LOGIN, {"username": "operator_a", "password": "salah-lagi"})
        body = response.content.decode()
        if attempt < settings.AXES_FAILURE_LIMIT:
            assert "Nama pengguna/email atau kata sandi salah." in body
            assert LOCKED not in body
    return body


def test_the_failure_before_the_limit_still_shows_the_login_form(
    operator_a: Any, password: str
) -> None:
    client = Client()
    _fail(client, settings.AXES_FAILURE_LIMIT - 1)

    response = client.post(LOGIN, {"username": "operator_a", "password": password})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(operator_a.pk)


def test_after_five_failures_the_right_password_shows_the_indonesian_lockout_page(
    operator_a: Any, password: str
) -> None:
    assert settings.AXES_FAILURE_LIMIT == 5
    client = Client()
    assert LOCKED in _fail(client, 5)

    response = client.post(LOGIN, {"username": "operator_a", "password": password})

    body = response.content.decode()
    assert response.status_code == 429
    assert LOCKED in body
    assert "dikunci selama 15 menit" in body
    assert "_auth_user_id" not in client.session


def test_lockout_does_not_block_another_user(operator_a: Any, admin: Any, password: str) -> None:
    client = Client()
    _fail(client, 5)

    response = client.post(LOGIN, {"username": "admin", "password": password})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(admin.pk)


def test_behind_a_proxy_the_lockout_holds_the_visitor_not_the_proxy(
    operator_a: Any, password: str, settings: Any
) -> None:
    settings.PROXY_COUNT = 1
    attacker = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    owner = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.4")
    assert LOCKED in _fail(attacker, 5)

    response = owner.post(LOGIN, {"username": "operator_a", "password": password})

    assert response.status_code == 302
    assert owner.session["_auth_user_id"] == str(operator_a.pk)
