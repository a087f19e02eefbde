"""Every URL of the auto-filled indicators × every persona → the status the persona must get.

The unit is OPD A's (Dinas Kesehatan); the admin of another Pemda gets 404 for it and never sees
region A's text.
"""

from __future__ import annotations

from typing import Any

from pantau.compliance.models import Instrument
from tests.compliance.autofill_data import THIS_YEAR
from tests.matrix import Row, check_row, expect, persona_matrix
from tests.personas import World

Seeded = dict[str, Instrument]

UNIT_READERS = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200, leader=200,
                      admin=200, assessor=200, other_admin=404, anonymous=302)
UNIT_ANSWERERS_POST = expect(operator_a=302, operator_b=403, head_a=302, evaluator=302,
                             leader=403, admin=302, assessor=403, other_admin=404,
                             anonymous=302)
BACK_OFFICE_POST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=302, leader=403,
                          admin=302, assessor=403, other_admin=302, anonymous=302)


def unit_a(w: World, s: Seeded) -> list[Any]:
    return [THIS_YEAR, w.unit_a.pk]


def this_year(w: World, s: Seeded) -> list[Any]:
    return [THIS_YEAR]


MATRIX = [
    Row("compliance_autofill:unit", "get", unit_a, UNIT_READERS),
    Row("compliance_autofill:unit_xlsx", "get", unit_a, UNIT_READERS),
    Row("compliance_autofill:unit_refresh", "post", unit_a, UNIT_ANSWERERS_POST),
    Row("compliance_autofill:region_refresh", "post", this_year, BACK_OFFICE_POST),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, seeded: Seeded, client_for: Any,
) -> None:
    check_row(client_for(persona), row, persona, world, seeded)
