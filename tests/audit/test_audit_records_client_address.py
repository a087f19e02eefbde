"""Audit events name the visitor's address, also behind a reverse proxy (PROXY_COUNT)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from tests.personas import World

OPD = {"name": "Badan Perencanaan Pembangunan Daerah", "short_name": "Bappeda", "kind": "badan",
       "head_name": "Ir. Joko"}


def _created_from(client: Any) -> str | None:
    assert client.post(reverse("tenancy:agency_create"), OPD).status_code == 302
    with scopes_disabled():
        return AuditEvent.objects.get(action="tenancy.agency.created").ip_address


def test_behind_one_proxy_the_event_names_the_client(world: World, client_for: Any,
                                                     settings: Any) -> None:
    settings.PROXY_COUNT = 1
    client = client_for("evaluator")
    # nginx appends the address it was called from; the entry before it is the client's own claim.
    client.defaults.update(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.7")

    assert _created_from(client) == "203.0.113.7"


def test_without_a_proxy_the_header_is_not_believed(world: World, client_for: Any,
                                                   settings: Any) -> None:
    settings.PROXY_COUNT = 0
    client = client_for("evaluator")
    client.defaults.update(REMOTE_ADDR="198.51.100.4", HTTP_X_FORWARDED_FOR="203.0.113.7")

    assert _created_from(client) == "198.51.100.4"


def test_a_forwarded_value_that_is_no_address_names_the_proxy(world: World, client_for: Any,
                                                              settings: Any) -> None:
    settings.PROXY_COUNT = 1
    client = client_for("evaluator")
    client.defaults.update(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="unknown")

    assert _created_from(client) == "10.0.0.1"
