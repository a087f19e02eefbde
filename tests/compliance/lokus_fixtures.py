"""Region A's units for lokus tests: Puskesmas beside the personas' own units."""

from __future__ import annotations

from typing import Any

from django_scopes import scope, scopes_disabled

from pantau.compliance.models import Lokus
from pantau.compliance.services.lokus import lokus_draw
from pantau.tenancy.models import ServiceUnit, UnitKind
from tests.factories import ServiceUnitFactory
from tests.personas import World

# Besides the world's "Puskesmas Sukamaju" (OPD A): five more, one of them inactive.
PUSKESMAS = ("Puskesmas Cempaka", "Puskesmas Banjarsari", "Puskesmas Wonoasri",
             "Puskesmas Pelita", "Puskesmas Anggrek")
INACTIVE = "Puskesmas Anggrek"


def add_puskesmas(world: World) -> dict[str, ServiceUnit]:
    with scopes_disabled():
        return {name: ServiceUnitFactory(agency=world.opd_a, name=name, kind=UnitKind.PUSKESMAS,
                                         is_active=name != INACTIVE) for name in PUSKESMAS}


def draw_a(world: World, *, actor: str = "evaluator", **values: Any) -> Lokus:
    """A lokus of region A: OPD B's front office mandatory, two Puskesmas drawn."""
    fields: dict[str, Any] = {
        "year": 2026, "assessor": "ombudsman", "mandatory_units": [world.unit_b],
        "drawn_kind": UnitKind.PUSKESMAS, "draw_count": 2, "all_of_kind": False,
        "seed": "uji-2026", **values}
    with scope(region=world.region_a.pk):
        return lokus_draw(actor=world.user(actor), region=world.region_a, **fields)
