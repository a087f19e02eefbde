"""A quarter's realization from XLSX: the template per OPD, then all rows or none.

Every row is checked before anything is written; a blank cell leaves what is stored unchanged.
Writing uses bulk operations in one transaction and one summary audit event.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from pantau.audit.services import audit_record
from pantau.dbstats import refresh_after_bulk_write
from pantau.performance.locks import ensure_editable
from pantau.performance.models import Indicator, IndicatorScoreCache, Realization
from pantau.performance.selectors.reporting import report_form_groups
from pantau.performance.services.realizations import (
    RealizationInput,
    _realizations_apply,
    _report_get_or_create,
)
from pantau.performance.validation import realization_value_clean
from pantau.spreadsheets.reader import RowError, open_workbook, sheet_rows, text
from pantau.spreadsheets.writer import safe_cell
from pantau.tenancy.models import Agency, Period

SHEET = "Realisasi"
HEADERS = ["Kode indikator", "Nama indikator", "Satuan", "Target tahunan", "Target triwulan",
           "Realisasi", "Faktor pendorong", "Faktor penghambat", "Rencana tindak lanjut"]
WIDTHS = [16, 60, 12, 14, 14, 14, 40, 40, 40]
TEXT_LIMIT = 4000


def template_bytes(*, agency: Agency, period: Period) -> bytes:
    """The OPD's indicators of the quarter, prefilled with what is already stored."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="0B4F6C")
    for group in report_form_groups(agency=agency, period=period):
        for row in group.rows:
            i, r = row.indicator, row.realization
            sheet.append([safe_cell(v) for v in (
                i.code, i.name, i.unit,
                row.annual_target.counted_value if row.annual_target else None,
                row.quarter_target.counted_value if row.quarter_target else None,
                r.value if r else None, r.drivers if r else "", r.obstacles if r else "",
                r.follow_up_plan if r else "")])
    last = max(sheet.max_row, 2)
    number = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="-1E15",
                            allow_blank=True)
    number.error = _("Isi realisasi dengan angka, misalnya 87,5.")
    number.errorTitle = _("Bukan angka")
    sheet.add_data_validation(number)
    number.add(f"F2:F{last}")
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "C2"
    info = workbook.create_sheet("Petunjuk")
    for line in (
        _("Impor realisasi %(opd)s, %(period)s.") % {"opd": agency.name, "period": period},
        _("Isi kolom Realisasi (angka, desimal dengan koma atau titik), faktor pendorong, "
          "faktor penghambat dan rencana tindak lanjut."),
        _("Sel kosong tidak mengubah data yang sudah tersimpan. Jangan ubah kode indikator."),
        _("Seluruh baris diperiksa dulu; jika ada satu baris salah, tidak ada yang disimpan."),
    ):
        info.append([line])
    info.column_dimensions["A"].width = 110
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@dataclass
class RealizationImportPlan:
    rows: list[RealizationInput] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _indicator_index(agency: Agency, codes: set[str]) -> tuple[dict[str, list[Indicator]],
                                                                set[str]]:
    own: dict[str, list[Indicator]] = {}
    for indicator in Indicator.objects.filter(agency=agency, is_active=True):
        own.setdefault(indicator.code.strip().lower(), []).append(indicator)
    unknown = {c for c in codes if c not in own}
    foreign: set[str] = set()
    if unknown:  # codes are few per Pemda: compare case-insensitively in Python, one query
        foreign = {c.strip().lower() for c in Indicator.objects.exclude(agency=agency)
                   .exclude(code="").values_list("code", flat=True)} & unknown
    return own, foreign


def realization_import_plan(*, upload: UploadedFile, agency: Agency, period: Period
                            ) -> RealizationImportPlan:
    """Reads and checks every row; writes nothing. Raises ImportRejected for an unreadable file."""
    workbook = open_workbook(upload)
    lines = [(line, (row + [None] * len(HEADERS))[:len(HEADERS)])
             for line, row in sheet_rows(workbook, SHEET)]
    workbook.close()
    codes = {text(row[0]).lower() for _line, row in lines if text(row[0])}
    own, foreign = _indicator_index(agency, codes)
    ids = [i.pk for found in own.values() for i in found]
    existing = {r.indicator_id: r for r in Realization.objects.filter(
        period=period, indicator_id__in=ids)} if ids else {}
    plan = RealizationImportPlan()
    seen: dict[int, int] = {}
    for line, row in lines:
        code = text(row[0])
        problems: list[str] = []
        matches = own.get(code.lower(), [])
        indicator = matches[0] if len(matches) == 1 else None
        if not code:
            problems.append(_("kode indikator kosong"))
        elif code.lower() in foreign and not matches:
            problems.append(_("indikator “%(code)s” milik OPD lain") % {"code": code})
        elif not matches:
            problems.append(_("kode indikator “%(code)s” tidak dikenal") % {"code": code})
        elif len(matches) > 1:
            problems.append(_("kode “%(code)s” dipakai beberapa indikator OPD ini") % {
                "code": code})
        elif indicator is not None and indicator.pk in seen:
            problems.append(_("indikator “%(code)s” sudah ada di baris %(line)s") % {
                "code": code, "line": seen[indicator.pk]})
        value = None
        if indicator is not None:
            try:
                value = realization_value_clean(indicator=indicator, raw=row[5])
            except ValidationError as error:
                problems.append(" ".join(error.messages))
        texts = [text(v) for v in row[6:9]]
        if any(len(t) > TEXT_LIMIT for t in texts):
            problems.append(_("teks terlalu panjang (maksimal %(n)s karakter)") % {
                "n": TEXT_LIMIT})
        if problems or indicator is None:
            plan.errors.append(RowError(SHEET, line, "; ".join(problems)))
            continue
        seen[indicator.pk] = line
        current = existing.get(indicator.pk)
        plan.rows.append(RealizationInput(
            indicator=indicator,
            value=value if value is not None else (current.value if current else None),
            drivers=texts[0] or (current.drivers if current else ""),
            obstacles=texts[1] or (current.obstacles if current else ""),
            follow_up_plan=texts[2] or (current.follow_up_plan if current else "")))
    return plan


def realization_import_apply(*, actor: Any, agency: Agency, period: Period,
                             plan: RealizationImportPlan) -> tuple[int, int]:
    """Writes a clean plan (bulk, one transaction, one audit event). Returns (created, updated)."""
    if plan.errors:
        raise ValueError("a plan with errors cannot be applied")
    ensure_editable(actor=actor, agency=agency, period=period, attempt=_("impor realisasi"))
    with transaction.atomic():
        report = _report_get_or_create(agency=agency, period=period)
        changes, created, updated = _realizations_apply(actor=actor, period=period,
                                                       rows=plan.rows)
        audit_record(actor=actor, action="performance.realization.imported", obj=report,
                     changes=changes,
                     note=_("%(rows)s baris dibaca, %(created)s realisasi baru, %(updated)s "
                            "diubah") % {"rows": len(plan.rows), "created": created,
                                        "updated": updated})
        refresh_after_bulk_write(created + updated, Realization, IndicatorScoreCache)
    return created, updated
