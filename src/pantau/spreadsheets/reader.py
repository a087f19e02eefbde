"""Reading uploaded XLSX files: checked by content and size, rows with their line numbers.

Imports validate everything first and report every bad row; only a clean file is written.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

# Data rows one sheet may hold; a longer file is refused whole before its rows are checked, so
# 100 000 junk rows cost neither seconds of checking nor a page listing every one of them.
MAX_ROWS = 20_000


class ImportRejected(Exception):
    """The file as a whole cannot be read (wrong type, too big, missing sheet)."""


@dataclass(frozen=True)
class RowError:
    sheet: str
    line: int
    message: str


def open_workbook(upload: UploadedFile, *, max_bytes: int | None = None) -> Workbook:
    limit = max_bytes or settings.UPLOAD_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise ImportRejected(_("Berkas terlalu besar (maksimal %(mb)s MB).") % {
            "mb": limit // (1024 * 1024)})
    data = upload.read()
    if not data.startswith(b"PK\x03\x04") or not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportRejected(_("Berkas ini bukan XLSX (isi berkas tidak sesuai). Unggah berkas "
                               "dari templat yang disediakan, disimpan sebagai .xlsx."))
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise _damaged() from error


def _damaged() -> ImportRejected:
    return ImportRejected(_("Berkas XLSX rusak atau tidak dapat dibaca."))


def _read_rows(workbook: Workbook, name: str, **bounds: int) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows as values. A read-only workbook parses the sheet XML only now, so a cell
    openpyxl cannot read (a "number" NaN or TRUE, a missing shared string) raises here, as does
    a number beyond the float range; either makes the whole file damaged."""
    if name not in workbook.sheetnames:
        raise ImportRejected(_("Lembar “%(name)s” tidak ditemukan di berkas.") % {"name": name})
    try:
        for row in workbook[name].iter_rows(values_only=True, **bounds):
            if any(isinstance(value, float) and not math.isfinite(value) for value in row):
                raise _damaged()
            yield row
    except ImportRejected:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged cell
        raise _damaged() from error


def header_row(workbook: Workbook, name: str) -> tuple[Any, ...]:
    """The first row of a sheet (empty when the sheet is)."""
    return next(_read_rows(workbook, name, min_row=1, max_row=1), ())


def sheet_rows(workbook: Workbook, name: str, *, header_rows: int = 1
               ) -> Iterator[tuple[int, list[Any]]]:
    """(line number, cell values) for each non-empty data row of a sheet; ImportRejected when
    there are more than MAX_ROWS of them."""
    count = 0
    for line, row in enumerate(_read_rows(workbook, name), start=1):
        if line <= header_rows:
            continue
        values = [v.strip() if isinstance(v, str) else v for v in row]
        if all(v is None or v == "" for v in values):
            continue
        count += 1
        if count > MAX_ROWS:
            raise ImportRejected(
                _("Lembar “%(name)s” berisi lebih dari %(max)s baris data; bagi berkasnya.")
                % {"name": name, "max": MAX_ROWS})
        yield line, values


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
