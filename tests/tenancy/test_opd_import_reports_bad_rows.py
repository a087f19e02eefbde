"""One bad row among good ones: every bad row is reported with its line, nothing is created."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Agency, ServiceUnit
from tests.personas import World
from tests.xlsx import opd_import_file


def _counts() -> tuple[int, int, int]:
    with scopes_disabled():
        return Agency.objects.count(), ServiceUnit.objects.count(), AuditEvent.objects.count()


def _error_rows(body: str) -> list[tuple[str, str, str]]:
    """(sheet, line, message) of each row of the error table."""
    table = body[body.index("baris bermasalah"):body.index("</table>")]
    cells = re.findall(r"<tr><td>(.*?)</td><td>(\d+)</td><td>(.*?)</td></tr>", table)
    return [(sheet, line, message) for sheet, line, message in cells]


def test_bad_rows_are_reported_with_their_line_and_nothing_is_created(
    world: World, client_for: Any
) -> None:
    before = _counts()
    upload = opd_import_file(
        agencies=[
            ["Dinas Sosial", "Dinsos", "Dinas", ""],          # line 2: good
            ["", "Tanpa Nama", "Dinas", ""],                  # line 3: no name
            ["Badan Keuangan", "BKD", "Kementerian", ""],     # line 4: unknown kind
            ["Dinas Perikanan", "Diskan", "Dinas", ""],       # line 5: good
        ],
        units=[
            ["Loket Dinsos", "Front office / loket OPD", "Dinsos", ""],  # line 2: good
            ["Loket Hantu", "Front office / loket OPD", "XYZ", ""],      # line 3: unknown OPD
        ],
    )

    response = client_for("admin").post(reverse("tenancy:agency_import"), {"file": upload})

    body = response.content.decode()
    assert response.status_code == 200
    assert "Ditemukan 3 baris bermasalah. Tidak ada data yang disimpan." in body
    rows = _error_rows(body)
    assert [(sheet, line) for sheet, line, _ in rows] == [
        ("OPD", "3"), ("OPD", "4"), ("Unit layanan", "3")]
    assert "nama OPD kosong" in rows[0][2]
    assert "jenis “Kementerian” tidak dikenal" in rows[1][2]
    assert "OPD dengan singkatan “XYZ” tidak ada" in rows[2][2]
    assert _counts() == before


def test_an_opd_name_already_in_the_pemda_is_an_error_row(world: World, client_for: Any) -> None:
    before = _counts()
    upload = opd_import_file(
        agencies=[["Dinas Sosial", "Dinsos", "Dinas", ""],
                  ["DINAS KESEHATAN", "Dinkes Baru", "Dinas", ""]],
        units=[],
    )

    body = client_for("admin").post(reverse("tenancy:agency_import"),
                                    {"file": upload}).content.decode()

    rows = _error_rows(body)
    assert [(sheet, line) for sheet, line, _ in rows] == [("OPD", "3")]
    assert "OPD “DINAS KESEHATAN” sudah ada" in rows[0][2]
    assert _counts() == before


def test_the_same_opd_twice_in_one_file_is_an_error_row(world: World, client_for: Any) -> None:
    upload = opd_import_file(
        agencies=[["Dinas Sosial", "Dinsos", "Dinas", ""],
                  ["Dinas Sosial", "Dinsos2", "Dinas", ""]],
        units=[],
    )

    body = client_for("admin").post(reverse("tenancy:agency_import"),
                                    {"file": upload}).content.decode()

    assert [(s, line) for s, line, _ in _error_rows(body)] == [("OPD", "3")]
