"""Every perception URL × every persona → the status the persona must get.

The unit is Puskesmas Sukamaju of Dinas Kesehatan (OPD A, region A): OPD B's operator is refused
its results and its switch; the admin of another Pemda gets 404 and never sees region A's text.
"""

from __future__ import annotations

from typing import Any

from tests.matrix import Row, check_row, expect, no_args, persona_matrix
from tests.personas import World

YEAR = 2026

#                      op_a op_b head eval lead admn asse othr anon
MEMBERS = expect(200, 200, 200, 200, 200, 200, 200, 200, 302)
UNIT_READERS = expect(200, 403, 200, 200, 200, 200, 200, 404, 302)
UNIT_KEEPERS_POST = expect(302, 403, 302, 302, 403, 302, 403, 404, 302)
POST_ONLY = expect(405, 405, 405, 405, 405, 405, 405, 405, 302)
BACK_OFFICE = expect(403, 403, 403, 200, 403, 200, 403, 200, 302)  # each their own Pemda
BACK_OFFICE_POST = expect(403, 403, 403, 302, 403, 302, 403, 302, 302)
RULE = {"threshold_3": "95", "threshold_2": "87,5", "threshold_1": "70",
        "min_respondents": "30"}


def unit_a(w: World) -> list[Any]:
    return [w.unit_a.pk, YEAR]


MATRIX = [
    Row("compliance:perception_index", "get", no_args, MEMBERS),
    Row("compliance:perception_index", "get", no_args, MEMBERS, query=lambda w: "?tahun=2025"),
    Row("compliance:perception_unit", "get", unit_a, UNIT_READERS),
    Row("compliance:perception_xlsx", "get", unit_a, UNIT_READERS),
    Row("compliance:perception_switch", "post", unit_a, UNIT_KEEPERS_POST, {"nyala": "1"}),
    Row("compliance:perception_switch", "get", unit_a, POST_ONLY),
    Row("compliance:perception_settings", "get", no_args, BACK_OFFICE),
    Row("compliance:perception_settings", "post", no_args, BACK_OFFICE_POST, RULE),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(row: Row, persona: str, world: World,
                                          client_for: Any) -> None:
    check_row(client_for(persona), row, persona, world)
