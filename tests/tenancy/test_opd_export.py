"""The OPD list exports to an XLSX that opens in a spreadsheet and never runs a formula."""

from __future__ import annotations

import io
from typing import Any

from django.urls import reverse
from openpyxl import load_workbook

from pantau.spreadsheets.writer import XLSX_CONTENT_TYPE
from tests.factories import AgencyFactory
from tests.personas import World


def _export(client: Any) -> Any:
    response = client.get(reverse("tenancy:agency_list") + "?format=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_CONTENT_TYPE
    assert 'filename="daftar-opd.xlsx"' in response["Content-Disposition"]
    return load_workbook(io.BytesIO(response.content))


def _cells(workbook: Any) -> list[Any]:
    return [cell for row in workbook.active.iter_rows() for cell in row]


def test_opd_export_opens_with_openpyxl_and_lists_the_pemdas_opds(
    world: World, client_for: Any
) -> None:
    workbook = _export(client_for("leader"))

    values = [cell.value for cell in _cells(workbook)]
    assert workbook.active.title == "OPD"
    assert "Daftar OPD" in values
    assert "Dinas Kesehatan" in values
    assert "Dinas Pendidikan" in values
    assert "Dinas Perhubungan Kota Lain" not in values


def test_a_name_starting_with_equals_is_written_as_text_not_a_formula(
    world: World, client_for: Any
) -> None:
    AgencyFactory(region=world.region_a, name='=HYPERLINK("http://jahat.example","klik")',
                  short_name="=1+1")

    cells = _cells(_export(client_for("admin")))

    dangerous = [c for c in cells if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert len(dangerous) == 1
    assert dangerous[0].data_type == "s"
    assert not dangerous[0].value.startswith("=")
    assert all(c.data_type != "f" for c in cells)
