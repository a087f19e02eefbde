"""Every URL of the gap list and gap actions × every persona → the status the persona must get.

The gap and the action belong to Puskesmas Sukamaju of OPD A (Dinas Kesehatan) in region A: its
operator and head act on it, the back office too; another OPD's operator is refused (403,
audited), leaders and assessors read only, another Pemda's admin finds nothing (404).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope

from pantau.compliance import urls_gaps
from pantau.compliance.models import Instrument, InstrumentIndicator
from pantau.compliance.services.gap_actions import gap_action_create
from tests.compliance.test_official_results import PDF
from tests.matrix import Row, check_row, expect, no_args, persona_matrix
from tests.personas import World

Seeded = dict[str, Instrument]
YEAR = 2026
N = urls_gaps.app_name

MEMBERS = expect(operator_a=200, operator_b=200, head_a=200, evaluator=200, leader=200,
                 admin=200, assessor=200, other_admin=200, anonymous=302)
# The unit's OPD and the back office; another OPD and the readers are refused.
ACTORS_OF_UNIT_A = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200,
                          leader=403, admin=200, assessor=403, other_admin=404, anonymous=302)
ACTORS_OF_UNIT_A_POST = expect(operator_a=302, operator_b=403, head_a=302, evaluator=302,
                               leader=403, admin=302, assessor=403, other_admin=404,
                               anonymous=302)
READERS_OF_UNIT_A = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200,
                           leader=200, admin=200, assessor=200, other_admin=404, anonymous=302)


def _indicator(w: World, s: Seeded) -> InstrumentIndicator:
    with scope(region=w.region_a.pk):
        return s["ombudsman_2025"].indicators.order_by("pk").first()  # type: ignore[return-value]


def gap_of_unit_a(w: World, s: Seeded) -> str:
    return f"?tahun={YEAR}&unit={w.unit_a.pk}&indikator={_indicator(w, s).pk}"


def year_query(w: World, s: Seeded) -> str:
    return f"?tahun={YEAR}&penilai=ombudsman"


def action_a(w: World, s: Seeded) -> list[Any]:
    with scope(region=w.region_a.pk):
        evaluator = w.user("evaluator")
        evaluator.membership = w.memberships["evaluator"]  # as the middleware sets it
        action = gap_action_create(
            actor=evaluator, region=w.region_a, year=YEAR, unit=w.unit_a,
            indicator=_indicator(w, s), owner=w.opd_a, title="Pasang papan standar pelayanan",
            due_date=datetime.date(YEAR, 6, 30), evidence=SimpleUploadedFile("bukti.pdf", PDF))
    return [action.pk]


def action_data(w: World, s: Seeded) -> dict[str, Any]:
    return {"owner": w.opd_a.pk, "title": "Pasang papan standar pelayanan",
            "due_date": f"{YEAR}-06-30", "status": "in_progress", "note": "Sudah dipesan."}


MATRIX = [
    Row(f"{N}:list", "get", no_args, MEMBERS, query=year_query),
    Row(f"{N}:list", "get", no_args, MEMBERS),
    Row(f"{N}:xlsx", "get", no_args, MEMBERS, query=year_query),
    Row(f"{N}:actions", "get", no_args, MEMBERS, query=year_query),
    Row(f"{N}:actions_xlsx", "get", no_args, MEMBERS, query=year_query),
    Row(f"{N}:action_create", "get", no_args, ACTORS_OF_UNIT_A, query=gap_of_unit_a),
    Row(f"{N}:action_create", "post", no_args, ACTORS_OF_UNIT_A_POST, action_data,
        query=gap_of_unit_a),
    Row(f"{N}:action_update", "get", action_a, ACTORS_OF_UNIT_A),
    Row(f"{N}:action_update", "post", action_a, ACTORS_OF_UNIT_A_POST, action_data),
    Row(f"{N}:action_evidence", "get", action_a, READERS_OF_UNIT_A),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, seeded: Seeded, client_for: Any,
) -> None:
    check_row(client_for(persona), row, persona, world, seeded)
