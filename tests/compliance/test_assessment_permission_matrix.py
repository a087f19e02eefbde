"""Every self-assessment URL × every persona → the status the persona must get.

The unit in the URLs is OPD A's Puskesmas Sukamaju (region A): OPD B's operator may not read or
answer it, readers (leader, assessor) read but do not answer, only the back office reviews, and
the admin of another Pemda gets 404 without any of region A's text.
"""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope

from pantau.compliance.models import Instrument
from pantau.compliance.services.answers import answer_save
from tests.compliance.test_assessment_answers import PDF, YEAR, actor, indicator
from tests.compliance.test_compliance_permission_matrix import MEMBERS
from tests.matrix import Row, check_row, expect, no_args, persona_matrix
from tests.personas import World

Seeded = dict[str, Instrument]
NS = "compliance_assessment"

REDIRECTED = expect(operator_a=302, operator_b=302, head_a=302, evaluator=302, leader=302,
                    admin=302, assessor=302, other_admin=302, anonymous=302)
READERS_OF_UNIT_A = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200,
                           leader=200, admin=200, assessor=200, other_admin=404, anonymous=302)
ANSWERERS_OF_UNIT_A = expect(operator_a=302, operator_b=403, head_a=302, evaluator=302,
                             leader=403, admin=302, assessor=403, other_admin=404,
                             anonymous=302)
REVIEWERS_OF_UNIT_A = expect(operator_a=403, operator_b=403, head_a=403, evaluator=302,
                             leader=403, admin=302, assessor=403, other_admin=404,
                             anonymous=302)
POST_ONLY = expect(operator_a=405, operator_b=405, head_a=405, evaluator=405, leader=405,
                   admin=405, assessor=405, other_admin=405, anonymous=302)


def year(w: World, s: Seeded) -> list[Any]:
    return [YEAR]


def sheet_a(w: World, s: Seeded) -> list[Any]:
    return [YEAR, w.unit_a.pk, "ombudsman"]


def indicator_a(w: World, s: Seeded) -> list[Any]:
    return [*sheet_a(w, s), indicator(s["ombudsman_2022"], "input-01").pk]


def answer_a(w: World, s: Seeded) -> list[Any]:
    with scope(region=w.region_a.pk):
        answer = answer_save(actor=actor(w, "operator_a"), region=w.region_a, unit=w.unit_a,
                             indicator=indicator(s["ombudsman_2022"], "input-02"), year=YEAR,
                             score=2, note="", evidence=SimpleUploadedFile("bukti.pdf", PDF))
    return [answer.pk]



def answer_data(w: World, s: Seeded) -> dict[str, Any]:
    pk = indicator(s["ombudsman_2022"], "input-01").pk
    return {f"i{pk}-score": "2", f"i{pk}-note": "Petugas paham"}


def review_data(w: World, s: Seeded) -> dict[str, Any]:
    pk = indicator(s["ombudsman_2022"], "input-01").pk
    return {f"i{pk}-evaluator_score": "1", f"i{pk}-evaluator_note": "Belum semua petugas"}


MATRIX = [
    Row(f"{NS}:start", "get", no_args, REDIRECTED),
    Row(f"{NS}:overview", "get", year, MEMBERS),
    Row(f"{NS}:overview_xlsx", "get", year, MEMBERS),
    Row(f"{NS}:sheet", "get", sheet_a, READERS_OF_UNIT_A),
    Row(f"{NS}:sheet_xlsx", "get", sheet_a, READERS_OF_UNIT_A),
    Row(f"{NS}:answer", "post", indicator_a, ANSWERERS_OF_UNIT_A, answer_data),
    Row(f"{NS}:answer", "get", indicator_a, POST_ONLY),
    Row(f"{NS}:review", "post", indicator_a, REVIEWERS_OF_UNIT_A, review_data),
    Row(f"{NS}:review", "get", indicator_a, POST_ONLY),
    Row(f"{NS}:evidence", "get", answer_a, READERS_OF_UNIT_A),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, seeded: Seeded, client_for: Any,
) -> None:
    check_row(client_for(persona), row, persona, world, seeded)
