"""Every service-standards URL × every persona → the status the persona must get.

The register is every member's (narrowed to their OPD for OPD staff); a product's standard and a
unit's maklumat are kept by the unit's OPD staff and the back office; their photos and the A4
sheet are read by whoever reads the unit; the public page is anybody's. Objects belong to Unit A
(Puskesmas Sukamaju, OPD A) of Kabupaten Contoh; another Pemda's admin gets 404.
"""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope

from pantau.compliance.services.standards import service_standard_update, unit_maklumat_update
from tests.matrix import Row, check_row, expect, no_args, persona_matrix
from tests.personas import World
from tests.test_uploads import PNG

MEMBERS = expect(operator_a=200, operator_b=200, head_a=200, evaluator=200, leader=200,
                 admin=200, assessor=200, other_admin=200, anonymous=302)
READERS_OF_A = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200, leader=200,
                      admin=200, assessor=200, other_admin=404, anonymous=302)
KEEPERS_OF_A = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200, leader=403,
                      admin=200, assessor=403, other_admin=404, anonymous=302)
KEEPERS_OF_A_POST = expect(operator_a=302, operator_b=403, head_a=302, evaluator=302,
                           leader=403, admin=302, assessor=403, other_admin=404, anonymous=302)

STANDARD = {"requirements": "KTP orang tua", "procedure": "Daftar di loket", "duration": "",
            "enacted_on": "2026-01-05", "decree": "SK Kepala Dinas 12/2026"}
MAKLUMAT = {"text": "Kami siap melayani dengan ramah.", "decree": "", "enacted_on": ""}


def product_a(w: World) -> list[Any]:
    return [w.product_a.pk]


def unit_a(w: World) -> list[Any]:
    return [w.unit_a.pk]


def product_a_counter_photo(w: World) -> list[Any]:
    with scope(region=w.region_a.pk):
        service_standard_update(
            actor=w.user("admin"), region=w.region_a, product=w.product_a,
            components={"requirements": "KTP"}, displayed_at_counter=True,
            displayed_online=False, counter_photo=SimpleUploadedFile("loket.png", PNG))
    return [w.product_a.pk, "loket"]


def unit_a_maklumat_photo(w: World) -> list[Any]:
    with scope(region=w.region_a.pk):
        unit_maklumat_update(actor=w.user("admin"), region=w.region_a, unit=w.unit_a,
                             text="Kami siap melayani.", displayed=True,
                             photo=SimpleUploadedFile("maklumat.png", PNG))
    return [w.unit_a.pk]


MATRIX = [
    Row("compliance_standards:register", "get", no_args, MEMBERS),
    Row("compliance_standards:register_xlsx", "get", no_args, MEMBERS),
    Row("compliance_standards:standard_update", "get", product_a, KEEPERS_OF_A),
    Row("compliance_standards:standard_update", "post", product_a, KEEPERS_OF_A_POST, STANDARD),
    Row("compliance_standards:standard_photo", "get", product_a_counter_photo, READERS_OF_A),
    Row("compliance_standards:unit", "get", unit_a, READERS_OF_A),
    Row("compliance_standards:maklumat_update", "get", unit_a, KEEPERS_OF_A),
    Row("compliance_standards:maklumat_update", "post", unit_a, KEEPERS_OF_A_POST, MAKLUMAT),
    Row("compliance_standards:maklumat_photo", "get", unit_a_maklumat_photo, READERS_OF_A),
    Row("compliance_standards:unit_pdf", "get", unit_a, READERS_OF_A),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(row: Row, persona: str, world: World,
                                          client_for: Any) -> None:
    check_row(client_for(persona), row, persona, world)
