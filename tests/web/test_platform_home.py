"""The platform superuser has no role in a Pemda: their home leads to the Django admin (the list of
Pemda, adding one, making someone a Pemda admin) instead of the dead end "not registered"."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory
from tests.personas import World


def _home(client: Client) -> str:
    response = client.get(reverse("web:home"))
    assert response.status_code == 200
    return response.content.decode()


def test_the_platform_superuser_without_a_pemda_gets_the_django_admin_not_a_dead_end(
    world: World,
) -> None:
    platform = UserFactory(username="platform", is_superuser=True, is_staff=True)
    client = Client()
    client.force_login(platform)

    body = _home(client)

    assert f'href="{reverse("admin:index")}"' in body
    assert f'href="{reverse("admin:tenancy_region_changelist")}"' in body
    assert f'href="{reverse("admin:tenancy_membership_add")}"' in body
    assert "Hubungi admin Pemda Anda" not in body
    assert client.get(reverse("admin:tenancy_membership_add")).status_code == 200


def test_an_ordinary_user_without_a_pemda_is_not_offered_the_django_admin(world: World) -> None:
    client = Client()
    client.force_login(UserFactory(username="tanpa.pemda"))

    body = _home(client)

    assert "Hubungi admin Pemda Anda" in body
    assert reverse("admin:index") not in body
