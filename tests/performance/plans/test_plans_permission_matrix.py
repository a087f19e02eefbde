"""Every plan URL × every persona → the status the persona must get.

OPD A's Renstra (and its node and indicator) is read by the back office, leaders, assessors and
OPD A's staff, and managed by the back office and OPD A's staff; OPD B's operator gets 403, the
admin of another Pemda 404 and none of region A's text. The RPJMD is read by every member of the
Pemda and managed by the back office only.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from tests.matrix import Row, check_row, expect, persona_matrix
from tests.performance.plans.conftest import Plans

REGION_A_TEXT = ("Kabupaten Contoh", "Dinas Kesehatan", "Renstra Dinas", "imunisasi", "RPJMD K")

#                        op_a op_b head eval lead admn asse othr anon
MEMBERS = expect(200, 200, 200, 200, 200, 200, 200, 200, 302)
BACK_OFFICE = expect(403, 403, 403, 200, 403, 200, 403, 200, 302)
READERS_OF_A = expect(200, 403, 200, 200, 200, 200, 200, 404, 302)
MANAGERS_OF_A = expect(200, 403, 200, 200, 403, 200, 403, 404, 302)
EDITORS_OF_A_PLAN = expect(403, 403, 403, 200, 403, 200, 403, 404, 302)
READERS_OF_RPJMD = expect(200, 200, 200, 200, 200, 200, 200, 404, 302)
MANAGERS_OF_RPJMD = expect(403, 403, 403, 200, 403, 200, 403, 404, 302)
TOGGLERS_OF_A = expect(302, 403, 302, 302, 403, 302, 403, 404, 302)


P = "performance_plans:"
MATRIX = [
    Row(P + "plan_list", "get", lambda p: [], MEMBERS),
    Row(P + "plan_create", "get", lambda p: [], BACK_OFFICE),
    Row(P + "plan_detail", "get", lambda p: [p.renstra_a.pk], READERS_OF_A),
    Row(P + "plan_detail", "get", lambda p: [p.rpjmd.pk], READERS_OF_RPJMD),
    Row(P + "plan_update", "get", lambda p: [p.renstra_a.pk], EDITORS_OF_A_PLAN),
    Row(P + "node_create", "get", lambda p: [p.renstra_a.pk], MANAGERS_OF_A),
    Row(P + "node_create", "get", lambda p: [p.rpjmd.pk], MANAGERS_OF_RPJMD),
    Row(P + "plan_export", "get", lambda p: [p.renstra_a.pk], READERS_OF_A),
    Row(P + "plan_import", "get", lambda p: [p.renstra_a.pk], MANAGERS_OF_A),
    Row(P + "plan_import_template", "get", lambda p: [p.renstra_a.pk], MANAGERS_OF_A),
    Row(P + "node_update", "get", lambda p: [p.program_a.pk], MANAGERS_OF_A),
    Row(P + "node_update", "get", lambda p: [p.rpjmd_sasaran.pk], MANAGERS_OF_RPJMD),
    Row(P + "node_toggle", "post", lambda p: [p.program_a.pk], TOGGLERS_OF_A),
    Row(P + "indicator_create", "get", lambda p: [p.program_a.pk], MANAGERS_OF_A),
    Row(P + "indicator_detail", "get", lambda p: [p.indicator_a.pk], READERS_OF_A),
    Row(P + "indicator_detail", "get", lambda p: [p.rpjmd_indicator.pk], READERS_OF_RPJMD),
    Row(P + "indicator_update", "get", lambda p: [p.indicator_a.pk], MANAGERS_OF_A),
    Row(P + "indicator_update", "get", lambda p: [p.rpjmd_indicator.pk], MANAGERS_OF_RPJMD),
    Row(P + "indicator_toggle", "post", lambda p: [p.indicator_a.pk], TOGGLERS_OF_A),
    Row(P + "target_grid", "get", lambda p: [p.indicator_a.pk], MANAGERS_OF_A),
    Row(P + "target_revision", "get", lambda p: [p.indicator_a.pk], MANAGERS_OF_A),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(row: Row, persona: str, plans: Plans,
                                          client_for: Any) -> None:
    check_row(client_for(persona), row, persona, plans, region_text=REGION_A_TEXT)


def test_the_plan_list_shows_operators_the_rpjmd_and_only_their_own_renstra(
    plans: Plans, client_for: Any
) -> None:
    url = reverse("performance_plans:plan_list")

    own = client_for("operator_a").get(url).content.decode()
    everything = client_for("evaluator").get(url).content.decode()

    assert plans.rpjmd.title in own and plans.renstra_a.title in own
    assert plans.renstra_b.title not in own
    assert plans.renstra_b.title in everything
