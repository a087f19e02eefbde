"""A unit's answer sheet for one assessor and year, and the saving of one indicator.

Each indicator is its own form. With htmx it posts and gets back its row plus the prediction
panel (``hx-swap-oob``); without JavaScript the same form posts the page and comes back to the
row. The operator answers (``answer_save``), the evaluator reviews (``answer_review``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.compliance.exports_assessment import unit_sheet_table
from pantau.compliance.forms_assessment import AnswerForm, ReviewForm, row_prefix
from pantau.compliance.models import Answer, InstrumentIndicator
from pantau.compliance.selectors.assessment import (
    SheetRow,
    Track,
    assessment_track,
    indicator_scores,
    sheet_indicator,
    sheet_row,
    unit_sheet,
)
from pantau.compliance.selectors.assessment_panel import prediction_panel
from pantau.compliance.services.answers import answer_review, answer_save
from pantau.compliance.services.autofill import answers_autofill
from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import apply_service_errors
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.models import ServiceUnit

ROW_TEMPLATE = "compliance/assessment/_row.html"
PANEL_TEMPLATE = "compliance/assessment/_panel.html"


@dataclass
class RowView:
    """A sheet row as the user sees it: the forms they may use, and what the last save said."""

    row: SheetRow
    form: AnswerForm | None
    review: ReviewForm | None
    message: str = ""
    ok: bool = False

    @property
    def indicator(self) -> InstrumentIndicator:
        return self.row.indicator


@dataclass(frozen=True)
class Sheet:
    region: Any
    unit: ServiceUnit
    track: Track
    year: int

    @property
    def url(self) -> str:
        return reverse("compliance_assessment:sheet",
                       args=[self.year, self.unit.pk, self.track.slug])

    def row_url(self, indicator: InstrumentIndicator, name: str) -> str:
        return reverse(f"compliance_assessment:{name}",
                       args=[self.year, self.unit.pk, self.track.slug, indicator.pk])


def _sheet(request: HttpRequest, year: int, unit_id: int, family: str, *,
           check_view: bool = True) -> Sheet:
    region = current_region(request)
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=unit_id)
    if check_view:
        require_perm(request, "compliance.view_unit", unit)
    track = assessment_track(region=region, year=year, slug=family)
    if track is None or track.instrument is None:
        raise Http404
    return Sheet(region, unit, track, year)


def _row_view(request: HttpRequest, sheet: Sheet, row: SheetRow, *,
              form: AnswerForm | None = None, review: ReviewForm | None = None,
              message: str = "", ok: bool = False) -> RowView:
    user, answer, prefix = request.user, row.answer, row_prefix(row.indicator.pk)
    if form is None and not row.is_filled and user.has_perm("compliance.answer", sheet.unit):
        form = AnswerForm(scores=row.scores, prefix=prefix, initial=_answer_initial(answer))
    if review is None and user.has_perm("compliance.review", sheet.unit):
        review = ReviewForm(scores=row.scores, prefix=prefix, initial={
            "evaluator_score": answer.evaluator_score if answer else None,
            "evaluator_note": answer.evaluator_note if answer else ""})
    return RowView(row, form, review, message, ok)


def _answer_initial(answer: Answer | None) -> dict[str, Any]:
    if answer is None:
        return {}
    return {"score": answer.operator_score, "note": answer.operator_note}


def sheet_page(request: HttpRequest, year: int, unit_id: int, family: str) -> HttpResponse:
    sheet = _sheet(request, year, unit_id, family)
    if request.method == "GET" and request.user.has_perm("compliance.answer", sheet.unit):
        # Indicators other modules know are written from them when the sheet opens.
        answers_autofill(actor=request.user, region=sheet.region, year=sheet.year,
                         unit=sheet.unit, family=sheet.track.family)
    return _render_page(request, sheet)


def sheet_xlsx(request: HttpRequest, year: int, unit_id: int, family: str) -> HttpResponse:
    sheet = _sheet(request, year, unit_id, family)
    assert sheet.track.instrument is not None
    dimensions = unit_sheet(region=sheet.region, unit=sheet.unit,
                            instrument=sheet.track.instrument, year=sheet.year)
    table = unit_sheet_table(dimensions, unit_name=sheet.unit.name, label=sheet.track.label,
                             year=sheet.year)
    return xlsx_response(table, filename=f"penilaian-mandiri-{sheet.track.slug}-{year}.xlsx")


def _render_page(request: HttpRequest, sheet: Sheet, *,
                 replace: RowView | None = None) -> HttpResponse:
    assert sheet.track.instrument is not None
    dimensions = unit_sheet(region=sheet.region, unit=sheet.unit,
                            instrument=sheet.track.instrument,
                            year=sheet.year)
    groups = []
    for dimension in dimensions:
        rows = [replace if replace is not None and replace.indicator.pk == row.indicator.pk
                else _row_view(request, sheet, row) for row in dimension.rows]
        groups.append({"dimension": dimension.dimension, "answered": dimension.answered,
                       "rows": rows})
    return render(request, "compliance/assessment/sheet.html", {
        "sheet": sheet, "groups": groups,
        "can_refresh": request.user.has_perm("compliance.answer", sheet.unit),
        "panel": prediction_panel(region=sheet.region, year=sheet.year, track=sheet.track,
                                  unit=sheet.unit),
    }, status=200)


@login_required
@require_POST
def answer(request: HttpRequest, year: int, unit_id: int, family: str,
           indicator_id: int) -> HttpResponse:
    # No view check first: the service refuses (and audits) whoever may not answer.
    sheet = _sheet(request, year, unit_id, family, check_view=False)
    indicator = _indicator(sheet, indicator_id)
    form = AnswerForm(request.POST, request.FILES, scores=indicator_scores(indicator),
                      prefix=row_prefix(indicator.pk))
    if form.is_valid():
        data = form.cleaned_data
        try:
            saved = answer_save(actor=request.user, region=sheet.region, unit=sheet.unit,
                                indicator=indicator, year=sheet.year, score=data["score"],
                                note=data["note"], evidence=data["evidence"])
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return _saved(request, sheet, indicator, saved, _("Jawaban %(code)s disimpan.")
                          % {"code": indicator.code})
    return _refused(request, sheet, indicator, form=form)


@login_required
@require_POST
def review(request: HttpRequest, year: int, unit_id: int, family: str,
           indicator_id: int) -> HttpResponse:
    sheet = _sheet(request, year, unit_id, family, check_view=False)
    indicator = _indicator(sheet, indicator_id)
    form = ReviewForm(request.POST, scores=indicator_scores(indicator),
                      prefix=row_prefix(indicator.pk))
    if form.is_valid():
        data = form.cleaned_data
        try:
            saved = answer_review(actor=request.user, region=sheet.region, unit=sheet.unit,
                                  indicator=indicator, year=sheet.year,
                                  score=data["evaluator_score"], note=data["evaluator_note"])
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return _saved(request, sheet, indicator, saved, _("Reviu %(code)s disimpan.")
                          % {"code": indicator.code})
    return _refused(request, sheet, indicator, review=form)


def _indicator(sheet: Sheet, indicator_id: int) -> InstrumentIndicator:
    assert sheet.track.instrument is not None
    indicator = sheet_indicator(instrument=sheet.track.instrument, indicator_id=indicator_id)
    if indicator is None:
        raise Http404
    return indicator


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _saved(request: HttpRequest, sheet: Sheet, indicator: InstrumentIndicator, answer: Answer,
           message: str) -> HttpResponse:
    if not _is_htmx(request):
        messages.success(request, message)
        return redirect(f"{sheet.url}#indikator-{indicator.pk}")
    row = sheet_row(region=sheet.region, unit=sheet.unit, indicator=indicator,
                    year=sheet.year, answer=answer)
    return _row_response(request, sheet, _row_view(request, sheet, row, message=message,
                                                   ok=True))


def _refused(request: HttpRequest, sheet: Sheet, indicator: InstrumentIndicator, *,
             form: AnswerForm | None = None, review: ReviewForm | None = None) -> HttpResponse:
    """The row again with the form as typed and why it was refused; nothing was saved."""
    row = sheet_row(region=sheet.region, unit=sheet.unit, indicator=indicator,
                    year=sheet.year)
    message = _("Belum disimpan: periksa isian %(code)s.") % {"code": indicator.code}
    view = _row_view(request, sheet, row, form=form, review=review, message=message)
    if not _is_htmx(request):
        messages.error(request, message)
        return _render_page(request, sheet, replace=view)
    # 200 also for a refusal: htmx swaps only successful answers, and the row must say why.
    return _row_response(request, sheet, view, with_panel=False)


def _row_response(request: HttpRequest, sheet: Sheet, view: RowView, *,
                  with_panel: bool = True) -> HttpResponse:
    context: dict[str, Any] = {"sheet": sheet, "item": view}
    if with_panel:
        context["panel"] = prediction_panel(region=sheet.region, year=sheet.year,
                                            track=sheet.track, unit=sheet.unit)
        context["oob"] = True
    return render(request, "compliance/assessment/_row_response.html", context)
