"""The admin invites a person: a membership, an email with a set-password link, an audit event."""

from __future__ import annotations

import re
from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.accounts.models import User
from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Membership, Role
from tests.personas import World

NEW_PASSWORD = "Teh-Manis-Hangat-2026"


def _invite(client: Client, world: World, capture: Any, email: str = "rina@contoh.go.id") -> Any:
    with capture(execute=True):
        return client.post(reverse("tenancy:membership_invite"), {
            "email": email, "full_name": "Rina Operator Baru", "role": Role.OPERATOR,
            "agency": world.opd_a.pk,
        })


def test_admin_invites_an_operator_of_opd_a(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    response = _invite(client_for("admin"), world, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    user = User.objects.get(email="rina@contoh.go.id")
    assert not user.has_usable_password()
    with scopes_disabled():
        membership = Membership.objects.get(user=user)
        assert (membership.region, membership.role, membership.agency) == (
            world.region_a, Role.OPERATOR, world.opd_a)
        event = AuditEvent.objects.get(action="tenancy.membership.invited")
    assert event.actor == world.user("admin")
    assert event.region == world.region_a
    assert event.changes["email"] == [None, "rina@contoh.go.id"]
    assert event.changes["role"] == [None, "operator"]


def test_the_invitation_email_link_lets_the_person_set_a_password_and_log_in(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _invite(client_for("admin"), world, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["rina@contoh.go.id"]
    assert "Kabupaten Contoh" in email.subject
    path = re.search(r"https?://[^/\s]+(/akun/atur-kata-sandi/\S+/)", email.body).group(1)

    client = Client()
    form_page = client.get(path, follow=True)
    assert "Atur kata sandi" in form_page.content.decode()
    client.post(form_page.redirect_chain[-1][0],
                {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    login = client.post(reverse("accounts:login"),
                        {"username": "rina@contoh.go.id", "password": NEW_PASSWORD}, follow=True)

    assert "Selamat datang di Pantau Kabupaten Contoh" in login.content.decode()


def test_inviting_an_email_already_in_this_pemda_is_refused_in_indonesian(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    response = _invite(client_for("admin"), world, django_capture_on_commit_callbacks,
                       email="OPERATOR_B@contoh.go.id")

    assert response.status_code == 200
    assert "sudah terdaftar di Pemda ini" in response.content.decode()
    assert mail.outbox == []
    with scopes_disabled():
        assert Membership.objects.count() == 8
        assert not AuditEvent.objects.exists()
