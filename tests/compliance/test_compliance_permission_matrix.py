"""Every compliance URL × every persona → the status the persona must get.

Objects in the URLs belong to Kabupaten Contoh (region A); the admin of another Pemda gets 404
for them and never sees region A's text.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scope

from pantau.compliance import urls as compliance_urls
from pantau.compliance.models import Instrument
from pantau.compliance.services.results import official_result_create
from tests.compliance.test_official_results import PDF
from tests.personas import World
from tests.test_permission_matrix import LOGIN_URL, PERSONAS, REGION_A_TEXT, expect

Seeded = dict[str, Instrument]
Args = Callable[[World, Seeded], list[Any]]

MEMBERS = expect(operator_a=200, operator_b=200, head_a=200, evaluator=200, leader=200,
                 admin=200, assessor=200, other_admin=200, anonymous=302)
MEMBERS_OF_A = expect(operator_a=200, operator_b=200, head_a=200, evaluator=200, leader=200,
                      admin=200, assessor=200, other_admin=404, anonymous=302)

ADMIN = expect(operator_a=403, operator_b=403, head_a=403, evaluator=403, leader=403, admin=200,
               assessor=403, other_admin=200, anonymous=302)
ADMIN_POST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=403, leader=403,
                    admin=302, assessor=403, other_admin=302, anonymous=302)
ADMIN_OF_A = expect(operator_a=403, operator_b=403, head_a=403, evaluator=403, leader=403,
                    admin=200, assessor=403, other_admin=404, anonymous=302)
ADMIN_OF_A_POST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=403, leader=403,
                         admin=302, assessor=403, other_admin=404, anonymous=302)
BACK_OFFICE = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=403,
                     admin=200, assessor=403, other_admin=200, anonymous=302)
BACK_OFFICE_POST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=302, leader=403,
                          admin=302, assessor=403, other_admin=302, anonymous=302)
BACK_OFFICE_OF_A = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=403,
                          admin=200, assessor=403, other_admin=404, anonymous=302)
BACK_OFFICE_OF_A_POST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=302,
                               leader=403, admin=302, assessor=403, other_admin=404,
                               anonymous=302)
RESULT = {"year": "2023", "assessor": "ombudsman", "score": "87,56",
          "source_url": "https://ombudsman.go.id/hasil"}
NEW_VERSION = {"family": "pekppp", "year_from": "2027", "note": ""}


def no_args(w: World, s: Seeded) -> list[Any]:
    return []


def ombudsman_a(w: World, s: Seeded) -> list[Any]:
    return [s["ombudsman_2022"].pk]


def input_dimension_a(w: World, s: Seeded) -> list[Any]:
    with scope(region=w.region_a.pk):
        return [s["ombudsman_2022"].dimensions.get(code="input").pk]


def first_indicator_a(w: World, s: Seeded) -> list[Any]:
    with scope(region=w.region_a.pk):
        return [s["ombudsman_2022"].indicators.get(code="input-01").pk]


BANDS_2022 = (("88", "Kualitas Tertinggi"), ("78", "Kualitas Tinggi"), ("54", "Kualitas Sedang"),
              ("32", "Kualitas Rendah"), ("", "Kualitas Terendah"))
INSTRUMENT_EDIT = {"name": "Penilaian Kepatuhan 2022–2024", "note": "",
                   **{f"lower_{n}": lower for n, (lower, _label) in enumerate(BANDS_2022, 1)},
                   **{f"label_{n}": label for n, (_lower, label) in enumerate(BANDS_2022, 1)}}
def result_a(w: World, s: Seeded) -> list[Any]:
    with scope(region=w.region_a.pk):
        result = official_result_create(
            actor=w.user("admin"), region=w.region_a, year=2022, assessor="ombudsman",
            score=Decimal("64.81"), source_file=SimpleUploadedFile("hasil.pdf", PDF))
    return [result.pk]


INDICATOR_EDIT = {"text": "Pengetahuan tentang komponen standar pelayanan", "weight": "2",
                  "source_status": "one", "option_0": "Tidak paham", "option_3": "Paham"}


# (URL name, method, URL arguments, expected status per persona, POST data)
MATRIX: list[tuple[str, str, Args, dict[str, int], dict[str, Any]]] = [
    ("compliance:index", "get", no_args, MEMBERS, {}),
    ("compliance:instrument_list", "get", no_args, MEMBERS, {}),
    ("compliance:instrument_detail", "get", ombudsman_a, MEMBERS_OF_A, {}),
    ("compliance:instrument_create", "get", no_args, ADMIN, {}),
    ("compliance:instrument_create", "post", no_args, ADMIN_POST, NEW_VERSION),
    ("compliance:instrument_update", "get", ombudsman_a, ADMIN_OF_A, {}),
    ("compliance:instrument_update", "post", ombudsman_a, ADMIN_OF_A_POST, INSTRUMENT_EDIT),
    ("compliance:dimension_update", "get", input_dimension_a, ADMIN_OF_A, {}),
    ("compliance:dimension_update", "post", input_dimension_a, ADMIN_OF_A_POST,
     {"name": "Input", "weight": "21,85", "note": ""}),
    ("compliance:indicator_update", "get", first_indicator_a, ADMIN_OF_A, {}),
    ("compliance:indicator_update", "post", first_indicator_a, ADMIN_OF_A_POST, INDICATOR_EDIT),
    ("compliance:result_list", "get", no_args, MEMBERS, {}),
    ("compliance:result_list", "get", no_args, MEMBERS, {"penilai": "ombudsman"}),
    ("compliance:result_xlsx", "get", no_args, MEMBERS, {}),
    ("compliance:result_create", "get", no_args, BACK_OFFICE, {}),
    ("compliance:result_create", "post", no_args, BACK_OFFICE_POST, RESULT),
    ("compliance:result_update", "get", result_a, BACK_OFFICE_OF_A, {}),
    ("compliance:result_update", "post", result_a, BACK_OFFICE_OF_A_POST, RESULT),
    ("compliance:result_source", "get", result_a, MEMBERS_OF_A, {}),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "method", "args", "expected", "data"), MATRIX,
                         ids=[f"{row[0]}:{row[1]}" for row in MATRIX])
def test_persona_gets_the_expected_status(
    name: str, method: str, args: Args, expected: dict[str, int], data: dict[str, Any],
    persona: str, world: World, seeded: Seeded, client_for: Any,
) -> None:
    url = reverse(name, args=args(world, seeded))
    response = getattr(client_for(persona), method)(url, data)

    assert response.status_code == expected[persona], f"{persona} {method.upper()} {name}"
    if persona == "anonymous" and expected[persona] == 302:
        assert response["Location"].startswith(LOGIN_URL)
    if persona == "other_admin":
        body = response.content.decode(errors="replace")
        assert not [text for text in REGION_A_TEXT if text in body]


def test_every_url_of_the_module_has_a_row() -> None:
    names = {f"{compliance_urls.app_name}:{p.name}" for p in compliance_urls.urlpatterns}
    assert names == {row[0] for row in MATRIX}
    assert all(set(row[3]) == set(PERSONAS) for row in MATRIX)
