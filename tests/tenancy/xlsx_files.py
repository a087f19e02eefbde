"""Builds upload files for the OPD import tests."""

from __future__ import annotations

import io
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from pantau.spreadsheets.writer import XLSX_CONTENT_TYPE
from pantau.tenancy.imports import AGENCY_HEADERS, AGENCY_SHEET, UNIT_HEADERS, UNIT_SHEET


def import_file(
    agencies: list[list[Any]], units: list[list[Any]], name: str = "opd.xlsx"
) -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = AGENCY_SHEET
    sheet.append(AGENCY_HEADERS)
    for row in agencies:
        sheet.append(row)
    unit_sheet = workbook.create_sheet(UNIT_SHEET)
    unit_sheet.append(UNIT_HEADERS)
    for row in units:
        unit_sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)


def raw_file(content: bytes, name: str = "opd.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=XLSX_CONTENT_TYPE)
