"""The public page of a unit's service standard × every persona: anybody reads it, even without
an account (it shows only what the unit publishes); a unit under another Pemda's address is not
found for anybody."""

from __future__ import annotations

from typing import Any

from tests.matrix import Row, check_row, expect, persona_matrix
from tests.personas import World

ANYBODY = expect(200, 200, 200, 200, 200, 200, 200, 200, 200)
NOBODY = expect(404, 404, 404, 404, 404, 404, 404, 404, 404)


def public_unit_a(w: World) -> list[Any]:
    return [w.region_a.slug, w.unit_a.pk]


def unit_a_under_other_pemda(w: World) -> list[Any]:
    return [w.region_b.slug, w.unit_a.pk]


MATRIX = [
    Row("compliance_public:unit", "get", public_unit_a, ANYBODY, public=True),
    Row("compliance_public:unit", "get", unit_a_under_other_pemda, NOBODY, public=True),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(row: Row, persona: str, world: World,
                                          client_for: Any) -> None:
    # The page is public: region A's names on it are meant for everybody, other Pemda included.
    check_row(client_for(persona), row, persona, world, region_text=())
