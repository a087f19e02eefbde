"""Every analysis URL × every persona → expected status; other Pemda never sees region A's data.

Operators and heads see only their own OPD's scorecard and Renja table (403 elsewhere); the ranking
and early warning are for the back office, leaders and assessors.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tests.matrix import Row, check_row, expect, no_args, persona_matrix
from tests.performance.analysis.builders import indicator, realize, renstra
from tests.personas import World

REDIRECT_ALL = expect(operator_a=302, operator_b=302, head_a=302, evaluator=302, leader=302,
                      admin=302, assessor=302, other_admin=302, anonymous=302)
OVERVIEW = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=200,
                  admin=200, assessor=200, other_admin=200, anonymous=302)
BACK_OFFICE = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=403,
                     admin=200, assessor=403, other_admin=200, anonymous=302)
OPD_A_READERS = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200, leader=200,
                       admin=200, assessor=200, other_admin=404, anonymous=302)


def opd_a(w: World) -> list[Any]:
    return [w.opd_a.pk]


MATRIX = [
    Row("performance_analysis:index", "get", no_args, REDIRECT_ALL),
    Row("performance_analysis:ranking", "get", no_args, OVERVIEW),
    Row("performance_analysis:ranking_xlsx", "get", no_args, OVERVIEW),
    Row("performance_analysis:warning", "get", no_args, OVERVIEW),
    Row("performance_analysis:warning_xlsx", "get", no_args, OVERVIEW),
    Row("performance_analysis:scorecard", "get", opd_a, OPD_A_READERS),
    Row("performance_analysis:scorecard_xlsx", "get", opd_a, OPD_A_READERS),
    Row("performance_analysis:renja", "get", opd_a, OPD_A_READERS),
    Row("performance_analysis:renja_xlsx", "get", opd_a, OPD_A_READERS),
    Row("performance_analysis:settings", "get", no_args, BACK_OFFICE),
]


@pytest.fixture
def region_a_scores(world: World) -> None:
    item = indicator(renstra(world.opd_a)["program"], world.opd_a, "Cakupan imunisasi",
                     annual=90)
    realize(item, 2026, {1: 92}, obstacles="Hambatan di Puskesmas Sukamaju")


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, client_for: Any, region_a_scores: None,
) -> None:
    check_row(client_for(persona), row, persona, world)


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
