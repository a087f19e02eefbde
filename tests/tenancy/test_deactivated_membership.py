"""A deactivated user keeps their account but loses every page of the Pemda."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from tests.personas import World


def _deactivate_operator_a(world: World, client_for: Any) -> None:
    membership = world.memberships["operator_a"]
    response = client_for("admin").post(
        reverse("tenancy:membership_toggle", args=[membership.pk]), follow=True)
    assert "dinonaktifkan" in response.content.decode()


def test_deactivated_user_sees_the_not_registered_page(world: World, client_for: Any) -> None:
    operator = client_for("operator_a")
    _deactivate_operator_a(world, client_for)

    response = operator.get(reverse("web:home"))

    assert response.status_code == 200
    assert "belum terdaftar di Pemda mana pun" in response.content.decode()
    assert "Dinas Kesehatan" not in response.content.decode()


def test_deactivated_user_can_no_longer_open_opd_pages(world: World, client_for: Any) -> None:
    operator = client_for("operator_a")
    assert operator.get(reverse("tenancy:agency_detail", args=[world.opd_a.pk])).status_code == 200
    _deactivate_operator_a(world, client_for)

    assert operator.get(reverse("tenancy:agency_list")).status_code == 403
    assert operator.get(reverse("tenancy:agency_detail", args=[world.opd_a.pk])).status_code == 403
    # Without a Pemda nothing is found at all: an edit URL is "not found", never a server error.
    assert operator.get(reverse("tenancy:unit_update", args=[world.unit_a.pk])).status_code == 404


def test_deactivation_is_audited(world: World, client_for: Any) -> None:
    _deactivate_operator_a(world, client_for)

    with scopes_disabled():
        event = AuditEvent.objects.get(action="tenancy.membership.deactivated")
    assert event.actor == world.user("admin")
    assert event.changes == {"is_active": [True, False]}


def test_admin_cannot_deactivate_themselves(world: World, client_for: Any) -> None:
    membership = world.memberships["admin"]

    response = client_for("admin").post(
        reverse("tenancy:membership_toggle", args=[membership.pk]), follow=True)

    assert "Anda tidak dapat menonaktifkan akun Anda sendiri." in response.content.decode()
    with scopes_disabled():
        membership.refresh_from_db()
    assert membership.is_active
