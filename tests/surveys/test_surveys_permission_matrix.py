"""Every SKM URL × every persona → the status the persona must get.

The survey in the URLs belongs to unit A (OPD A, Kabupaten Contoh). Operators of OPD B get 403,
the admin of another Pemda 404 (and none of region A's text), anonymous users the login page for
back-office pages and 200 for the public form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import URLPattern, reverse

from pantau.surveys import urls as survey_urls
from pantau.surveys.models import Survey, SurveyResponse
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


@dataclass(frozen=True)
class Row:
    name: str
    args: Callable[[Survey, SurveyResponse], list[Any]]
    expected: dict[str, int]
    public: bool = False


def code(s: Survey, r: SurveyResponse) -> list[Any]:
    return [s.public_code]


def pk(s: Survey, r: SurveyResponse) -> list[Any]:
    return [s.pk]


MATRIX = [
    Row("surveys:public_form", code, EVERYONE, public=True),
    Row("surveys:public_thanks", code, EVERYONE, public=True),
    Row("surveys:survey_list", lambda s, r: [], MEMBERS),
    Row("surveys:survey_create", lambda s, r: [], CREATORS),
    Row("surveys:survey_detail", pk, READERS_OF_A),
    Row("surveys:survey_update", pk, MANAGERS_OF_A),
    Row("surveys:survey_qr", pk, READERS_OF_A),
    Row("surveys:survey_poster", pk, READERS_OF_A),
    Row("surveys:response_list", pk, READERS_OF_A),
    Row("surveys:response_invalidate", lambda s, r: [s.pk, r.pk], BACK_OFFICE),
    Row("surveys:responses_xlsx", pk, READERS_OF_A),
    Row("surveys:recap_xlsx", pk, READERS_OF_A),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("row", MATRIX, ids=lambda row: row.name)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, survey_a: Survey, client_for: Any
) -> None:
    response_a = submit_direct(survey_a, ALL_FOUR)

    response = client_for(persona).get(reverse(row.name, args=row.args(survey_a, response_a)))

    expected = row.expected[persona]
    assert response.status_code == expected, f"{persona} {row.name}: {response.status_code}"
    if persona == "anonymous" and expected == 302:
        assert response["Location"].startswith(LOGIN_URL)
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
