"""XLSX tables of SKM responses and the recap, through ``pantau.reports.xlsx``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.reports.xlsx import Column, Table
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.questions import elements
from pantau.surveys.selectors import SurveyResult


def response_table(survey: Survey, responses: QuerySet[SurveyResponse]) -> Table:
    columns = [
        Column(_("No."), 7), Column(_("Waktu pengisian"), 19, "dd/mm/yyyy hh:mm"),
        *(Column(element.code, 6) for element in elements()),
        Column(_("Usia"), 14), Column(_("Jenis kelamin"), 12), Column(_("Pendidikan"), 12),
        Column(_("Pekerjaan"), 18), Column(_("Layanan"), 24), Column(_("Saran/pengaduan"), 40),
        Column(_("Sah"), 6), Column(_("Alasan tidak sah"), 30),
    ]

    def rows() -> Iterator[list[Any]]:
        for response in responses.iterator(chunk_size=2000):
            yield [
                response.pk, timezone.localtime(response.submitted_at), *response.answers(),
                response.get_age_band_display(), response.get_sex_display(),
                response.get_education_display(), response.get_occupation_display(),
                response.product.name if response.product else "", response.comment,
                _("ya") if response.is_valid else _("tidak"), response.invalid_reason,
            ]

    return Table(
        title=_("Jawaban SKM — %(title)s") % {"title": survey.title}, columns=columns,
        rows=rows(), sheet_name=_("Jawaban"),
        notes=[f"{survey.unit.name} · {survey.unit.agency.name}"],
    )


def recap_table(survey: Survey, result: SurveyResult) -> Table:
    rows: list[list[Any]] = [
        [row.element.code, row.element.name, row.total, result.respondents, row.nrr]
        for row in result.elements
    ]
    if result.score is not None:
        rows += [
            ["", _("IKM (nilai interval)"), "", "", result.score.ikm],
            ["", _("Nilai SKM (konversi)"), "", "", result.score.score],
            ["", _("Mutu pelayanan"), "", "", f"{result.score.grade} ({result.score.label})"],
        ]
    return Table(
        title=_("Rekap SKM — %(title)s") % {"title": survey.title},
        columns=[Column(_("Kode"), 8), Column(_("Unsur pelayanan"), 40),
                 Column(_("Jumlah nilai"), 14), Column(_("Jumlah responden"), 16),
                 Column(_("NRR"), 12, "0.0000")],
        rows=rows, sheet_name=_("Rekap"),
        notes=[f"{survey.unit.name} · {survey.unit.agency.name}",
               _("Periode %(start)s s.d. %(end)s") % {
                   "start": survey.starts_on.strftime("%d-%m-%Y"),
                   "end": survey.ends_on.strftime("%d-%m-%Y")}],
    )
