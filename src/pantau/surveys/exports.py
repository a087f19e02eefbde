"""XLSX tables of SKM responses and the recap, through ``pantau.spreadsheets.writer``."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.dates import table_date
from pantau.scoring import skm
from pantau.scoring.numbers import round_half_up
from pantau.spreadsheets.writer import Column, Table
from pantau.surveys import questions
from pantau.surveys.models import Survey, SurveyFollowUp, SurveyResponse
from pantau.surveys.questions import ELEMENT_FIELDS, elements
from pantau.surveys.selectors.totals import SurveyResult

RESPONSE_FIELDS = (
    "pk", "submitted_at", *ELEMENT_FIELDS, "age_band", "sex", "education", "occupation",
    "product__name", "comment", "is_valid", "invalid_reason",
)
PROFILE_CHOICES = tuple(questions.PROFILE_CHOICES.values())


def _profile_labels() -> list[dict[str, str]]:
    """Per profile field, value → translated label, made once per export (``get_FOO_display``
    on every row translated the whole choice list again: half of a big export's time)."""
    return [{str(value): str(label) for value, label in choices.choices}
            for choices in PROFILE_CHOICES]


def response_table(survey: Survey, responses: QuerySet[SurveyResponse]) -> Table:
    columns = [
        Column(_("No."), 7), Column(_("Waktu pengisian"), 19, "dd/mm/yyyy hh:mm"),
        *(Column(element.code, 6) for element in elements()),
        Column(_("Usia"), 14), Column(_("Jenis kelamin"), 12), Column(_("Pendidikan"), 12),
        Column(_("Pekerjaan"), 18), Column(_("Layanan"), 24), Column(_("Saran/pengaduan"), 40),
        Column(_("Sah"), 6), Column(_("Alasan tidak sah"), 30),
    ]

    def rows() -> Iterator[list[Any]]:
        # plain tuples in one query (the product's name joined), labels looked up in dicts
        profile = _profile_labels()
        valid = {True: _("ya"), False: _("tidak")}
        zone = timezone.get_current_timezone()
        for (pk, submitted_at, *values) in responses.values_list(*RESPONSE_FIELDS).iterator(
            chunk_size=2000
        ):
            answers, codes = values[:9], values[9:13]
            product, comment, is_valid, reason = values[13:]
            yield [  # a blank is None, not "": the same empty cell, but not written at all
                pk, submitted_at.astimezone(zone), *answers,
                *(labels.get(code, code) or None
                  for labels, code in zip(profile, codes, strict=True)),
                product or None, comment or None, valid[is_valid], reason or None,
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
    footer: Σ nilai per unsur, NRR per unsur, NRR tertimbang, nilai interval, IKM and mutu.

    Every footer figure comes from ``pantau.scoring.skm`` through the rollup's result.
    """
    codes = [element.code for element in elements()]
    lead = 6  # No., date, four profile columns: the footer labels sit under them
    columns = [
        Column(_("No."), 6), Column(_("Tanggal"), 12), Column(_("Usia"), 12),
        Column(_("Jenis kelamin"), 12), Column(_("Pendidikan"), 12), Column(_("Pekerjaan"), 18),
        *(Column(code, 9) for code in codes),
    ]

    def footer(label: str, values: Any) -> list[Any]:
        return ["", label, *([""] * (lead - 2)), *values]

    def rows() -> Iterator[list[Any]]:
        profile = _profile_labels()
        valid = responses.filter(is_valid=True).order_by("submitted_at", "pk").values_list(
            "day", "age_band", "sex", "education", "occupation", *ELEMENT_FIELDS
        )
        for number, (day, *values) in enumerate(valid.iterator(chunk_size=2000), start=1):
            yield [number, day,
                   *(labels.get(code, code) for labels, code in zip(profile, values[:4],
                                                                    strict=True)),
                   *values[4:]]
        score = result.score
        if score is None:
            yield footer(_("Belum ada jawaban sah"), [])
            return
        yield []
        yield footer(_("Σ nilai per unsur"), result.totals)
        yield footer(_("NRR per unsur"), score.nrr_rounded)
        yield footer(_("NRR tertimbang"), weighted_nrr(score))
        yield footer(_("Nilai interval (1–4)"), [score.ikm])
        yield footer(_("IKM (25–100)"), [score.score])
        yield footer(_("Mutu pelayanan"), [f"{score.grade} ({score.label})"])
        yield footer(_("Jumlah responden"), [result.respondents])

    return Table(
        title=_("Rekap SKM — %(title)s") % {"title": survey.title}, columns=columns,
        rows=rows(), sheet_name=_("Rekap"),
        notes=[f"{survey.unit.name} · {survey.unit.agency.name}",
               _("Periode %(start)s s.d. %(end)s") % {
                   "start": table_date(survey.starts_on), "end": table_date(survey.ends_on)},
               " · ".join(f"{element.code} {element.name}" for element in elements())],
    )


def followup_table(followups: QuerySet[SurveyFollowUp]) -> Table:
    names = {element.index: element.name for element in elements()}

    def rows() -> Iterator[list[Any]]:
        for item in followups:
            yield [
                item.unit.agency.short_name, item.unit.name, item.survey.title,
                f"U{item.element}", names[item.element], item.action, item.owner, item.due_on,
                item.get_status_display(), item.note,
            ]

    return Table(
        title=_("Rencana tindak lanjut SKM"),
        columns=[Column(_("OPD"), 12), Column(_("Unit layanan"), 28), Column(_("Survei"), 28),
                 Column(_("Kode"), 7), Column(_("Unsur"), 28), Column(_("Rencana"), 40),
                 Column(_("Penanggung jawab"), 24), Column(_("Batas waktu"), 13, "dd/mm/yyyy"),
                 Column(_("Status"), 16), Column(_("Catatan"), 30)],
        rows=rows(), sheet_name=_("Tindak lanjut"),
    )
