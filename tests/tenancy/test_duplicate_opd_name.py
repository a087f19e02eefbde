"""An OPD name already used in the Pemda is refused with an Indonesian message; nothing is added."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Agency
from tests.personas import World


def _agency_count() -> int:
    with scopes_disabled():
        return Agency.objects.count()


def test_duplicate_opd_name_is_refused_and_no_row_is_added(world: World, client_for: Any) -> None:
    before = _agency_count()

    response = client_for("admin").post(reverse("tenancy:agency_create"), {
        "name": "dinas kesehatan", "short_name": "Dinkes2", "kind": "dinas", "head_name": "",
    })

    assert response.status_code == 200
    assert "OPD bernama “dinas kesehatan” sudah ada di Pemda ini." in response.content.decode()
    assert _agency_count() == before
    with scopes_disabled():
        assert not AuditEvent.objects.exists()


def test_duplicate_short_name_is_refused_too(world: World, client_for: Any) -> None:
    before = _agency_count()

    response = client_for("admin").post(reverse("tenancy:agency_create"), {
        "name": "Dinas Kesehatan Hewan", "short_name": "DINKES", "kind": "dinas", "head_name": "",
    })

    assert "Singkatan “DINKES” sudah dipakai OPD lain." in response.content.decode()
    assert _agency_count() == before


def test_the_same_name_is_allowed_in_another_pemda(world: World, client_for: Any) -> None:
    response = client_for("other_admin").post(reverse("tenancy:agency_create"), {
        "name": "Dinas Kesehatan", "short_name": "Dinkes", "kind": "dinas", "head_name": "",
    })

    assert response.status_code == 302
    with scopes_disabled():
        assert Agency.objects.filter(name="Dinas Kesehatan").count() == 2
