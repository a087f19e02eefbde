"""The XLSX template for paper questionnaires and reading a filled one back, every row checked.

One row per paper form: date, U1..U9 (1–4), then the optional profile. Every bad row is reported
with its line and reason (``ImportInvalid``); ``services.paper_import`` writes a clean file.

Profile and product values are matched loosely (case, spacing and any kind of dash), so
"20-29 tahun" is stored as "20–29 tahun". Each row's one-time token is derived from the survey
and a hash of the file's whole set of rows (``row_tokens``), so importing the same file again
collides with the rows already stored and is refused as a whole; one identical row in two
different files does not.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pantau.spreadsheets.reader import MAX_ROWS, RowError, text
from pantau.spreadsheets.writer import safe_cell
from pantau.surveys import questions
from pantau.surveys.models import Survey
from pantau.surveys.selectors.surveys import local_day
from pantau.tenancy.models import ServiceProduct

SHEET = "Formulir"
ANSWER_COLUMNS = tuple(f"U{index}" for index in range(1, 10))
PROFILE_COLUMNS = ("Usia", "Jenis kelamin", "Pendidikan", "Pekerjaan", "Layanan")
HEADERS = ("Tanggal", *ANSWER_COLUMNS, *PROFILE_COLUMNS)
PROFILE_CHOICES = tuple(questions.PROFILE_CHOICES.items())
DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d")
ROW_MARK = "k"  # + 39 hex characters: 40 in all, never the shape of a public-form nonce
_DASHES = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]\s*")
_SPACES = re.compile(r"\s+")


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
    """The template: the form sheet (header only, with drop-down lists) and a sheet listing the
    allowed values, which the profile and product drop-downs point at."""
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
        "%(end)s dan tidak boleh setelah hari ini. U1–U9 wajib, bilangan 1–4. Kolom profil boleh "
        "kosong; isi dengan salah satu nilai di bawah (pilih dari daftar di sel). Berkas yang "
        "sama hanya dapat diimpor sekali.") % {
            "start": survey.starts_on.strftime("%d-%m-%Y"),
            "end": survey.ends_on.strftime("%d-%m-%Y")})])
    last = MAX_ROWS + 1
    _validation(sheet, '"1,2,3,4"', f"B2:J{last}", strict=True, message=_("Isi bilangan 1–4."))
    lists: list[tuple[str, list[str]]] = [
        (title, [str(label) for label in choices.labels])
        for (_field, choices), title in zip(PROFILE_CHOICES, PROFILE_COLUMNS, strict=False)
    ]
    products = ServiceProduct.objects.filter(unit_id=survey.unit_id, is_active=True)
    lists.append(("Layanan", [safe_cell(p.name) for p in products.order_by("name")]))
    for title, labels in lists:
        help_sheet.append([title, *labels])
        if not labels:
            continue
        row = help_sheet.max_row
        column = get_column_letter(HEADERS.index(title) + 1)
        source = f"Petunjuk!$B${row}:${get_column_letter(len(labels) + 1)}${row}"
        _validation(sheet, source, f"{column}2:{column}{last}", strict=False,
                    message=_("Pilih dari daftar %(col)s.") % {"col": title})
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _validation(sheet: Any, formula: str, cells: str, *, strict: bool, message: str) -> None:
    """A drop-down list on ``cells``; ``strict``: Excel refuses other values (else it warns, since
    the import also takes codes and spelling variants)."""
    validation = DataValidation(
        type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
        errorTitle=_("Nilai tidak dikenal"), error=message,
    )
    validation.add(cells)
    sheet.add_data_validation(validation)


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
    return int(raw) if raw.isascii() and raw.isdecimal() else None  # "٤" is not a number here


def _key(value: Any) -> str:
    """A typed value as matched: any dash is "-" without spaces around it, runs of spaces are one,
    case is ignored, and the apostrophe the template puts before a formula-like name is dropped."""
    raw = _SPACES.sub(" ", text(value)).strip().removeprefix("'")
    return _DASHES.sub("-", raw).casefold()


def _lookup(choices: Iterable[tuple[str, Any]]) -> dict[str, str]:
    table = {}
    for value, label in choices:
        table[_key(value)] = value
        table[_key(label)] = value
    return table


def _accepted(labels: Sequence[str], limit: int = 20) -> str:
    shown = ", ".join(labels[:limit])
    return shown + (", …" if len(labels) > limit else "")


def parse_rows(survey: Survey, rows: Iterable[tuple[int, list[Any]]], *,
               today: datetime.date | None = None) -> list[PaperRow]:
    """Every row checked; ImportInvalid lists each bad line and why. Nothing is written.

    ``today`` (default: today in the Pemda's time zone): no form can be dated after it.
    """
    if today is None:
        today = local_day(region=survey.region, moment=timezone.now())
    lookups = {name: _lookup(choices.choices) for name, choices in PROFILE_CHOICES}
    accepted = {name: _accepted([str(label) for label in choices.labels])
                for name, choices in PROFILE_CHOICES}
    products: dict[str, int] = {}
    active: list[str] = []
    for pk, name, is_active in ServiceProduct.objects.filter(unit_id=survey.unit_id).order_by(
        "-is_active", "name"
    ).values_list("pk", "name", "is_active"):
        products.setdefault(_key(name), pk)
        if is_active:
            active.append(name)
    errors: list[RowError] = []
    parsed: list[PaperRow] = []
    for line, values in rows:  # sheet_rows refuses a file over the row cap
        values = [*values, *([None] * (len(HEADERS) - len(values)))]
        problems: list[str] = []
        day = _date(values[0])
        if values[0] in (None, ""):
            problems.append(_("tanggal kosong"))
        elif day is None:
            problems.append(_("tanggal “%(v)s” tidak terbaca (pakai dd-mm-yyyy)") % {
                "v": text(values[0])})
        elif day > today:
            problems.append(_("tanggal %(d)s belum terjadi (hari ini %(t)s); periksa tanggal "
                              "pada formulir") % {"d": day.strftime("%d-%m-%Y"),
                                                   "t": today.strftime("%d-%m-%Y")})
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
            raw = _key(value)
            if raw and raw not in lookups[name]:
                problems.append(_("%(col)s “%(v)s” tidak dikenal (pilih salah satu: %(ok)s)") % {
                    "col": title, "v": text(value), "ok": accepted[name]})
            profile[name] = lookups[name].get(raw, "")
        product_name = _key(values[14])
        if product_name and product_name not in products:
            problems.append(
                _("layanan “%(v)s” bukan layanan unit ini (pilih salah satu: %(ok)s)") % {
                    "v": text(values[14]), "ok": _accepted(active)}
                if active else
                _("layanan “%(v)s” bukan layanan unit ini (unit ini belum punya daftar layanan; "
                  "kosongkan kolom Layanan)") % {"v": text(values[14])})
        if problems:
            errors.append(RowError(SHEET, line, "; ".join(problems)))
        elif day is not None:
            parsed.append(PaperRow(day, tuple(answers), profile, products.get(product_name)))
    if not parsed and not errors:
        errors.append(RowError(SHEET, 2, _("Berkas tidak berisi baris jawaban.")))
    if errors:
        raise ImportInvalid(errors)
    return parsed


def row_tokens(survey: Survey, rows: Sequence[PaperRow]) -> list[str]:
    """Each row's one-time token, from the survey, a hash of the file's whole set of rows (in any
    order, blank lines ignored) and the row's place in that set.

    The same file (even saved again or sorted differently) gives the same tokens, so a second
    import collides with the stored rows; a row identical to one in another file gets another
    token, since the other file's set differs.
    """
    contents = [repr((row.day.isoformat(), row.answers, sorted(row.profile.items()),
                      row.product_id)) for row in rows]
    order = sorted(range(len(rows)), key=contents.__getitem__)
    digest = hashlib.sha256("\n".join(contents[i] for i in order).encode()).hexdigest()
    width = 40 - len(ROW_MARK)
    tokens = [""] * len(rows)
    for place, index in enumerate(order):
        tokens[index] = ROW_MARK + hashlib.sha256(
            f"{survey.pk}:{digest}:{place}".encode()).hexdigest()[:width]
    return tokens
