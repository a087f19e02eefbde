"""Official results: the category is pantau.scoring's for the year (worked examples from
methods.md), the 2025 opini is entered as published, the source is a real PDF or a link, and
bad input changes nothing."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scope
from openpyxl import load_workbook

from pantau.audit.models import AuditEvent
from pantau.compliance.models import OfficialResult
from pantau.compliance.selectors.results import result_trends
from pantau.compliance.services.results import official_result_create, official_result_update
from pantau.scoring import ombudsman, pekppp
from tests.personas import World

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
LINK = "https://ombudsman.go.id/hasil"


@pytest.fixture
def in_a(world: World) -> Any:
    with scope(region=world.region_a.pk):
        yield world


def _create(world: World, **values: Any) -> OfficialResult:
    fields: dict[str, Any] = {"year": 2022, "assessor": "ombudsman", "score": Decimal("60.80"),
                              "source_url": LINK, **values}
    return official_result_create(actor=world.user("evaluator"), region=world.region_a,
                                  **fields)


def test_the_worked_example_gets_scorings_category(in_a: World) -> None:
    # methods.md §3: seven lokus units → Pemda 60,80, category C Kualitas Sedang (Kuning).
    units = ["49.85", "52.86", "55.09", "59.85", "62.06", "71.08", "74.82"]
    pemda = ombudsman.region_score(units)
    expected = ombudsman.classify(pemda, 2022)

    result = _create(in_a, score=pemda)

    assert pemda == Decimal("60.80")
    assert (result.grade, result.label, result.zone) == (expected.category, expected.label,
                                                         expected.zone) == (
        "C", "Kualitas Sedang", "Kuning")


@pytest.mark.parametrize(("assessor", "year", "score", "expected"), [
    ("ombudsman", 2018, "78.12", ("", "Kepatuhan Sedang", "Kuning")),  # 2015–2021 zones
    ("ombudsman", 2024, "88.00", ("A", "Kualitas Tertinggi", "Hijau")),
    ("ombudsman", 2024, "87.99", ("B", "Kualitas Tinggi", "Hijau")),
    ("kemenpanrb", 2023, "3.51", ("B", "Baik", "")),
    ("kemenpanrb", 2023, "3.50", ("B-", "Baik (Dengan Catatan)", "")),
])
def test_category_follows_the_method_of_the_year(
    in_a: World, assessor: str, year: int, score: str, expected: tuple[str, str, str]
) -> None:
    result = _create(in_a, assessor=assessor, year=year, score=Decimal(score))
    assert (result.grade, result.label, result.zone) == expected
    scoring = (pekppp.classify(score, year).label if assessor == "kemenpanrb"
               else ombudsman.classify(score, year).label)
    assert result.label == scoring


def test_2025_opini_is_entered_as_published(in_a: World) -> None:
    with pytest.raises(ValidationError, match="pilih opini yang diterbitkan"):
        _create(in_a, year=2025, score=Decimal("65.98"))
    result = _create(in_a, year=2025, score=Decimal("65.98"), label="Kualitas Sedang",
                     without_maladministration=True)
    assert (result.label, result.without_maladministration, result.grade) == (
        "Kualitas Sedang", True, "")


@pytest.mark.parametrize(("values", "message"), [
    ({"score": Decimal("101")}, "di luar rentang 0–100"),
    ({"year": 2010}, "Tahun 2010 tidak dicakup"),
    ({"assessor": "kemenpanrb", "score": Decimal("5.5")}, "di luar rentang"),
    ({"without_maladministration": True}, "hanya ada pada opini Ombudsman sejak 2025"),
    ({"source_url": ""}, "Lampirkan dokumen sumber"),
    ({"source_url": "", "source_file": SimpleUploadedFile("hasil.pdf", PNG)},
     "Isi berkas bukan PDF"),
])
def test_bad_input_is_refused_and_nothing_is_saved(
    in_a: World, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        _create(in_a, **values)
    assert not OfficialResult.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="compliance.official").exists()


def test_a_second_result_for_the_same_year_is_refused(in_a: World) -> None:
    _create(in_a)
    _create(in_a, unit=in_a.unit_a, score=Decimal("49.85"))  # a unit's own result may sit beside
    with pytest.raises(ValidationError, match="sudah ada"):
        _create(in_a, score=Decimal("70"))


def test_a_pdf_source_is_stored_and_an_edit_is_audited(
    world: World, client_for: Any
) -> None:
    with scope(region=world.region_a.pk):
        result = _create(world, source_url="",
                         source_file=SimpleUploadedFile("lhp-2022.pdf", PDF))
        official_result_update(actor=world.user("admin"), result=result, year=2022,
                               assessor="ombudsman", score=Decimal("78.00"), opinion="Opini")

    download = client_for("leader").get(reverse("compliance:result_source", args=[result.pk]))
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    with scope(region=world.region_a.pk):
        event = AuditEvent.objects.get(action="compliance.official_result.updated")
    assert event.changes["score"] == ["60.80", "78.00"]
    assert event.changes["grade"] == ["C", "B"]


def test_list_charts_and_xlsx_show_the_series(world: World, client_for: Any) -> None:
    with scope(region=world.region_a.pk):
        for year, score in ((2021, "40.00"), (2022, "64.81"), (2023, "87.56")):
            _create(world, year=year, score=Decimal(score))
        trends = result_trends(region=world.region_a)
    assert [p["value"] for p in trends[0]["points"]] == [40.0, 64.81, 87.56]

    page = client_for("operator_a").get(reverse("compliance:result_list")).content.decode()
    assert 'data-chart="line"' in page and "64,81" in page and "Kualitas Tinggi" in page
    response = client_for("operator_a").get(reverse("compliance:result_xlsx"))
    sheet = load_workbook(filename=io.BytesIO(response.content)).active
    assert sheet is not None
    values = [row for row in sheet.iter_rows(values_only=True) if row and row[0] == 2023]
    assert values[0][3] == 87.56
    assert values[0][6] == "Kualitas Tinggi"
