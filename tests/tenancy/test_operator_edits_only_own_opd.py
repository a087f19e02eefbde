"""An operator changes their own OPD's units and never another OPD's."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import ServiceUnit
from tests.personas import World

CHANGE = {"name": "Puskesmas Sukamaju Baru", "kind": "puskesmas", "address": "Jl. Mawar 2"}


def _unit_a(world: World) -> ServiceUnit:
    with scopes_disabled():
        return ServiceUnit.objects.get(pk=world.unit_a.pk)


def test_operator_of_another_opd_cannot_edit_unit(world: World, client_for: Any) -> None:
    response = client_for("operator_b").post(
        reverse("tenancy:unit_update", args=[world.unit_a.pk]), CHANGE)

    assert response.status_code == 403
    assert "Akses ditolak" in response.content.decode()
    assert _unit_a(world).name == "Puskesmas Sukamaju"
    with scopes_disabled():
        assert not AuditEvent.objects.exists()


def test_operator_of_the_opd_can_edit_its_unit(world: World, client_for: Any) -> None:
    response = client_for("operator_a").post(
        reverse("tenancy:unit_update", args=[world.unit_a.pk]), CHANGE)

    assert response.status_code == 302
    assert _unit_a(world).name == "Puskesmas Sukamaju Baru"


def test_operator_cannot_move_a_unit_to_another_opd(world: World, client_for: Any) -> None:
    client_for("operator_a").post(reverse("tenancy:unit_update", args=[world.unit_a.pk]),
                                  {**CHANGE, "agency": world.opd_b.pk})

    assert _unit_a(world).agency_id == world.opd_a.pk


def test_operator_cannot_add_a_unit_to_another_opd(world: World, client_for: Any) -> None:
    response = client_for("operator_a").post(
        reverse("tenancy:unit_create", args=[world.opd_b.pk]),
        {"name": "Loket Titipan", "kind": "front_office", "address": ""})

    assert response.status_code == 403
    with scopes_disabled():
        assert not ServiceUnit.objects.filter(name="Loket Titipan").exists()
