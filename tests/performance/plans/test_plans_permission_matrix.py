"""Every plan URL × every persona → the status the persona must get.

OPD A's Renstra (and its node and indicator) is read by the back office, leaders, assessors and
OPD A's staff, and managed by the back office and OPD A's staff; OPD B's operator gets 403, the
admin of another Pemda 404 and none of region A's text. The RPJMD is read by every member of the
Pemda and managed by the back office only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import URLPattern, reverse

from pantau.performance import urls_plans
from tests.performance.plans.conftest import Plans

PERSONAS = (
    "operator_a", "operator_b", "head_a", "evaluator", "leader", "admin", "assessor",
    "other_admin", "anonymous",
)
LOGIN_URL = "/akun/masuk/"
REGION_A_TEXT = ("Kabupaten Contoh", "Dinas Kesehatan", "Renstra Dinas", "imunisasi", "RPJMD K")


def expect(*statuses: int) -> dict[str, int]:
    return dict(zip(PERSONAS, statuses, strict=True))


#                        op_a op_b head eval lead admn asse othr anon
MEMBERS = expect(200, 200, 200, 200, 200, 200, 200, 200, 302)
BACK_OFFICE = expect(403, 403, 403, 200, 403, 200, 403, 200, 302)
READERS_OF_A = expect(200, 403, 200, 200, 200, 200, 200, 404, 302)
MANAGERS_OF_A = expect(200, 403, 200, 200, 403, 200, 403, 404, 302)
EDITORS_OF_A_PLAN = expect(403, 403, 403, 200, 403, 200, 403, 404, 302)
READERS_OF_RPJMD = expect(200, 200, 200, 200, 200, 200, 200, 404, 302)
MANAGERS_OF_RPJMD = expect(403, 403, 403, 200, 403, 200, 403, 404, 302)
TOGGLERS_OF_A = expect(302, 403, 302, 302, 403, 302, 403, 404, 302)


@dataclass(frozen=True)
class Row:
    name: str
    args: Callable[[Plans], list[Any]]
    expected: dict[str, int]
    method: str = "get"


MATRIX = [
    Row("plan_list", lambda p: [], MEMBERS),
    Row("plan_create", lambda p: [], BACK_OFFICE),
    Row("plan_detail", lambda p: [p.renstra_a.pk], READERS_OF_A),
    Row("plan_detail", lambda p: [p.rpjmd.pk], READERS_OF_RPJMD),
    Row("plan_update", lambda p: [p.renstra_a.pk], EDITORS_OF_A_PLAN),
    Row("node_create", lambda p: [p.renstra_a.pk], MANAGERS_OF_A),
    Row("node_create", lambda p: [p.rpjmd.pk], MANAGERS_OF_RPJMD),
    Row("plan_export", lambda p: [p.renstra_a.pk], READERS_OF_A),
    Row("plan_import", lambda p: [p.renstra_a.pk], MANAGERS_OF_A),
    Row("plan_import_template", lambda p: [p.renstra_a.pk], MANAGERS_OF_A),
    Row("node_update", lambda p: [p.program_a.pk], MANAGERS_OF_A),
    Row("node_update", lambda p: [p.rpjmd_sasaran.pk], MANAGERS_OF_RPJMD),
    Row("node_toggle", lambda p: [p.program_a.pk], TOGGLERS_OF_A, "post"),
    Row("indicator_create", lambda p: [p.program_a.pk], MANAGERS_OF_A),
    Row("indicator_detail", lambda p: [p.indicator_a.pk], READERS_OF_A),
    Row("indicator_detail", lambda p: [p.rpjmd_indicator.pk], READERS_OF_RPJMD),
    Row("indicator_update", lambda p: [p.indicator_a.pk], MANAGERS_OF_A),
    Row("indicator_update", lambda p: [p.rpjmd_indicator.pk], MANAGERS_OF_RPJMD),
    Row("indicator_toggle", lambda p: [p.indicator_a.pk], TOGGLERS_OF_A, "post"),
    Row("target_grid", lambda p: [p.indicator_a.pk], MANAGERS_OF_A),
    Row("target_revision", lambda p: [p.indicator_a.pk], MANAGERS_OF_A),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("row", MATRIX, ids=lambda row: f"{row.name}-{row.expected['leader']}")
def test_persona_gets_the_expected_status(row: Row, persona: str, plans: Plans,
                                          client_for: Any) -> None:
    url = reverse(f"performance_plans:{row.name}", args=row.args(plans))

    response = getattr(client_for(persona), row.method)(url)

    expected = row.expected[persona]
    assert response.status_code == expected, f"{persona} {row.name}: {response.status_code}"
    if persona == "anonymous":
        assert response["Location"].startswith(LOGIN_URL)
    if persona == "other_admin":
        body = response.content.decode(errors="replace")
        assert not [text for text in REGION_A_TEXT if text in body], row.name


def test_every_plan_url_has_a_row() -> None:
    names = {p.name for p in urls_plans.urlpatterns if isinstance(p, URLPattern)}

    assert names == {row.name for row in MATRIX}


def test_the_plan_list_shows_operators_the_rpjmd_and_only_their_own_renstra(
    plans: Plans, client_for: Any
) -> None:
    url = reverse("performance_plans:plan_list")

    own = client_for("operator_a").get(url).content.decode()
    everything = client_for("evaluator").get(url).content.decode()

    assert plans.rpjmd.title in own and plans.renstra_a.title in own
    assert plans.renstra_b.title not in own
    assert plans.renstra_b.title in everything
