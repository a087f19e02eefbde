"""Builds indicator import files in the template's layout."""

from __future__ import annotations

import io
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from pantau.performance.models import Plan
from pantau.performance.plan_workbook.layout import FIXED_HEADERS, SHEET, target_headers
from pantau.spreadsheets.writer import XLSX_CONTENT_TYPE


def import_file(plan: Plan, rows: list[list[Any]], name: str = "indikator.xlsx"
                ) -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(FIXED_HEADERS + target_headers(plan))
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)


def uploaded(content: bytes, name: str = "indikator.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=XLSX_CONTENT_TYPE)


def sheet_values(content: bytes, sheet: str = SHEET) -> list[list[Any]]:
    workbook = load_workbook(io.BytesIO(content))
    return [list(row) for row in workbook[sheet].iter_rows(values_only=True)]


def row(node: list[Any], indicator: list[Any] | None = None,
        targets: dict[int, Any] | None = None) -> list[Any]:
    """node = [code, parent code, level, name]; targets = {column offset from the first
    target column: value}, e.g. {0: 90} for the annual target of the first year."""
    values = (node + [None] * 4)[:4] + ((indicator or []) + [None] * 11)[:11]
    target_cells = [None] * 25
    for offset, value in (targets or {}).items():
        target_cells[offset] = value
    return values + target_cells
