"""Builds realization import files in memory."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook

from pantau.performance.imports_realization import HEADERS, SHEET


def realization_xlsx(rows: Sequence[Sequence[Any]]) -> bytes:
    """Rows of (code, realization[, drivers, obstacles, follow-up])."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(HEADERS)
    for row in rows:
        code, value, *texts = row
        sheet.append([code, "", "", None, None, value, *texts])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
