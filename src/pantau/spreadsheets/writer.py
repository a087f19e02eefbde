"""Tables to XLSX: one shape for every export, with spreadsheet-formula injection neutralised."""

from __future__ import annotations

import datetime
import decimal
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
# Dates stay real dates (sortable, filterable), shown day first as Indonesians write them.
DATE_CELL_FORMAT = "dd/mm/yyyy"
DATETIME_CELL_FORMAT = "dd/mm/yyyy hh:mm"


def safe_cell(value: Any) -> Any:
    """A value that a spreadsheet shows as written and never evaluates."""
    if isinstance(value, str):
        if value.startswith(_FORMULA_PREFIXES):
            return "'" + value
        return value
    if value is None or isinstance(
        value, bool | int | float | decimal.Decimal | datetime.date | datetime.datetime
    ):
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            return timezone.localtime(value).replace(tzinfo=None)  # the Pemda's clock
        return value
    return str(value)


@dataclass
class Column:
    title: str
    width: int = 18
    number_format: str | None = None


@dataclass
class Table:
    """A sheet: a title line, column headings and rows of plain values."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    sheet_name: str = "Data"
    notes: list[str] = field(default_factory=list)


HEADER_FILL = PatternFill("solid", fgColor="0B4F6C")


def write_table(workbook: Workbook, table: Table, *, first: bool) -> None:
    sheet = workbook.active if first else workbook.create_sheet()
    assert sheet is not None
    sheet.title = table.sheet_name[:31]
    sheet.append([safe_cell(table.title)])
    sheet["A1"].font = Font(bold=True, size=13)
    for note in table.notes:
        sheet.append([safe_cell(note)])
    sheet.append([])
    header_row = sheet.max_row + 1
    sheet.append([safe_cell(c.title) for c in table.columns])
    for cell in sheet[header_row]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in table.rows:
        values = [safe_cell(v) for v in row]
        sheet.append(values)
        for index, value in enumerate(values, start=1):
            if isinstance(value, datetime.date):
                sheet.cell(row=sheet.max_row, column=index).number_format = (
                    DATETIME_CELL_FORMAT if isinstance(value, datetime.datetime)
                    else DATE_CELL_FORMAT)
    for index, column in enumerate(table.columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        if column.number_format:
            for (cell,) in sheet.iter_rows(min_row=header_row + 1, min_col=index, max_col=index):
                cell.number_format = column.number_format
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.auto_filter.ref = (
        f"A{header_row}:{get_column_letter(len(table.columns))}{max(sheet.max_row, header_row)}"
    )


def workbook_bytes(*tables: Table) -> bytes:
    workbook = Workbook()
    for index, table in enumerate(tables):
        write_table(workbook, table, first=index == 0)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(*tables: Table, filename: str) -> HttpResponse:
    return xlsx_download(workbook_bytes(*tables), filename=filename)


def xlsx_download(content: bytes, *, filename: str) -> HttpResponse:
    """An XLSX file (already built, e.g. an import template) as an attachment."""
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
