"""Paper questionnaires typed into the XLSX template: validated in full, written all or nothing.

One row per paper form: date, U1..U9 (1–4), then the optional profile. Every bad row is reported
with its line and reason and nothing is written; a clean file is inserted with bulk_create and
counted into the daily rollup in the same transaction, with one audit event.
"""

from __future__ import annotations

import datetime
import io
import secrets
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from pantau.audit.services import audit_record
from pantau.reports.xlsx import safe_cell
from pantau.reports.xlsx_import import RowError, sheet_rows, text
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.questions import ELEMENT_FIELDS, AgeBand, Education, Occupation, Sex
from pantau.surveys.services import tally_add
from pantau.tenancy.models import ServiceProduct

SHEET = "Formulir"
MAX_ROWS = 20_000
ANSWER_COLUMNS = tuple(f"U{index}" for index in range(1, 10))
PROFILE_COLUMNS = ("Usia", "Jenis kelamin", "Pendidikan", "Pekerjaan", "Layanan")
HEADERS = ("Tanggal", *ANSWER_COLUMNS, *PROFILE_COLUMNS)
PROFILE_CHOICES = (("age_band", AgeBand), ("sex", Sex), ("education", Education),
                   ("occupation", Occupation))
DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d")


class ImportInvalid(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(f"{len(errors)} baris bermasalah")
        self.errors = errors


@dataclass(frozen=True)
class PaperRow:
    day: datetime.date
    answers: tuple[int, ...]
    profile: dict[str, str]
    product_id: int | None


def template_bytes(survey: Survey) -> bytes:
    """The template: the form sheet (header only) and a sheet listing the allowed values."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="0B4F6C")
    sheet.column_dimensions["A"].width = 13
    sheet.freeze_panes = "A2"
    help_sheet = workbook.create_sheet("Petunjuk")
    help_sheet.append([safe_cell(_("Impor jawaban SKM kertas — %(title)s") % {
        "title": survey.title})])
    help_sheet.append([safe_cell(_(
        "Satu baris per formulir kertas. Tanggal (dd-mm-yyyy) harus di antara %(start)s dan "
        "%(end)s. U1–U9 wajib, bilangan 1–4. Kolom profil boleh kosong; isi dengan salah satu "
        "nilai di bawah.") % {"start": survey.starts_on.strftime("%d-%m-%Y"),
                              "end": survey.ends_on.strftime("%d-%m-%Y")})])
    for (_field, choices), title in zip(PROFILE_CHOICES, PROFILE_COLUMNS, strict=False):
        help_sheet.append([title, *[str(label) for label in choices.labels]])
    products = ServiceProduct.objects.filter(unit_id=survey.unit_id, is_active=True)
    help_sheet.append(["Layanan", *[safe_cell(p.name) for p in products.order_by("name")]])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _date(value: Any) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text(value), pattern).date()
        except ValueError:
            continue
    return None


def _answer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return value
    raw = text(value)
    return int(raw) if raw.isdecimal() else None


def _lookup(choices: Iterable[tuple[str, Any]]) -> dict[str, str]:
    table = {}
    for value, label in choices:
        table[value.lower()] = value
        table[str(label).lower()] = value
    return table


def parse_rows(survey: Survey, rows: Iterable[tuple[int, list[Any]]]) -> list[PaperRow]:
    """Every row checked; ImportInvalid lists each bad line and why. Nothing is written."""
    lookups = {name: _lookup(choices.choices) for name, choices in PROFILE_CHOICES}
    products = {
        name.lower(): pk for pk, name in
        ServiceProduct.objects.filter(unit_id=survey.unit_id).values_list("pk", "name")
    }
    errors: list[RowError] = []
    parsed: list[PaperRow] = []
    for line, values in rows:
        if len(parsed) + len(errors) >= MAX_ROWS:
            errors.append(RowError(SHEET, line, _("Lebih dari %(max)s baris; bagi berkasnya.")
                                   % {"max": MAX_ROWS}))
            break
        values = [*values, *([None] * (len(HEADERS) - len(values)))]
        problems: list[str] = []
        day = _date(values[0])
        if values[0] in (None, ""):
            problems.append(_("tanggal kosong"))
        elif day is None:
            problems.append(_("tanggal “%(v)s” tidak terbaca (pakai dd-mm-yyyy)") % {
                "v": text(values[0])})
        elif not survey.starts_on <= day <= survey.ends_on:
            problems.append(_("tanggal %(d)s di luar masa survei (%(s)s s.d. %(e)s)") % {
                "d": day.strftime("%d-%m-%Y"), "s": survey.starts_on.strftime("%d-%m-%Y"),
                "e": survey.ends_on.strftime("%d-%m-%Y")})
        answers: list[int] = []
        for code, value in zip(ANSWER_COLUMNS, values[1:10], strict=True):
            answer = _answer(value)
            if value in (None, ""):
                problems.append(_("jawaban %(code)s kosong") % {"code": code})
            elif answer is None or not 1 <= answer <= 4:
                problems.append(_("jawaban %(code)s = “%(v)s” di luar 1–4") % {
                    "code": code, "v": text(value)})
            else:
                answers.append(answer)
        profile: dict[str, str] = {}
        for (name, _choices), title, value in zip(PROFILE_CHOICES, PROFILE_COLUMNS, values[10:14],
                                                   strict=False):
            raw = text(value).lower()
            if raw and raw not in lookups[name]:
                problems.append(_("%(col)s “%(v)s” tidak dikenal") % {"col": title,
                                                                        "v": text(value)})
            profile[name] = lookups[name].get(raw, "")
        product_name = text(values[14]).lower()
        if product_name and product_name not in products:
            problems.append(_("layanan “%(v)s” bukan layanan unit ini") % {"v": text(values[14])})
        if problems:
            errors.append(RowError(SHEET, line, "; ".join(problems)))
        elif day is not None:
            parsed.append(PaperRow(day, tuple(answers), profile, products.get(product_name)))
    if not parsed and not errors:
        errors.append(RowError(SHEET, 2, _("Berkas tidak berisi baris jawaban.")))
    if errors:
        raise ImportInvalid(errors)
    return parsed


@transaction.atomic
def paper_import(*, actor: Any, survey: Survey, workbook: Any, filename: str = "") -> int:
    """Validates the whole sheet, then inserts and counts every row; returns the rows written."""
    rows = parse_rows(survey, sheet_rows(workbook, SHEET))
    tz = zoneinfo.ZoneInfo(survey.region.timezone)
    noon = datetime.time(12, 0)
    objects = [
        SurveyResponse(
            region_id=survey.region_id, survey=survey, unit_id=survey.unit_id,
            submitted_at=datetime.datetime.combine(row.day, noon, tzinfo=tz), day=row.day,
            token=f"kertas-{secrets.token_urlsafe(18)}", product_id=row.product_id,
            **row.profile, **dict(zip(ELEMENT_FIELDS, row.answers, strict=True)),
        )
        for row in rows
    ]
    SurveyResponse.objects.bulk_create(objects, batch_size=2000)
    per_day: dict[datetime.date, list[int]] = {}
    for row in rows:
        totals = per_day.setdefault(row.day, [0] * 10)
        totals[0] += 1
        for index, answer in enumerate(row.answers, start=1):
            totals[index] += answer
    for day, totals in sorted(per_day.items()):
        tally_add(survey=survey, day=day, count=totals[0], sums=totals[1:])
    audit_record(
        actor=actor, action="surveys.response.imported", obj=survey,
        note=f"{len(objects)} jawaban kertas diimpor ({len(per_day)} hari)"
             + (f" dari {filename}" if filename else ""),
    )
    return len(objects)
