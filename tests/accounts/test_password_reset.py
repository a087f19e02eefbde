"""Forgot password: an email with a link, a new password, and logging in with it."""

from __future__ import annotations

import re
from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

NEW_PASSWORD = "Kopi-Tubruk-Pagi-2026"


def _link_in(body: str) -> str:
    match = re.search(r"https?://[^/\s]+(/akun/atur-kata-sandi/\S+/)", body)
    assert match, body
    return match.group(1)


def test_password_reset_email_link_sets_a_new_password_that_logs_in(operator_a: Any) -> None:
    client = Client()

    response = client.post(reverse("accounts:password_reset"),
                           {"email": "Operator_A@contoh.go.id"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["operator_a@contoh.go.id"]
    assert email.subject == "Atur ulang kata sandi Pantau"

    form_page = client.get(_link_in(email.body), follow=True)
    assert form_page.status_code == 200
    assert "Atur kata sandi" in form_page.content.decode()

    done = client.post(form_page.redirect_chain[-1][0],
                       {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, follow=True)
    assert "Kata sandi Anda sudah diatur" in done.content.decode()

    login = Client().post(reverse("accounts:login"),
                          {"username": "operator_a", "password": NEW_PASSWORD})
    assert login.status_code == 302


def test_the_reset_link_works_only_once(operator_a: Any) -> None:
    client = Client()
    client.post(reverse("accounts:password_reset"), {"email": "operator_a@contoh.go.id"})
    link = _link_in(mail.outbox[0].body)
    form_page = client.get(link, follow=True)
    client.post(form_page.redirect_chain[-1][0],
                {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    again = Client().get(link, follow=True)

    assert "Tautan ini tidak berlaku lagi" in again.content.decode()


def test_reset_for_an_unknown_email_sends_nothing_and_says_the_same(world: Any) -> None:
    response = Client().post(reverse("accounts:password_reset"),
                             {"email": "tidak.ada@contoh.go.id"}, follow=True)

    assert "Periksa email Anda" in response.content.decode()
    assert mail.outbox == []


def test_an_invited_person_whose_link_expired_can_ask_for_a_new_one(world: Any) -> None:
    invited = UserFactory(username="rina", email="rina@contoh.go.id", password=None)
    invited.set_unusable_password()
    invited.save()

    Client().post(reverse("accounts:password_reset"), {"email": "rina@contoh.go.id"})

    assert [email.to for email in mail.outbox] == [["rina@contoh.go.id"]]
