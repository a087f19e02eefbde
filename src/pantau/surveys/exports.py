"""XLSX tables of SKM responses and the recap, through ``pantau.reports.xlsx``."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.reports.xlsx import Column, Table
from pantau.scoring import skm
from pantau.scoring.numbers import round_half_up
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


def weighted_nrr(score: skm.SkmResult) -> tuple[Decimal, ...]:
    """NRR tertimbang per element: the scoring module's full-precision NRR × its 1/9 weight.

    Their sum is ``score.ikm_unrounded``; shown to 4 decimals, rounded half-up by the scoring
    module's own rounding.
    """
    count = len(score.nrr)
    return tuple(round_half_up(value / count, 4) for value in score.nrr)


def recap_table(survey: Survey, result: SurveyResult,
                responses: QuerySet[SurveyResponse]) -> Table:
    """The usual SKM tabulation: one row per valid respondent (date, profile, U1..U9), then the
    footer: Σ nilai per unsur, NRR per unsur, NRR tertimbang, IKM, nilai SKM and mutu.

    Every footer figure comes from ``pantau.scoring.skm`` through the rollup's result.
    """
    codes = [element.code for element in elements()]
    lead = 6  # No., date, four profile columns: the footer labels sit under them
    columns = [
        Column(_("No."), 6), Column(_("Tanggal"), 12, "dd/mm/yyyy"), Column(_("Usia"), 12),
        Column(_("Jenis kelamin"), 12), Column(_("Pendidikan"), 12), Column(_("Pekerjaan"), 18),
        *(Column(code, 9) for code in codes),
    ]

    def footer(label: str, values: Any) -> list[Any]:
        return ["", label, *([""] * (lead - 2)), *values]

    def rows() -> Iterator[list[Any]]:
        valid = responses.filter(is_valid=True).order_by("submitted_at", "pk")
        for number, response in enumerate(valid.iterator(chunk_size=2000), start=1):
            yield [number, response.day, response.get_age_band_display(),
                   response.get_sex_display(), response.get_education_display(),
                   response.get_occupation_display(), *response.answers()]
        score = result.score
        if score is None:
            yield footer(_("Belum ada jawaban sah"), [])
            return
        yield []
        yield footer(_("Σ nilai per unsur"), result.totals)
        yield footer(_("NRR per unsur"), score.nrr_rounded)
        yield footer(_("NRR tertimbang"), weighted_nrr(score))
        yield footer(_("IKM (nilai interval)"), [score.ikm])
        yield footer(_("Nilai SKM (konversi)"), [score.score])
        yield footer(_("Mutu pelayanan"), [f"{score.grade} ({score.label})"])
        yield footer(_("Jumlah responden"), [result.respondents])

    return Table(
        title=_("Rekap SKM — %(title)s") % {"title": survey.title}, columns=columns,
        rows=rows(), sheet_name=_("Rekap"),
        notes=[f"{survey.unit.name} · {survey.unit.agency.name}",
               _("Periode %(start)s s.d. %(end)s") % {
                   "start": survey.starts_on.strftime("%d-%m-%Y"),
                   "end": survey.ends_on.strftime("%d-%m-%Y")},
               " · ".join(f"{element.code} {element.name}" for element in elements())],
    )
