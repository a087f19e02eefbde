"""Paper questionnaires typed into the XLSX template, written all or nothing.

The file is read and checked in full first (``paper_sheet.parse_rows``); a clean file is inserted
with bulk_create and counted into the rollup in the same transaction, with one audit event. The
same file imported again into the same survey is refused (``paper_sheet.row_tokens``).
"""

from __future__ import annotations

import datetime
import zoneinfo
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from pantau.audit.services import audit_record
from pantau.dbstats import refresh_after_bulk_write
from pantau.spreadsheets.reader import ImportRejected, sheet_rows
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.paper_sheet import SHEET, parse_rows, row_tokens
from pantau.surveys.questions import ELEMENT_FIELDS

# _rollup_add writes no audit event and needs this service's transaction: see its docstring.
from pantau.surveys.rollup import _rollup_add


def _already_imported(count: int) -> ImportRejected:
    return ImportRejected(_(
        "Berkas ini sudah pernah diimpor ke survei ini (%(n)s baris yang sama sudah tersimpan); "
        "tidak ada yang disimpan lagi. Jika ada formulir baru, impor berkas yang hanya berisi "
        "formulir baru tersebut.") % {"n": count})


@transaction.atomic
def paper_import(*, actor: Any, survey: Survey, workbook: Any, filename: str = "") -> int:
    """Validates the whole sheet, then inserts and counts every row; returns the rows written.

    The same file imported again into the same survey is refused as a whole (ImportRejected)
    and writes nothing.
    """
    rows = parse_rows(survey, sheet_rows(workbook, SHEET))
    tokens = row_tokens(survey, rows)
    with scopes_disabled():  # tokens are unique across every Pemda
        if SurveyResponse.objects.filter(token__in=tokens).exists():
            raise _already_imported(len(rows))
    tz = zoneinfo.ZoneInfo(survey.region.timezone)
    noon = datetime.time(12, 0)
    objects = [
        SurveyResponse(
            region_id=survey.region_id, survey=survey, unit_id=survey.unit_id,
            submitted_at=datetime.datetime.combine(row.day, noon, tzinfo=tz), day=row.day,
            token=token, product_id=row.product_id,
            **row.profile, **dict(zip(ELEMENT_FIELDS, row.answers, strict=True)),
        )
        for row, token in zip(rows, tokens, strict=True)
    ]
    try:
        with transaction.atomic():  # a concurrent import of the same file: refused, not a 500
            SurveyResponse.objects.bulk_create(objects, batch_size=2000)
    except IntegrityError as error:
        with scopes_disabled():  # the tokens are ours: their presence tells which race it was
            repeated = SurveyResponse.objects.filter(token__in=tokens).exists()
        if repeated:
            raise _already_imported(len(rows)) from error
        raise ImportRejected(_(
            "Data survei berubah saat impor berjalan (misalnya layanan dinonaktifkan); tidak ada "
            "yang disimpan. Silakan unggah ulang berkasnya.")) from error
    per_day: dict[datetime.date, list[int]] = {}
    for row in rows:
        totals = per_day.setdefault(row.day, [0] * 10)
        totals[0] += 1
        for index, answer in enumerate(row.answers, start=1):
            totals[index] += answer
    for day, totals in sorted(per_day.items()):
        _rollup_add(region_id=survey.region_id, unit_id=survey.unit_id, survey_id=survey.pk,
                    day=day, count=totals[0], sums=totals[1:])
    refresh_after_bulk_write(len(objects), SurveyResponse)
    audit_record(
        actor=actor, action="surveys.response.imported", obj=survey,
        note=f"{len(objects)} jawaban kertas diimpor ({len(per_day)} hari)"
             + (f" dari {filename}" if filename else ""),
    )
    return len(objects)
