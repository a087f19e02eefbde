"""Deactivating an OPD takes its service units out of the active lists too, audited one by one."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import ServiceUnit
from tests.personas import World


def test_deactivating_an_opd_deactivates_its_units(world: World, client_for: Any) -> None:
    client_for("admin").post(reverse("tenancy:agency_toggle", args=[world.opd_a.pk]))

    with scopes_disabled():
        units = ServiceUnit.objects.filter(agency=world.opd_a)
        assert units.exists()
        assert not units.filter(is_active=True).exists()
        assert AuditEvent.objects.filter(action="tenancy.unit.updated").count() == units.count()
        assert ServiceUnit.objects.filter(agency=world.opd_b, is_active=True).exists()


def test_unit_list_no_longer_shows_units_of_a_deactivated_opd(
    world: World, client_for: Any
) -> None:
    with scopes_disabled():
        unit_name = ServiceUnit.objects.filter(agency=world.opd_a).first().name  # type: ignore[union-attr]
    client = client_for("admin")
    client.post(reverse("tenancy:agency_toggle", args=[world.opd_a.pk]))

    page = client.get(reverse("tenancy:unit_list")).content.decode()

    assert unit_name not in page
