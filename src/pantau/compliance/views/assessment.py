"""Self-assessment pages: the overview of a year, a unit's answer sheet per assessor, the
evidence download and the overview's XLSX. Saving one indicator is in ``assessment_rows``."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from pantau.compliance.exports_assessment import assessment_progress_table
from pantau.compliance.models import Answer
from pantau.compliance.selectors.assessment import assessment_overview
from pantau.compliance.services.seeding import instruments_seed
from pantau.compliance.views.assessment_sheet import sheet_page, sheet_xlsx
from pantau.pages.access import current_region, require_perm
from pantau.spreadsheets.writer import xlsx_response

FIRST_YEAR, LAST_YEAR = 2022, 2100


def _year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404
    return year


@login_required
def start(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    return redirect("compliance_assessment:overview", year=timezone.localdate().year)


@login_required
def overview(request: HttpRequest, year: int) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    instruments_seed(region=region)
    return render(request, "compliance/assessment/overview.html", {
        "year": _year(year), "previous_year": year - 1 if year > FIRST_YEAR else None,
        "next_year": year + 1,
        "overviews": assessment_overview(region=region, year=year, user=request.user),
    })


@login_required
def overview_xlsx(request: HttpRequest, year: int) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    overviews = assessment_overview(region=region, year=_year(year), user=request.user)
    return xlsx_response(assessment_progress_table(overviews, year=year,
                                                   region_name=region.name),
                         filename=f"penilaian-mandiri-{year}.xlsx")


@login_required
def sheet(request: HttpRequest, year: int, unit_id: int, family: str) -> HttpResponse:
    return sheet_page(request, _year(year), unit_id, family)


@login_required
def unit_xlsx(request: HttpRequest, year: int, unit_id: int, family: str) -> HttpResponse:
    return sheet_xlsx(request, _year(year), unit_id, family)


@login_required
def evidence(request: HttpRequest, pk: int) -> FileResponse:
    answer = get_object_or_404(Answer.objects.select_related("unit"), pk=pk)
    require_perm(request, "compliance.view_unit", answer.unit)
    if not answer.evidence:
        raise Http404
    return FileResponse(answer.evidence.open("rb"), as_attachment=True,
                        filename=answer.evidence_name or "bukti",
                        content_type=answer.evidence_type or "application/octet-stream")
