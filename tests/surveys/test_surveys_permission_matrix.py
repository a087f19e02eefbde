"""Every SKM URL × every persona → the status the persona must get.

The survey in the URLs belongs to unit A (OPD A, Kabupaten Contoh). Operators of OPD B get 403,
the admin of another Pemda 404 (and none of region A's text), anonymous users the login page for
back-office pages and 200 for the public form.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import URLPattern, reverse

from pantau.surveys import urls as survey_urls
from pantau.surveys.models import Survey, SurveyFollowUp, SurveyResponse
from pantau.surveys.services.followups import followup_create
from tests.personas import World
from tests.surveys.conftest import ALL_FOUR, submit_direct

PERSONAS = (
    "operator_a", "operator_b", "head_a", "evaluator", "leader", "admin", "assessor",
    "other_admin", "anonymous",
)
LOGIN_URL = "/akun/masuk/"
REGION_A_TEXT = ("Kabupaten Contoh", "Dinas Kesehatan", "Puskesmas Sukamaju", "SKM 2026")


def expect(*statuses: int) -> dict[str, int]:
    return dict(zip(PERSONAS, statuses, strict=True))


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


@dataclass(frozen=True)
class Row:
    name: str
    args: Callable[[Ctx], list[Any]]
    expected: dict[str, int]
    public: bool = False


def code(c: Ctx) -> list[Any]:
    return [c.survey.public_code]


def pk(c: Ctx) -> list[Any]:
    return [c.survey.pk]


def none(c: Ctx) -> list[Any]:
    return []


MATRIX = [
    Row("surveys:public_form", code, EVERYONE, public=True),
    Row("surveys:public_thanks", code, EVERYONE, public=True),
    Row("surveys:publication", lambda c: [c.world.region_a.slug], EVERYONE, public=True),
    Row("surveys:survey_list", none, MEMBERS),
    Row("surveys:survey_create", none, CREATORS),
    Row("surveys:results", none, MEMBERS),
    Row("surveys:unit_results", lambda c: [c.world.unit_a.pk], READERS_OF_A),
    Row("surveys:agency_report", lambda c: [c.world.opd_a.pk], READERS_OF_A),
    Row("surveys:followup_list", none, MEMBERS),
    Row("surveys:followups_xlsx", none, MEMBERS),
    Row("surveys:followup_update", lambda c: [c.followup.pk], MANAGERS_OF_A),
    Row("surveys:questionnaire", none, PEMDA_BACK_OFFICE),
    Row("surveys:survey_profile", pk, READERS_OF_A),
    Row("surveys:survey_report", pk, READERS_OF_A),
    Row("surveys:followup_create", pk, MANAGERS_OF_A),
    Row("surveys:survey_import", pk, MANAGERS_OF_A),
    Row("surveys:import_template", pk, MANAGERS_OF_A),
    Row("surveys:survey_detail", pk, READERS_OF_A),
    Row("surveys:survey_update", pk, MANAGERS_OF_A),
    Row("surveys:survey_qr", pk, READERS_OF_A),
    Row("surveys:survey_poster", pk, READERS_OF_A),
    Row("surveys:response_list", pk, READERS_OF_A),
    Row("surveys:response_invalidate", lambda c: [c.survey.pk, c.response.pk], BACK_OFFICE),
    Row("surveys:responses_xlsx", pk, READERS_OF_A),
    Row("surveys:recap_xlsx", pk, READERS_OF_A),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("row", MATRIX, ids=lambda row: row.name)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, survey_a: Survey, client_for: Any
) -> None:
    response_a = submit_direct(survey_a, ALL_FOUR, comment="Komentar rahasia warga")
    followup = followup_create(
        actor=world.user("evaluator"), survey=survey_a, element=3, action="Tambah loket",
        owner="Kepala Puskesmas", due_on=datetime.date(2026, 9, 30), status="rencana", note="",
    )
    context = Ctx(survey_a, response_a, followup, world)

    response = client_for(persona).get(reverse(row.name, args=row.args(context)))

    expected = row.expected[persona]
    assert response.status_code == expected, f"{persona} {row.name}: {response.status_code}"
    if persona == "anonymous" and expected == 302:
        assert response["Location"].startswith(LOGIN_URL)
    if row.public:
        body = response.content.decode(errors="replace")
        assert "Komentar rahasia warga" not in body, row.name
        others = [user.full_name for name, user in world.users.items() if name != persona]
        assert not [name for name in others if name in body], row.name
    if persona == "other_admin" and not row.public:
        body = response.content.decode(errors="replace")
        assert not [text for text in REGION_A_TEXT if text in body], row.name


def test_every_survey_url_has_a_row() -> None:
    names = {f"surveys:{p.name}" for p in survey_urls.urlpatterns if isinstance(p, URLPattern)}

    assert names == {row.name for row in MATRIX}


def test_the_survey_list_shows_operators_only_their_opd(
    survey_a: Survey, survey_b: Survey, client_for: Any
) -> None:
    url = reverse("surveys:survey_list")

    own = client_for("operator_a").get(url).content.decode()
    everything = client_for("leader").get(url).content.decode()

    assert survey_a.title in own and survey_b.title not in own
    assert survey_a.title in everything and survey_b.title in everything
