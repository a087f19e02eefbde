"""A file that is not an XLSX gets a clear Indonesian message and changes nothing."""

from __future__ import annotations

import os
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Agency, ServiceUnit
from tests.personas import World
from tests.reports.damaged_xlsx import DAMAGED_CELLS, damage_cell
from tests.xlsx import opd_import_file, uploaded

NOT_XLSX = "Berkas ini bukan XLSX (isi berkas tidak sesuai)."


def _counts() -> tuple[int, int, int]:
    with scopes_disabled():
        return Agency.objects.count(), ServiceUnit.objects.count(), AuditEvent.objects.count()


@pytest.mark.parametrize(("content", "message"), [
    (b"Nama OPD;Singkatan\nDinas Sosial;Dinsos\n", NOT_XLSX),  # a text file renamed to .xlsx
    (os.urandom(4096), NOT_XLSX),  # random bytes
    (b"", "Berkas yang dikirimkan kosong."),  # an empty file
], ids=["text-renamed-xlsx", "random-bytes", "empty"])
def test_a_file_that_is_not_xlsx_is_refused_in_indonesian(
    content: bytes, message: str, world: World, client_for: Any
) -> None:
    before = _counts()

    response = client_for("admin").post(reverse("tenancy:agency_import"),
                                        {"file": uploaded(content, "opd.xlsx")})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert _counts() == before


def test_a_damaged_zip_is_refused_in_indonesian(world: World, client_for: Any) -> None:
    before = _counts()
    damaged = b"PK\x03\x04" + os.urandom(2048)

    response = client_for("admin").post(reverse("tenancy:agency_import"),
                                        {"file": uploaded(damaged, "opd.xlsx")})

    body = response.content.decode()
    assert NOT_XLSX in body or "Berkas XLSX rusak atau tidak dapat dibaca." in body
    assert _counts() == before


@pytest.mark.parametrize("cell", DAMAGED_CELLS.values(), ids=DAMAGED_CELLS.keys())
@pytest.mark.parametrize(("sheet", "ref"), [("OPD", "B2"), ("Unit layanan", "A2")])
def test_a_cell_that_cannot_be_read_is_refused_in_indonesian(
    cell: str, sheet: str, ref: str, world: World, client_for: Any
) -> None:
    before = _counts()
    content = opd_import_file([["Dinas Sosial", "Dinsos", "Dinas", "Drs. Harun"]],
                          [["Loket Dinsos", "Puskesmas", "Dinsos", ""]]).read()

    response = client_for("admin").post(reverse("tenancy:agency_import"), {
        "file": uploaded(damage_cell(content, sheet, ref, cell), "opd.xlsx")})

    assert response.status_code == 200
    assert "Berkas XLSX rusak atau tidak dapat dibaca." in response.content.decode()
    assert _counts() == before
