"""Every compliance URL × every persona → the status the persona must get.

Objects in the URLs belong to Kabupaten Contoh (region A); the admin of another Pemda gets 404
for them and never sees region A's text.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope

from pantau.compliance.models import Instrument
from pantau.compliance.services.results import official_result_create
from tests.compliance.test_official_results import PDF
from tests.matrix import Row, check_row, expect, persona_matrix
from tests.personas import World

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


MATRIX = [
    Row("compliance:index", "get", no_args, MEMBERS),
    Row("compliance:instrument_list", "get", no_args, MEMBERS),
    Row("compliance:instrument_detail", "get", ombudsman_a, MEMBERS_OF_A),
    Row("compliance:instrument_create", "get", no_args, ADMIN),
    Row("compliance:instrument_create", "post", no_args, ADMIN_POST, NEW_VERSION),
    Row("compliance:instrument_update", "get", ombudsman_a, ADMIN_OF_A),
    Row("compliance:instrument_update", "post", ombudsman_a, ADMIN_OF_A_POST, INSTRUMENT_EDIT),
    Row("compliance:dimension_update", "get", input_dimension_a, ADMIN_OF_A),
    Row("compliance:dimension_update", "post", input_dimension_a, ADMIN_OF_A_POST,
        {"name": "Input", "weight": "21,85", "note": ""}),
    Row("compliance:indicator_update", "get", first_indicator_a, ADMIN_OF_A),
    Row("compliance:indicator_update", "post", first_indicator_a, ADMIN_OF_A_POST, INDICATOR_EDIT),
    Row("compliance:result_list", "get", no_args, MEMBERS),
    Row("compliance:result_list", "get", no_args, MEMBERS, {"penilai": "ombudsman"}),
    Row("compliance:result_xlsx", "get", no_args, MEMBERS),
    Row("compliance:result_create", "get", no_args, BACK_OFFICE),
    Row("compliance:result_create", "post", no_args, BACK_OFFICE_POST, RESULT),
    Row("compliance:result_update", "get", result_a, BACK_OFFICE_OF_A),
    Row("compliance:result_update", "post", result_a, BACK_OFFICE_OF_A_POST, RESULT),
    Row("compliance:result_source", "get", result_a, MEMBERS_OF_A),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, seeded: Seeded, client_for: Any,
) -> None:
    check_row(client_for(persona), row, persona, world, seeded)
