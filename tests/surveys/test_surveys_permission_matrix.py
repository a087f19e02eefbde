"""Every SKM URL × every persona → the status the persona must get.

The survey in the URLs belongs to unit A (OPD A, Kabupaten Contoh). Operators of OPD B get 403,
the admin of another Pemda 404 (and none of region A's text), anonymous users the login page for
back-office pages and 200 for the public form.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from pantau.surveys.models import Survey, SurveyFollowUp, SurveyResponse
from pantau.surveys.services.followups import followup_create
from tests.matrix import Row, check_row, expect, persona_matrix
from tests.personas import World
from tests.surveys.conftest import ALL_FOUR, submit_direct

REGION_A_TEXT = ("Kabupaten Contoh", "Dinas Kesehatan", "Puskesmas Sukamaju", "SKM 2026")


#                     op_a op_b head eval lead admn asse othr anon
EVERYONE = expect(200, 200, 200, 200, 200, 200, 200, 200, 200)
MEMBERS = expect(200, 200, 200, 200, 200, 200, 200, 200, 302)
CREATORS = expect(200, 200, 200, 200, 403, 200, 403, 200, 302)
READERS_OF_A = expect(200, 403, 200, 200, 200, 200, 200, 404, 302)
MANAGERS_OF_A = expect(200, 403, 200, 200, 403, 200, 403, 404, 302)
BACK_OFFICE = expect(403, 403, 403, 200, 403, 200, 403, 404, 302)
PEMDA_BACK_OFFICE = expect(403, 403, 403, 200, 403, 200, 403, 200, 302)  # each their own Pemda


@dataclass(frozen=True)
class Ctx:
    survey: Survey
    response: SurveyResponse
    followup: SurveyFollowUp
    world: World


def code(c: Ctx) -> list[Any]:
    return [c.survey.public_code]


def pk(c: Ctx) -> list[Any]:
    return [c.survey.pk]


def none(c: Ctx) -> list[Any]:
    return []


MATRIX = [
    Row("surveys:public_form", "get", code, EVERYONE, public=True),
    Row("surveys:public_thanks", "get", code, EVERYONE, public=True),
    Row("surveys:publication", "get", lambda c: [c.world.region_a.slug], EVERYONE, public=True),
    Row("surveys:survey_list", "get", none, MEMBERS),
    Row("surveys:survey_create", "get", none, CREATORS),
    Row("surveys:results", "get", none, MEMBERS),
    Row("surveys:unit_results", "get", lambda c: [c.world.unit_a.pk], READERS_OF_A),
    Row("surveys:agency_report", "get", lambda c: [c.world.opd_a.pk], READERS_OF_A),
    Row("surveys:followup_list", "get", none, MEMBERS),
    Row("surveys:followups_xlsx", "get", none, MEMBERS),
    Row("surveys:followup_update", "get", lambda c: [c.followup.pk], MANAGERS_OF_A),
    Row("surveys:questionnaire", "get", none, PEMDA_BACK_OFFICE),
    Row("surveys:survey_profile", "get", pk, READERS_OF_A),
    Row("surveys:survey_report", "get", pk, READERS_OF_A),
    Row("surveys:followup_create", "get", pk, MANAGERS_OF_A),
    Row("surveys:survey_import", "get", pk, MANAGERS_OF_A),
    Row("surveys:import_template", "get", pk, MANAGERS_OF_A),
    Row("surveys:survey_detail", "get", pk, READERS_OF_A),
    Row("surveys:survey_update", "get", pk, MANAGERS_OF_A),
    Row("surveys:survey_qr", "get", pk, READERS_OF_A),
    Row("surveys:survey_poster", "get", pk, READERS_OF_A),
    Row("surveys:response_list", "get", pk, READERS_OF_A),
    Row("surveys:response_invalidate", "get", lambda c: [c.survey.pk, c.response.pk], BACK_OFFICE),
    Row("surveys:responses_xlsx", "get", pk, READERS_OF_A),
    Row("surveys:recap_xlsx", "get", pk, READERS_OF_A),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, survey_a: Survey, client_for: Any
) -> None:
    response_a = submit_direct(survey_a, ALL_FOUR, comment="Komentar rahasia warga")
    followup = followup_create(
        actor=world.user("evaluator"), survey=survey_a, element=3, action="Tambah loket",
        owner="Kepala Puskesmas", due_on=datetime.date(2026, 9, 30), status="rencana", note="",
    )
    context = Ctx(survey_a, response_a, followup, world)

    # The public pages show the Pemda's name by design; they must not show who answered.
    response = check_row(client_for(persona), row, persona, context,
                         region_text=() if row.public else REGION_A_TEXT)

    if row.public:
        body = response.content.decode(errors="replace")
        assert "Komentar rahasia warga" not in body, row.name
        others = [user.full_name for name, user in world.users.items() if name != persona]
        assert not [name for name in others if name in body], row.name


def test_the_survey_list_shows_operators_only_their_opd(
    survey_a: Survey, survey_b: Survey, client_for: Any
) -> None:
    url = reverse("surveys:survey_list")

    own = client_for("operator_a").get(url).content.decode()
    everything = client_for("leader").get(url).content.decode()

    assert survey_a.title in own and survey_b.title not in own
    assert survey_a.title in everything and survey_b.title in everything
