"""Inviting someone who already has a Pantau account (here: the admin of another Pemda) asks them
to accept. Until they do, the membership opens nothing and their Pemda never changes; the inviting
admin sees only "menunggu persetujuan" and learns nothing else about them."""

from __future__ import annotations

from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Membership, Role
from tests.personas import World

INVITED_EMAIL = "Other_Admin@contoh.go.id"
OWN_HOME = "Selamat datang di Pantau Kota Lain"
INVITING_HOME = "Selamat datang di Pantau Kabupaten Contoh"


def _invite_other_admin(world: World, client_for: Any, capture: Any) -> Any:
    with capture(execute=True):
        return client_for("admin").post(reverse("tenancy:membership_invite"), {
            "email": INVITED_EMAIL, "full_name": "Nama Ketikan Admin", "role": Role.EVALUATOR,
        }, follow=True)


def _invitation(world: World) -> Membership:
    with scopes_disabled():
        return Membership.objects.get(region=world.region_a, user=world.user("other_admin"))


def _log_in(password: str) -> Client:
    client = Client()
    response = client.post(reverse("accounts:login"),
                           {"username": "other_admin", "password": password})
    assert response.status_code == 302
    return client


def _switch_to_region_a(client: Client, world: World) -> str:
    response = client.post(reverse("web:switch_region"), {"region": world.region_a.pk},
                           follow=True)
    return response.content.decode()


def test_until_accepted_the_invited_user_keeps_their_pemda_and_gets_no_access(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any, password: str
) -> None:
    _invite_other_admin(world, client_for, django_capture_on_commit_callbacks)

    client = _log_in(password)
    home = client.get(reverse("web:home")).content.decode()
    assert OWN_HOME in home
    assert "Anda diundang" in home
    assert f'name="region" value="{world.region_a.pk}"' not in home  # not in "Ganti Pemda"
    switched = _switch_to_region_a(client, world)
    assert "Anda tidak terdaftar di Pemda tersebut." in switched
    assert OWN_HOME in switched
    assert client.get(reverse("tenancy:agency_detail", args=[world.opd_a.pk])).status_code == 404


def test_the_invited_user_gets_an_email_asking_them_to_accept(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _invite_other_admin(world, client_for, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["other_admin@contoh.go.id"]
    assert "Kabupaten Contoh" in email.subject
    assert reverse("tenancy:invitation_list") in email.body
    assert "atur-kata-sandi" not in email.body


def test_the_inviting_admin_sees_only_waiting_for_consent(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    response = _invite_other_admin(world, client_for, django_capture_on_commit_callbacks)

    page = response.content.decode()
    assert "menunggu persetujuan" in page
    assert "other_admin@contoh.go.id" in page
    for secret in ("Hana Admin Kota Lain", "Kota Lain", ">other_admin<"):
        assert secret not in page
    with scopes_disabled():
        event = AuditEvent.objects.get(action="tenancy.membership.invited")
    assert "Hana" not in event.object_repr


def test_accepting_gives_access_through_ganti_pemda_without_changing_the_default(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any, password: str
) -> None:
    _invite_other_admin(world, client_for, django_capture_on_commit_callbacks)
    invited = client_for("other_admin")
    listing = invited.get(reverse("tenancy:invitation_list")).content.decode()
    assert "Kabupaten Contoh" in listing and "Terima" in listing and "Tolak" in listing

    response = invited.post(reverse("tenancy:invitation_accept", args=[_invitation(world).pk]))

    assert response.status_code == 302
    assert _invitation(world).accepted_at is not None
    with scopes_disabled():
        event = AuditEvent.objects.get(action="tenancy.membership.accepted")
    assert event.actor == world.user("other_admin")
    assert event.region == world.region_a
    client = _log_in(password)
    assert OWN_HOME in client.get(reverse("web:home")).content.decode()
    assert f'name="region" value="{world.region_a.pk}"' in client.get(
        reverse("web:home")).content.decode()
    assert INVITING_HOME in _switch_to_region_a(client, world)
    admin_list = client_for("admin").get(reverse("tenancy:membership_list")).content.decode()
    assert "menunggu persetujuan" not in admin_list


def test_declining_ends_the_invitation_and_gives_no_access(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any, password: str
) -> None:
    _invite_other_admin(world, client_for, django_capture_on_commit_callbacks)
    invited = client_for("other_admin")

    response = invited.post(reverse("tenancy:invitation_decline", args=[_invitation(world).pk]))

    assert response.status_code == 302
    assert not _invitation(world).is_active
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="tenancy.membership.declined").count() == 1
    listing = invited.get(reverse("tenancy:invitation_list")).content.decode()
    assert "Undangan Kabupaten Contoh ditolak." in listing
    assert "Tidak ada undangan yang menunggu jawaban Anda." in listing
    client = _log_in(password)
    assert "Anda tidak terdaftar di Pemda tersebut." in _switch_to_region_a(client, world)
    accept_late = invited.post(reverse("tenancy:invitation_accept", args=[_invitation(world).pk]))
    assert accept_late.status_code == 404
    assert _invitation(world).accepted_at is None


def test_nobody_else_can_answer_the_invitation(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _invite_other_admin(world, client_for, django_capture_on_commit_callbacks)
    pk = _invitation(world).pk

    for persona in ("admin", "operator_a"):
        client = client_for(persona)
        assert client.post(reverse("tenancy:invitation_accept", args=[pk])).status_code == 404
        assert client.post(reverse("tenancy:invitation_decline", args=[pk])).status_code == 404

    invitation = _invitation(world)
    assert invitation.accepted_at is None and invitation.is_active
