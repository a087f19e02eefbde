"""Reading uploaded XLSX files: checked by content and size, rows with their line numbers.

Imports validate everything first and report every bad row; only a clean file is written.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook


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
        raise ImportRejected(_("Berkas XLSX rusak atau tidak dapat dibaca.")) from error


def sheet_rows(workbook: Workbook, name: str, *, header_rows: int = 1
               ) -> Iterator[tuple[int, list[Any]]]:
    """(line number, cell values) for each non-empty data row of a sheet."""
    if name not in workbook.sheetnames:
        raise ImportRejected(_("Lembar “%(name)s” tidak ditemukan di berkas.") % {"name": name})
    sheet = workbook[name]
    for line, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if line <= header_rows:
            continue
        values = [v.strip() if isinstance(v, str) else v for v in row]
        if all(v is None or v == "" for v in values):
            continue
        yield line, values


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
