"""A person invited by email who never set a password has not accepted the invitation: the user
list says so (with when it was sent) instead of "aktif", the home page does not count them, and
the admin may send the invitation again with a fresh link that ends the old one."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Membership, Role
from tests.personas import World
from tests.web.pages import stat_cards

EMAIL = "rina@contoh.go.id"
NEW_PASSWORD = "Teh-Manis-Hangat-2026"
RESENT = "tenancy.membership.invitation_resent"
NOT_ACCEPTED = "Undangan belum diterima"
RESEND_BUTTON = "Kirim ulang undangan"


def _invite(world: World, client_for: Any, capture: Any) -> Membership:
    with capture(execute=True):
        client_for("admin").post(reverse("tenancy:membership_invite"), {
            "email": EMAIL, "full_name": "Rina Operator Baru", "role": Role.OPERATOR,
            "agency": world.opd_a.pk})
    return _membership(world, EMAIL)


def _membership(world: World, email: str) -> Membership:
    with scopes_disabled():
        return Membership.objects.select_related("user").get(region=world.region_a,
                                                             user__email=email)


def _resend(client: Client, membership: Membership, capture: Any) -> str:
    with capture(execute=True):
        response = client.post(
            reverse("tenancy:membership_resend_invitation", args=[membership.pk]), follow=True)
    return str(response.content.decode())


def _sent_minutes_ago(membership: Membership, minutes: int) -> None:
    with scopes_disabled():
        Membership.objects.filter(pk=membership.pk).update(
            invitation_sent_at=timezone.now() - datetime.timedelta(minutes=minutes))


def _link(email: mail.EmailMessage) -> str:
    match = re.search(r"https?://[^/\s]+(/akun/atur-kata-sandi/\S+/)", str(email.body))
    assert match, email.body
    return match.group(1)


def _set_password(link: str) -> Client:
    client = Client()
    form_page = client.get(link, follow=True)
    assert "Atur kata sandi" in form_page.content.decode()
    client.post(form_page.redirect_chain[-1][0],
                {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    return client


def _row(page: str, email: str) -> str:
    rows = [row for row in re.findall(r"<tr[ >].*?</tr>", page, re.DOTALL) if email in row]
    assert len(rows) == 1, page
    return rows[0]


def _user_list(client_for: Any) -> str:
    return str(client_for("admin").get(reverse("tenancy:membership_list")).content.decode())


def test_the_list_shows_an_invitation_not_accepted_with_when_it_was_sent(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    invited = _invite(world, client_for, django_capture_on_commit_callbacks)
    with scopes_disabled():  # 14:30 WIB
        Membership.objects.filter(pk=invited.pk).update(
            invitation_sent_at=datetime.datetime(2026, 10, 15, 7, 30, tzinfo=datetime.UTC))

    page = _user_list(client_for)

    row = _row(page, EMAIL)
    assert NOT_ACCEPTED in row and "15 Okt 2026 14:30" in row
    assert ">aktif<" not in row
    assert "Rina Operator Baru" in row  # the admin typed the name: nothing to hide
    assert reverse("tenancy:membership_resend_invitation", args=[invited.pk]) in row
    assert RESEND_BUTTON in row
    operator_row = _row(page, "operator_a@contoh.go.id")
    assert ">aktif<" in operator_row
    assert NOT_ACCEPTED not in operator_row and RESEND_BUTTON not in operator_row


def test_the_home_page_counts_only_users_who_can_log_in(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _invite(world, client_for, django_capture_on_commit_callbacks)

    body = client_for("admin").get(reverse("web:home")).content.decode()

    assert stat_cards(body)["Pengguna aktif"] == "7"


def test_resending_sends_a_fresh_link_and_the_old_one_stops_working(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    invited = _invite(world, client_for, django_capture_on_commit_callbacks)
    old_link = _link(mail.outbox[0])
    _sent_minutes_ago(invited, 10)

    page = _resend(client_for("admin"), invited, django_capture_on_commit_callbacks)

    assert f"Undangan dikirim ulang ke {EMAIL}" in page
    assert [email.to for email in mail.outbox] == [[EMAIL], [EMAIL]]
    new_link = _link(mail.outbox[1])
    assert new_link != old_link
    assert "Tautan ini tidak berlaku lagi" in Client().get(old_link, follow=True).content.decode()
    login = _set_password(new_link).post(reverse("accounts:login"),
                                         {"username": EMAIL, "password": NEW_PASSWORD})
    assert login.status_code == 302
    with scopes_disabled():
        event = AuditEvent.objects.get(action=RESENT)
    assert event.actor == world.user("admin")
    assert event.region == world.region_a
    assert event.object_id == str(invited.pk)
    fresh = _membership(world, EMAIL)
    assert fresh.invitation_sent_at is not None
    assert timezone.now() - fresh.invitation_sent_at < datetime.timedelta(minutes=1)


def test_resending_within_a_few_minutes_is_refused_and_changes_nothing(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    invited = _invite(world, client_for, django_capture_on_commit_callbacks)
    sent_at = invited.invitation_sent_at

    page = _resend(client_for("admin"), invited, django_capture_on_commit_callbacks)

    assert "baru saja dikirim" in page and "Tunggu 5 menit" in page
    assert len(mail.outbox) == 1
    assert _membership(world, EMAIL).invitation_sent_at == sent_at
    with scopes_disabled():
        assert not AuditEvent.objects.filter(action=RESENT).exists()
    _set_password(_link(mail.outbox[0]))  # the first link still works


def test_once_the_password_is_set_the_user_is_active_and_nothing_can_be_resent(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    invited = _invite(world, client_for, django_capture_on_commit_callbacks)
    _set_password(_link(mail.outbox[0]))
    _sent_minutes_ago(invited, 10)

    row = _row(_user_list(client_for), EMAIL)
    page = _resend(client_for("admin"), invited, django_capture_on_commit_callbacks)

    assert ">aktif<" in row and NOT_ACCEPTED not in row and RESEND_BUTTON not in row
    assert "sudah menerima undangan" in page
    assert len(mail.outbox) == 1
    with scopes_disabled():
        assert not AuditEvent.objects.filter(action=RESENT).exists()


def test_a_deactivated_invitation_is_not_resent(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    invited = _invite(world, client_for, django_capture_on_commit_callbacks)
    _sent_minutes_ago(invited, 10)
    client_for("admin").post(reverse("tenancy:membership_toggle", args=[invited.pk]))

    page = _resend(client_for("admin"), invited, django_capture_on_commit_callbacks)

    assert "nonaktif" in page
    assert len(mail.outbox) == 1


def test_an_existing_account_waiting_for_consent_is_asked_again(
    world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        client_for("admin").post(reverse("tenancy:membership_invite"), {
            "email": "other_admin@contoh.go.id", "full_name": "Nama Ketikan Admin",
            "role": Role.EVALUATOR})
    waiting = _membership(world, "other_admin@contoh.go.id")
    row = _row(_user_list(client_for), "other_admin@contoh.go.id")
    assert "menunggu persetujuan" in row and RESEND_BUTTON in row
    _sent_minutes_ago(waiting, 10)

    _resend(client_for("admin"), waiting, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 2
    assert reverse("tenancy:invitation_list") in mail.outbox[1].body
    assert "atur-kata-sandi" not in mail.outbox[1].body
