"""The admin of another Pemda cannot see or deactivate a user of Kabupaten Contoh."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.tenancy.models import Membership
from tests.personas import World


def test_admin_of_another_pemda_gets_404_on_a_user_of_region_a(
    world: World, client_for: Any
) -> None:
    membership = world.memberships["operator_a"]

    response = client_for("other_admin").get(
        reverse("tenancy:membership_update", args=[membership.pk]))

    assert response.status_code == 404
    assert "Ani Operator Dinkes" not in response.content.decode()


def test_admin_of_another_pemda_cannot_deactivate_a_user_of_region_a(
    world: World, client_for: Any
) -> None:
    membership = world.memberships["operator_a"]

    response = client_for("other_admin").post(
        reverse("tenancy:membership_toggle", args=[membership.pk]))

    assert response.status_code == 404
    with scopes_disabled():
        assert Membership.objects.get(pk=membership.pk).is_active


def test_user_list_of_another_pemda_shows_only_its_own_people(
    world: World, client_for: Any
) -> None:
    body = client_for("other_admin").get(reverse("tenancy:membership_list")).content.decode()

    assert "Hana Admin Kota Lain" in body
    for name in ("Ani Operator Dinkes", "Fajar Admin Contoh", "Dedi Evaluator"):
        assert name not in body
