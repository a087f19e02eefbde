"""The perception results page of a unit and year: counts, shares, the predicted score, the XLSX,
who may see it and who may switch the questions."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from pantau.audit.models import AuditEvent
from pantau.compliance.models import PerceptionSetting
from pantau.compliance.selectors.perception import perception_facts
from pantau.compliance.services.seeding import instruments_seed
from pantau.surveys.services.responses import response_invalidate
from tests.compliance.perception_helpers import switch_on
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct

YEAR = timezone.localdate().year


def _answers(world: World, *, clean: int, dirty: int, unit: Any = None) -> list[Any]:
    """``clean`` respondents answering "tidak" to all five, ``dirty`` answering "ya" to the
    second question (permintaan imbalan) and "tidak" to the others."""
    unit = unit or world.unit_a
    switch_on(world, unit)
    survey = make_survey(unit)
    responses = []
    for number in range(clean + dirty):
        bribe = "ya" if number >= clean else "tidak"
        extra = {"persepsi": {f"x_persepsi_o{q}": bribe if q == 2 else "tidak"
                              for q in range(1, 6)}}
        responses.append(submit_direct(survey, [4] * 9, extra=extra))
    return responses


def _page(client_for: Any, persona: str, unit: Any) -> Any:
    return client_for(persona).get(reverse("compliance:perception_unit", args=[unit.pk, YEAR]))


def test_the_page_shows_counts_shares_and_the_predicted_score(
    world: World, client_for: Any
) -> None:
    _answers(world, clean=37, dirty=3)  # 40 respondents: 92,50 % without bribe request

    page = _page(client_for, "operator_a", world.unit_a).content.decode()

    assert "92,50" in page and "100,00" in page
    # four indicators at 3 and one at 2: 24,24 × 14/15 = 22,62 points of the Output dimension
    assert "22,62" in page
    assert ">40<" in page


def test_below_the_minimum_of_respondents_no_score_is_predicted(
    world: World, client_for: Any
) -> None:
    _answers(world, clean=10, dirty=0)

    body = _page(client_for, "evaluator", world.unit_a).content.decode()

    assert "100,00" in body
    assert "Tanpa perkiraan bila kurang dari 30 responden" in body


def test_a_response_marked_invalid_takes_its_perception_answers_out(
    world: World, client_for: Any
) -> None:
    responses = _answers(world, clean=30, dirty=1)
    with scope(region=world.region_a.pk):
        response_invalidate(actor=world.user("evaluator"), response=responses[-1],
                            reason="Isian ganda")

    body = _page(client_for, "evaluator", world.unit_a).content.decode()

    assert ">30<" in body and "96,77" not in body


def test_operator_of_another_opd_cannot_see_the_results(world: World, client_for: Any) -> None:
    _answers(world, clean=31, dirty=0)

    assert _page(client_for, "operator_b", world.unit_a).status_code == 403
    listing = client_for("operator_b").get(reverse("compliance:perception_index"))
    assert "Puskesmas Sukamaju" not in listing.content.decode()


def test_another_pemda_gets_404(world: World, client_for: Any) -> None:
    assert _page(client_for, "other_admin", world.unit_a).status_code == 404


def test_the_xlsx_has_one_row_per_question(world: World, client_for: Any) -> None:
    _answers(world, clean=37, dirty=3)

    response = client_for("head_a").get(
        reverse("compliance:perception_xlsx", args=[world.unit_a.pk, YEAR]))

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[0] in
            ("output-01", "output-02", "output-03", "output-04", "output-05")]
    assert [row[0] for row in rows] == [f"output-0{n}" for n in range(1, 6)]
    assert rows[1][3:8] == (3, 37, 40, 92.5, 2)


def test_an_operator_switches_their_unit_on_and_it_is_audited(
    world: World, client_for: Any
) -> None:
    response = client_for("operator_a").post(
        reverse("compliance:perception_switch", args=[world.unit_a.pk, YEAR]), {"nyala": "1"})

    assert response.status_code == 302
    with scopes_disabled():
        assert PerceptionSetting.objects.get(unit=world.unit_a, year=YEAR).is_on
        event = AuditEvent.objects.filter(action="compliance.perception.switched").get()
    assert event.changes == {"is_on": [False, True]}


def test_another_opds_operator_is_refused_the_switch_and_it_is_audited(
    world: World, client_for: Any
) -> None:
    response = client_for("operator_b").post(
        reverse("compliance:perception_switch", args=[world.unit_a.pk, YEAR]), {"nyala": "1"})

    assert response.status_code == 403
    with scopes_disabled():
        assert not PerceptionSetting.objects.filter(unit=world.unit_a).exists()
        assert AuditEvent.objects.filter(action="compliance.perception.refused",
                                         actor=world.user("operator_b")).exists()


@pytest.mark.parametrize(("clean", "dirty", "score"), [(40, 0, 3), (37, 3, 2), (27, 3, 2),
                                                       (20, 10, 0)])
def test_the_facts_fill_the_output_indicators(world: World, clean: int, dirty: int,
                                              score: int) -> None:
    _answers(world, clean=clean, dirty=dirty)
    with scope(region=world.region_a.pk):
        [instrument] = [i for i in instruments_seed(region=world.region_a)
                        if i.seed_key == "ombudsman-2022"]
        indicators = list(instrument.indicators.filter(auto_source="perception")
                          .order_by("code"))
        facts = perception_facts(region=world.region_a, year=YEAR, units=[world.unit_a],
                                 indicators=indicators)

    assert [i.code for i in indicators] == [f"output-0{n}" for n in range(1, 6)]
    assert facts[(world.unit_a.pk, indicators[1].pk)].score == score
    assert facts[(world.unit_a.pk, indicators[0].pk)].score == 3
    assert facts[(world.unit_a.pk, indicators[0].pk)].met is True


def test_the_self_assessment_fills_the_output_from_the_perception_source(world: World) -> None:
    from pantau.compliance.selectors.auto_facts import auto_facts

    _answers(world, clean=37, dirty=3)
    with scope(region=world.region_a.pk):
        [instrument] = [i for i in instruments_seed(region=world.region_a)
                        if i.seed_key == "ombudsman-2022"]
        indicators = list(instrument.indicators.order_by("dimension__position", "position"))
        facts = auto_facts(region=world.region_a, year=YEAR, units=[world.unit_a],
                           indicators=indicators)

    output = {i.code: facts[(world.unit_a.pk, i.pk)] for i in indicators
              if (world.unit_a.pk, i.pk) in facts and i.code.startswith("output-")}
    assert {code: fact.score for code, fact in output.items()} == {
        "output-01": 3, "output-02": 2, "output-03": 3, "output-04": 3, "output-05": 3}
    assert output["output-02"].source == "perception"
    assert "37 dari 40 responden (92,50 %)" in output["output-02"].text
