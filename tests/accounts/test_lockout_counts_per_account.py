"""The lockout counts per account: every spelling the login form accepts for an account shares
one counter (per address), so re-spelling the username or using the email never gets around it."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

LOGIN = reverse("accounts:login")
LOCKED = "Akun dikunci sementara"

SPELLINGS = [
    "operator_a",
    "OPERATOR_A",
    " operator_a",
    "operator_a ",
    "\toperator_a\t",
    "Operator_A",
    "operator_a@contoh.go.id",
    "OPERATOR_A@CONTOH.GO.ID",
]


def _lock(client: Client, identifier: str) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, {"username": identifier, "password": "salah-lagi"})


@pytest.mark.parametrize("locked_as", ["operator_a", "OPERATOR_A@contoh.go.id"])
@pytest.mark.parametrize("retried_as", SPELLINGS)
def test_a_locked_account_refuses_the_right_password_under_any_spelling(
    locked_as: str, retried_as: str, operator_a: Any, password: str
) -> None:
    client = Client()
    _lock(client, locked_as)

    response = client.post(LOGIN, {"username": retried_as, "password": password})

    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_failures_spread_over_many_spellings_lock_the_account(
    operator_a: Any, password: str
) -> None:
    client = Client()
    for attempt in range(32):
        client.post(
            LOGIN, {"username": SPELLINGS[attempt % len(SPELLINGS)], "password": f"salah-{attempt}"}
        )

    response = client.post(LOGIN, {"username": "operator_a", "password": password})

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_another_account_is_not_affected_by_the_lock(
    operator_a: Any, admin: Any, password: str
) -> None:
    client = Client()
    _lock(client, "OPERATOR_A@contoh.go.id")

    response = client.post(LOGIN, {"username": " ADMIN ", "password": password})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(admin.pk)


def test_a_successful_login_under_one_spelling_clears_failures_of_the_others(
    operator_a: Any, password: str
) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(LOGIN, {"username": "OPERATOR_A ", "password": "salah-lagi"})
    client.post(LOGIN, {"username": "operator_a@contoh.go.id", "password": password})
    client.post(reverse("accounts:logout"))

    client.post(LOGIN, {"username": "operator_a", "password": "salah-lagi"})
    response = client.post(LOGIN, {"username": "operator_a", "password": password})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(operator_a.pk)


def test_unknown_names_are_counted_after_trimming_and_case_folding(db: None) -> None:
    client = Client()
    for spelling in ["Nobody", " nobody", "NOBODY ", "nobody", "noBody"]:
        client.post(LOGIN, {"username": spelling, "password": "salah-lagi"})

    response = client.post(LOGIN, {"username": "nobody", "password": "salah-lagi"})

    assert response.status_code == 429
