"""Every analysis URL × every persona → expected status; other Pemda never sees region A's data.

Operators and heads see only their own OPD's scorecard and Renja table (403 elsewhere); the ranking
and early warning are for the back office, leaders and assessors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse

from pantau.performance import urls_analysis
from tests.performance.analysis.builders import indicator, realize, renstra
from tests.personas import World
from tests.test_permission_matrix import LOGIN_URL, PERSONAS, REGION_A_TEXT, expect

REDIRECT_ALL = expect(operator_a=302, operator_b=302, head_a=302, evaluator=302, leader=302,
                      admin=302, assessor=302, other_admin=302, anonymous=302)
OVERVIEW = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=200,
                  admin=200, assessor=200, other_admin=200, anonymous=302)
BACK_OFFICE = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=403,
                     admin=200, assessor=403, other_admin=200, anonymous=302)
OPD_A_READERS = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200, leader=200,
                       admin=200, assessor=200, other_admin=404, anonymous=302)


def no_args(w: World) -> list[Any]:
    return []


def opd_a(w: World) -> list[Any]:
    return [w.opd_a.pk]


MATRIX: list[tuple[str, Callable[[World], list[Any]], dict[str, int]]] = [
    ("performance_analysis:index", no_args, REDIRECT_ALL),
    ("performance_analysis:ranking", no_args, OVERVIEW),
    ("performance_analysis:ranking_xlsx", no_args, OVERVIEW),
    ("performance_analysis:warning", no_args, OVERVIEW),
    ("performance_analysis:warning_xlsx", no_args, OVERVIEW),
    ("performance_analysis:scorecard", opd_a, OPD_A_READERS),
    ("performance_analysis:scorecard_xlsx", opd_a, OPD_A_READERS),
    ("performance_analysis:renja", opd_a, OPD_A_READERS),
    ("performance_analysis:renja_xlsx", opd_a, OPD_A_READERS),
    ("performance_analysis:settings", no_args, BACK_OFFICE),
]


@pytest.fixture
def region_a_scores(world: World) -> None:
    item = indicator(renstra(world.opd_a)["program"], world.opd_a, "Cakupan imunisasi",
                     annual=90)
    realize(item, 2026, {1: 92}, obstacles="Hambatan di Puskesmas Sukamaju")


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "args", "expected"), MATRIX, ids=[row[0] for row in MATRIX])
def test_persona_gets_the_expected_status(
    name: str, args: Callable[[World], list[Any]], expected: dict[str, int], persona: str,
    world: World, client_for: Any, region_a_scores: None,
) -> None:
    response = client_for(persona).get(reverse(name, args=args(world)))

    assert response.status_code == expected[persona], f"{persona} GET {name}"
    if persona == "anonymous":
        assert response["Location"].startswith(LOGIN_URL)
    if persona == "other_admin" and response.status_code == 200:
        body = response.content.decode(errors="replace")
        assert not [text for text in REGION_A_TEXT if text in body]


def test_operator_lands_on_own_scorecard_and_back_office_on_the_ranking(
    world: World, client_for: Any
) -> None:
    operator = client_for("operator_a").get(reverse("performance_analysis:index"))
    evaluator = client_for("evaluator").get(reverse("performance_analysis:index"))
    assert operator["Location"] == reverse("performance_analysis:scorecard", args=[world.opd_a.pk])
    assert evaluator["Location"] == reverse("performance_analysis:ranking")


def test_a_period_of_another_pemda_is_not_found(world: World, client_for: Any) -> None:
    url = reverse("performance_analysis:ranking") + f"?periode={world.period_other.pk}"
    assert client_for("evaluator").get(url).status_code == 404


def test_every_url_of_the_module_has_a_row() -> None:
    names = {f"{urls_analysis.app_name}:{p.name}" for p in urls_analysis.urlpatterns}
    assert names == {row[0] for row in MATRIX}
    assert all(set(row[2]) == set(PERSONAS) for row in MATRIX)
