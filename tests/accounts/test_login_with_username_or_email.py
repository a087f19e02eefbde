"""A user logs in on the real login form with their username or their email address."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

LOGIN = reverse("accounts:login")


def _logged_in_user_id(client: Client) -> str | None:
    return client.session.get("_auth_user_id")


@pytest.mark.parametrize("identifier", ["operator_a", "OPERATOR_A"])
def test_user_can_log_in_with_their_username(
    identifier: str, operator_a: Any, password: str
) -> None:
    client = Client()

    response = client.post(LOGIN, {"username": identifier, "password": password})

    assert response.status_code == 302
    assert response["Location"] == reverse("web:home")
    assert _logged_in_user_id(client) == str(operator_a.pk)


@pytest.mark.parametrize("identifier", ["operator_a@contoh.go.id", " Operator_A@Contoh.go.id "])
def test_user_can_log_in_with_their_email_address(
    identifier: str, operator_a: Any, password: str
) -> None:
    client = Client()

    response = client.post(LOGIN, {"username": identifier, "password": password})

    assert response.status_code == 302
    assert _logged_in_user_id(client) == str(operator_a.pk)


def test_after_logging_in_the_user_sees_their_pemda_on_the_home_page(
    admin: Any, password: str
) -> None:
    client = Client()

    response = client.post(LOGIN, {"username": "admin", "password": password}, follow=True)

    assert response.status_code == 200
    assert "Kabupaten Contoh" in response.content.decode()
