"""Every /api/ URL × every persona → the expected status, with a token and with a session.

Objects belong to OPD A (Dinas Kesehatan) of Kabupaten Contoh. The API answers 401 without
credentials (pages redirect to the login page instead), 403 when the ``rules`` permission of
the matching page refuses, and 404 for a user of another Pemda, whose answers must not contain
region A's data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client
from django_scopes import scope

from pantau.api import urls as api_urls
from pantau.api.models import ApiToken
from tests.api.conftest import make_token
from tests.compliance.readiness_data import YEAR as READY_YEAR
from tests.compliance.readiness_data import build_ready
from tests.matrix import Row, check_row, expect, persona_matrix
from tests.performance.reporting.conftest import Reporting

REGION_A_TEXT = ("Kabupaten Contoh", "Dinas Kesehatan", "Dinkes", "IK-A1", "Indikator IK-A")


#                       op_a op_b head eval lead admn asse othr anon
MEMBERS = expect(200, 200, 200, 200, 200, 200, 200, 200, 401)
READERS_OF_A = expect(200, 403, 200, 200, 200, 200, 200, 404, 401)
WRITERS_OF_A = expect(200, 403, 200, 403, 403, 403, 403, 404, 401)
OVERVIEW_OF_A = expect(403, 403, 403, 200, 200, 200, 200, 404, 401)
NOT_ALLOWED = expect(405, 405, 405, 405, 405, 405, 405, 405, 401)
# The OpenAPI schema and its docs page describe the API and hold no Pemda's data: public.
PUBLIC = expect(200, 200, 200, 200, 200, 200, 200, 200, 200)
NOWHERE = expect(404, 404, 404, 404, 404, 404, 404, 404, 404)
# The token page (HTML, session login): anonymous is sent to the login page.
PAGE_MEMBERS = expect(200, 200, 200, 200, 200, 200, 200, 200, 302)
OWN_TOKEN_POST = expect(302, 404, 404, 404, 404, 404, 404, 404, 302)
PAGE_GET_ON_POST_ONLY = expect(405, 405, 405, 405, 405, 405, 405, 405, 302)


def none(r: Reporting) -> list[Any]:
    return []


def opd_a(r: Reporting) -> list[Any]:
    return [r.world.opd_a.pk]


def report_a(r: Reporting) -> list[Any]:
    return [r.world.opd_a.pk, r.q1.pk]


def row_a(r: Reporting) -> list[Any]:
    return [r.world.opd_a.pk, r.q1.pk, r.percent.pk]


def percent(r: Reporting) -> list[Any]:
    return [r.percent.pk]


def unknown(r: Reporting) -> list[Any]:
    return [f"opd/{r.world.opd_a.pk}/tidak-ada"]


def of_opd_a(r: Reporting) -> str:
    return f"?opd={r.world.opd_a.pk}"


def in_q1(r: Reporting) -> str:
    return f"?periode={r.q1.pk}"


def compliance_ready(r: Reporting) -> str:
    """Region A with a lokus, answers, official results and an action (the readiness data):
    another Pemda's token must see none of it."""
    build_ready(r.world)
    return f"?tahun={READY_YEAR}"


API_MATRIX = [
    Row("api:root", "get", none, MEMBERS),
    Row("api:period_list", "get", none, MEMBERS),
    Row("api:agency_list", "get", none, MEMBERS),
    Row("api:indicator_list", "get", none, MEMBERS),
    Row("api:indicator_list", "get", none, READERS_OF_A, query=of_opd_a),
    Row("api:indicator_detail", "get", percent, READERS_OF_A),
    Row("api:score_list", "get", none, OVERVIEW_OF_A, query=in_q1),
    Row("api:agency_score", "get", opd_a, READERS_OF_A, query=in_q1),
    Row("api:realization_list", "get", report_a, READERS_OF_A),
    Row("api:realization_list", "post", report_a, WRITERS_OF_A,
        data=lambda r: {"rows": [{"indicator": r.percent.pk, "value": "88.5"}]}),
    Row("api:realization_detail", "get", row_a, READERS_OF_A),
    Row("api:realization_detail", "put", row_a, WRITERS_OF_A,
        data=lambda r: {"value": "88.5", "drivers": "Posyandu aktif"}),
    Row("api:realization_detail", "patch", row_a, WRITERS_OF_A, data=lambda r: {"value": 88.5}),
    Row("api:realization_detail", "delete", row_a, NOT_ALLOWED),
    Row("api:compliance_prediction", "get", none, MEMBERS, query=compliance_ready),
    Row("api:compliance_gaps", "get", none, MEMBERS, query=compliance_ready),
    Row("api:compliance_gaps", "get", none, MEMBERS, query=lambda r: "?penilai=kemenpanrb"),
    Row("api:compliance_results", "get", none, MEMBERS, query=compliance_ready),
    Row("api:schema", "get", none, PUBLIC),
    Row("api:docs", "get", none, PUBLIC),
    Row("api:unknown_address", "get", unknown, NOWHERE),
    Row("api:unknown_address", "post", unknown, NOWHERE, data=lambda r: {"value": "1"}),
]


@persona_matrix(API_MATRIX)
def test_token_persona_gets_the_expected_status(row: Row, persona: str, rep: Reporting,
                                                api_for: Any) -> None:
    response = check_row(api_for(persona), row, persona, rep, region_text=REGION_A_TEXT,
                         format="json")

    if persona == "anonymous" and row.expected[persona] == 401:
        assert response["WWW-Authenticate"] == 'Token realm="api"'
        assert "token" in response.json()["detail"].lower()


@persona_matrix(API_MATRIX)
def test_session_persona_gets_the_same_status(row: Row, persona: str, rep: Reporting,
                                              session_api_for: Any) -> None:
    check_row(session_api_for(persona), row, persona, rep, region_text=REGION_A_TEXT,
              format="json")


def _operator_a_token(rep: Reporting) -> list[Any]:
    make_token(rep.world, "operator_a")
    with scope(region=rep.world.region_a.pk):
        return [ApiToken.objects.get(user=rep.world.user("operator_a")).pk]


PAGE_MATRIX = [
    Row("api:token_list", "get", none, PAGE_MEMBERS),
    Row("api:token_list", "post", none, PAGE_MEMBERS, data=lambda r: {"name": "Skrip SIPD"}),
    Row("api:token_revoke", "post", _operator_a_token, OWN_TOKEN_POST),
    Row("api:token_revoke", "get", _operator_a_token, PAGE_GET_ON_POST_ONLY),
]


MATRIX = API_MATRIX + PAGE_MATRIX


@persona_matrix(PAGE_MATRIX)
def test_token_page_persona_gets_the_expected_status(row: Row, persona: str, rep: Reporting,
                                                     client_for: Callable[[str], Client]
                                                     ) -> None:
    check_row(client_for(persona), row, persona, rep, region_text=REGION_A_TEXT)


def test_every_api_method_has_a_row() -> None:
    """Each view's HTTP methods (besides HEAD/OPTIONS) appear in the matrix."""
    rows = {(row.name, row.method) for row in MATRIX}
    for pattern in api_urls.urlpatterns:
        view_class = getattr(pattern.callback, "cls", None)
        if view_class is None:
            continue
        for method in ("get", "post", "put", "patch", "delete"):
            if hasattr(view_class, method):
                assert (f"api:{pattern.name}", method) in rows, (pattern.name, method)
