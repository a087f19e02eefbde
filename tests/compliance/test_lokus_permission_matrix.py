"""Every lokus URL × every persona → the status the persona must get.

The lokus is the Pemda's: every member reads it and may repeat its draw; the back office draws;
only the admin replaces one. Objects in the URLs belong to Kabupaten Contoh (region A); the admin
of another Pemda gets 404 for them, never sees region A's text, and draws in their own Pemda.
"""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scopes_disabled

from pantau.tenancy.models import UnitKind
from tests.compliance.lokus_fixtures import add_puskesmas, draw_a
from tests.compliance.test_compliance_permission_matrix import (
    ADMIN_OF_A,
    ADMIN_OF_A_POST,
    BACK_OFFICE,
    BACK_OFFICE_POST,
    MEMBERS,
    MEMBERS_OF_A,
)
from tests.factories import ServiceUnitFactory
from tests.matrix import Row, check_row, expect, persona_matrix
from tests.personas import World

MEMBERS_OF_A_POST = expect(operator_a=302, operator_b=302, head_a=302, evaluator=302,
                           leader=302, admin=302, assessor=302, other_admin=404, anonymous=302)
# One front office per Pemda (OPD B's in region A, one added in region B): a draw of one.
DRAW = {"year": "2025", "assessor": "kemenpanrb", "drawn_kind": UnitKind.FRONT_OFFICE,
        "draw_count": "1", "seed": "", "note": ""}
REPLACE = {"drawn_kind": UnitKind.PUSKESMAS, "draw_count": "1", "mandatory_units": [],
           "reason": "Ombudsman menetapkan Puskesmas lain.", "seed": "", "note": ""}


@pytest.fixture
def units(world: World) -> None:
    add_puskesmas(world)
    with scopes_disabled():
        ServiceUnitFactory(agency=world.opd_other, name="Loket Dishub Kota Lain",
                           kind=UnitKind.FRONT_OFFICE)


def lokus_a(w: World, units: None) -> list[Any]:
    return [draw_a(w).pk]


def with_lokus_a(w: World, units: None) -> list[Any]:
    draw_a(w)
    return []


MATRIX = [
    Row("compliance_lokus:list", "get", with_lokus_a, MEMBERS),
    Row("compliance_lokus:create", "get", with_lokus_a, BACK_OFFICE),
    Row("compliance_lokus:create", "post", with_lokus_a, BACK_OFFICE_POST, DRAW),
    Row("compliance_lokus:detail", "get", lokus_a, MEMBERS_OF_A),
    Row("compliance_lokus:xlsx", "get", lokus_a, MEMBERS_OF_A),
    Row("compliance_lokus:check", "post", lokus_a, MEMBERS_OF_A_POST),
    Row("compliance_lokus:replace", "get", lokus_a, ADMIN_OF_A),
    Row("compliance_lokus:replace", "post", lokus_a, ADMIN_OF_A_POST, REPLACE),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, units: None, client_for: Any,
) -> None:
    check_row(client_for(persona), row, persona, world, units)
