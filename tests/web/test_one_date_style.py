"""Dates have one style in tables (15 Okt 2026, 15 Okt 2026 14:30) and one in headings and
sentences (15 Oktober 2026, 15 Oktober 2026 23:59 WIB), both named in pantau/formats; XLSX cells
hold real dates shown as 15/10/2026 (15/10/2026 14:30), in the Pemda's time."""

from __future__ import annotations

import datetime
import io
import re
import zoneinfo
from pathlib import Path

from django.utils import formats, timezone, translation
from openpyxl import load_workbook

from pantau.spreadsheets.writer import Column, Table, workbook_bytes

SRC = Path(__file__).resolve().parents[2] / "src" / "pantau"
NAMED = {"DATE_FORMAT", "SHORT_DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATETIME_FORMAT"}
JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
MOMENT = datetime.datetime(2026, 10, 15, 23, 59, tzinfo=JAKARTA)


def test_templates_use_only_the_named_date_styles() -> None:
    found = {}
    for template in SRC.rglob("*.html"):
        for style in re.findall(r"""\|date:["']([^"']*)["']""", template.read_text()):
            if style not in NAMED:
                found.setdefault(style, []).append(template.relative_to(SRC).as_posix())
    assert found == {}, "spell dates with the named formats of pantau/formats"


def test_python_code_does_not_spell_dates_by_hand() -> None:
    # Paper-survey imports describe the day format to type; everything else shows dates.
    spelled = [path.relative_to(SRC).as_posix() for path in SRC.rglob("*.py")
               if re.search(r"strftime\(|date_format\([^)]*[\"'][jdDmMnFYyHi]", path.read_text())
               and path.name != "paper_sheet.py"]
    assert spelled == []


def test_the_two_styles_in_indonesian() -> None:
    with translation.override("id"), timezone.override(JAKARTA):
        assert formats.date_format(MOMENT.date(), "SHORT_DATE_FORMAT") == "15 Okt 2026"
        assert formats.date_format(MOMENT, "SHORT_DATETIME_FORMAT") == "15 Okt 2026 23:59"
        assert formats.date_format(MOMENT.date(), "DATE_FORMAT") == "15 Oktober 2026"
        assert formats.date_format(MOMENT, "DATETIME_FORMAT") == "15 Oktober 2026 23:59 WIB"


def test_xlsx_dates_are_real_dates_in_indonesian_order_and_local_time() -> None:
    table = Table("Uji", [Column("Tanggal"), Column("Waktu")],
                  [[MOMENT.date(), MOMENT.astimezone(datetime.UTC)]])
    with timezone.override(JAKARTA):
        sheet = load_workbook(io.BytesIO(workbook_bytes(table))).active

    day, moment = next(row for row in sheet.iter_rows(min_row=4) if row[0].value)
    assert day.is_date and day.number_format == "dd/mm/yyyy"
    assert moment.is_date and moment.number_format == "dd/mm/yyyy hh:mm"
    assert moment.value == datetime.datetime(2026, 10, 15, 23, 59)  # the Pemda's clock, not UTC
