"""A wrong password and an unknown user get the same Indonesian message and change nothing."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from pantau.accounts.models import User

LOGIN = reverse("accounts:login")
MESSAGE = "Nama pengguna/email atau kata sandi salah."


def _attempt(username: str, password: str) -> tuple[int, str, Client]:
    client = Client()
    response = client.post(LOGIN, {"username": username, "password": password})
    return response.status_code, response.content.decode(), client


def test_wrong_password_shows_the_indonesian_error_and_does_not_log_in(operator_a: Any) -> None:
    status, body, client = _attempt("operator_a", "bukan-kata-sandinya")

    assert status == 200
    assert MESSAGE in body
    assert "_auth_user_id" not in client.session


def test_unknown_user_gets_exactly_the_same_message_as_a_wrong_password(operator_a: Any) -> None:
    _, wrong_password_body, _ = _attempt("operator_a", "bukan-kata-sandinya")
    status, unknown_user_body, client = _attempt("tidak_ada", "bukan-kata-sandinya")

    assert status == 200
    assert MESSAGE in unknown_user_body
    assert _error_block(unknown_user_body) == _error_block(wrong_password_body)
    assert "_auth_user_id" not in client.session


def test_failed_login_leaves_the_account_unchanged(operator_a: Any) -> None:
    before = User.objects.values("password", "last_login", "is_active").get(pk=operator_a.pk)

    _attempt("operator_a", "bukan-kata-sandinya")
    _attempt("operator_a@contoh.go.id", "bukan-kata-sandinya")

    after = User.objects.values("password", "last_login", "is_active").get(pk=operator_a.pk)
    assert after == before
    assert User.objects.filter(username__iexact="tidak_ada").exists() is False


def _error_block(body: str) -> str:
    start = body.index('<div class="alert alert-danger"')
    return body[start : body.index("</div>", start)]
