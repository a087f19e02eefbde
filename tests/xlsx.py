"""The one XLSX helper of the tests: build a workbook in memory, upload it, read one back.

``workbook_bytes`` writes any sheets; the import builders below lay rows out the way each import's
template does (OPD and unit list, Renstra/RPJMD indicators, quarterly realization).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from pantau.performance import imports_realization
from pantau.performance.models import Plan
from pantau.performance.plan_workbook import layout as plan_layout
from pantau.spreadsheets.writer import XLSX_CONTENT_TYPE
from pantau.tenancy.imports import AGENCY_HEADERS, AGENCY_SHEET, UNIT_HEADERS, UNIT_SHEET


def workbook_bytes(sheets: Mapping[str, Sequence[Sequence[Any]]]) -> bytes:
    """An .xlsx file with one sheet per entry, in order, each with its rows (headers first)."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def uploaded(content: bytes, name: str = "berkas.xlsx") -> SimpleUploadedFile:
    """Bytes as a browser would upload them under ``name``."""
    return SimpleUploadedFile(name, content, content_type=XLSX_CONTENT_TYPE)


def sheet_values(content: bytes, sheet: str) -> list[list[Any]]:
    """Every row of one sheet of an .xlsx file, as values."""
    workbook = load_workbook(io.BytesIO(content))
    return [list(row) for row in workbook[sheet].iter_rows(values_only=True)]


# --- the OPD import (tenancy) ----------------------------------------------------------------

def opd_import_file(agencies: list[list[Any]], units: list[list[Any]],
                    name: str = "opd.xlsx") -> SimpleUploadedFile:
    return uploaded(workbook_bytes({AGENCY_SHEET: [AGENCY_HEADERS, *agencies],
                                    UNIT_SHEET: [UNIT_HEADERS, *units]}), name)


# --- the indicator import of a plan (performance) ----------------------------------------------

def indicator_import_file(plan: Plan, rows: list[list[Any]], name: str = "indikator.xlsx"
                          ) -> SimpleUploadedFile:
    headers = plan_layout.FIXED_HEADERS + plan_layout.target_headers(plan)
    return uploaded(workbook_bytes({plan_layout.SHEET: [headers, *rows]}), name)


def indicator_row(node: list[Any], indicator: list[Any] | None = None,
                  targets: dict[int, Any] | None = None) -> list[Any]:
    """node = [code, parent code, level, name]; targets = {column offset from the first
    target column: value}, e.g. {0: 90} for the annual target of the first year."""
    values = (node + [None] * 4)[:4] + ((indicator or []) + [None] * 11)[:11]
    target_cells = [None] * 25
    for offset, value in (targets or {}).items():
        target_cells[offset] = value
    return values + target_cells


# --- the quarterly realization import (performance) --------------------------------------------

def realization_xlsx(rows: Sequence[Sequence[Any]]) -> bytes:
    """Rows of (code, realization[, drivers, obstacles, follow-up])."""
    laid_out = [[code, "", "", None, None, value, *texts] for code, value, *texts in rows]
    return workbook_bytes({imports_realization.SHEET: [imports_realization.HEADERS, *laid_out]})
