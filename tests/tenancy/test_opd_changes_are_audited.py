"""Creating, changing and deactivating an OPD, unit or product records who, before and after."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Agency, ServiceProduct, ServiceUnit
from tests.personas import World


def _events(action: str) -> list[AuditEvent]:
    with scopes_disabled():
        return list(AuditEvent.objects.filter(action=action).select_related("actor", "region"))


def test_creating_an_opd_records_its_fields(world: World, client_for: Any) -> None:
    response = client_for("evaluator").post(reverse("tenancy:agency_create"), {
        "name": "Badan Perencanaan Pembangunan Daerah", "short_name": "Bappeda",
        "kind": "badan", "head_name": "Ir. Joko",
    })

    assert response.status_code == 302
    [event] = _events("tenancy.agency.created")
    assert event.actor == world.user("evaluator")
    assert event.region == world.region_a
    assert event.object_repr == "Badan Perencanaan Pembangunan Daerah"
    assert event.changes["name"] == [None, "Badan Perencanaan Pembangunan Daerah"]
    assert event.changes["short_name"] == [None, "Bappeda"]
    assert event.ip_address == "127.0.0.1"


def test_changing_an_opd_records_only_what_changed_before_and_after(
    world: World, client_for: Any
) -> None:
    client_for("admin").post(reverse("tenancy:agency_update", args=[world.opd_a.pk]), {
        "name": "Dinas Kesehatan", "short_name": "Dinkes", "kind": "dinas",
        "head_name": "dr. Budi Santoso",
    })

    [event] = _events("tenancy.agency.updated")
    assert event.changes == {"head_name": ["dr. Sari Wulandari", "dr. Budi Santoso"]}
    assert event.object_id == str(world.opd_a.pk)


def test_deactivating_an_opd_keeps_the_row_and_records_it(world: World, client_for: Any) -> None:
    client_for("admin").post(reverse("tenancy:agency_toggle", args=[world.opd_a.pk]))

    [event] = _events("tenancy.agency.updated")
    assert event.changes == {"is_active": [True, False]}
    with scopes_disabled():
        assert Agency.objects.get(pk=world.opd_a.pk).is_active is False


def test_unit_create_update_and_deactivate_are_audited(world: World, client_for: Any) -> None:
    operator = client_for("operator_a")
    operator.post(reverse("tenancy:unit_create", args=[world.opd_a.pk]),
                  {"name": "Puskesmas Mekarsari", "kind": "puskesmas", "address": ""})
    with scopes_disabled():
        unit = ServiceUnit.objects.get(name="Puskesmas Mekarsari")
    operator.post(reverse("tenancy:unit_update", args=[unit.pk]),
                  {"name": "Puskesmas Mekarsari", "kind": "puskesmas", "address": "Jl. Melati 1"})
    operator.post(reverse("tenancy:unit_toggle", args=[unit.pk]))

    [created] = _events("tenancy.unit.created")
    assert created.changes["agency"] == [None, "Dinas Kesehatan"]
    assert created.actor == world.user("operator_a")
    updated = _events("tenancy.unit.updated")
    assert [e.changes for e in reversed(updated)] == [
        {"address": ["", "Jl. Melati 1"]},
        {"is_active": [True, False]},
    ]


def test_product_create_update_and_deactivate_are_audited(world: World, client_for: Any) -> None:
    head = client_for("head_a")
    head.post(reverse("tenancy:product_create", args=[world.unit_a.pk]),
              {"name": "Pemeriksaan Ibu Hamil"})
    with scopes_disabled():
        product = ServiceProduct.objects.get(name="Pemeriksaan Ibu Hamil")
    head.post(reverse("tenancy:product_update", args=[product.pk]),
              {"name": "Pemeriksaan Kehamilan"})
    head.post(reverse("tenancy:product_toggle", args=[product.pk]))

    assert _events("tenancy.product.created")[0].changes["name"] == [None, "Pemeriksaan Ibu Hamil"]
    assert [e.changes for e in reversed(_events("tenancy.product.updated"))] == [
        {"name": ["Pemeriksaan Ibu Hamil", "Pemeriksaan Kehamilan"]},
        {"is_active": [True, False]},
    ]
