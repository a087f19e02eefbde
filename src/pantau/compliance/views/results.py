"""Official results: the list with trend charts and its XLSX, create/edit, the source file."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from pantau.compliance.exports import official_results_table
from pantau.compliance.forms import OfficialResultForm
from pantau.compliance.models import Assessor, OfficialResult
from pantau.compliance.selectors.calibration import predicted_vs_official
from pantau.compliance.selectors.classification import opini_choices
from pantau.compliance.selectors.results import official_results, result_trends
from pantau.compliance.services.results import official_result_create, official_result_update
from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_saved
from pantau.spreadsheets.writer import xlsx_response

ASSESSOR_PARAM = "penilai"


def _assessor(request: HttpRequest) -> str:
    chosen = request.GET.get(ASSESSOR_PARAM, "")
    return chosen if chosen in Assessor.values else ""


@login_required
def result_list(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    assessor = _assessor(request)
    return render(request, "compliance/result_list.html", {
        "results": official_results(region=region, assessor=assessor),
        "trends": result_trends(region=region),
        "calibration": predicted_vs_official(region=region, assessor=assessor),
        "assessors": Assessor.choices, "assessor": assessor,
        "can_manage": request.user.has_perm("compliance.manage_results"),
    })


@login_required
def result_xlsx(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    rows = official_results(region=region, assessor=_assessor(request))
    return xlsx_response(official_results_table(rows, region_name=region.name),
                         filename="hasil-resmi-kepatuhan.xlsx")


@login_required
def result_source(request: HttpRequest, pk: int) -> FileResponse:
    require_perm(request, "compliance.view")
    result = get_object_or_404(OfficialResult, pk=pk)
    if not result.source_file:
        raise Http404
    return FileResponse(result.source_file.open("rb"), as_attachment=True,
                        filename=result.source_name or "sumber.pdf",
                        content_type="application/pdf")


@login_required
def result_create(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.manage_results")
    return _form_page(request, None)


@login_required
def result_update(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.manage_results")
    return _form_page(request, get_object_or_404(OfficialResult, pk=pk))


def _form_page(request: HttpRequest, result: OfficialResult | None) -> HttpResponse:
    region = current_region(request)
    opini = opini_choices(region=region, year=result.year if result else 2025)
    form = OfficialResultForm(request.POST or None, request.FILES or None, opini=opini,
                              initial=OfficialResultForm.initial_for(result) if result else None)

    def save(data: dict[str, Any]) -> OfficialResult:
        if result is None:
            return official_result_create(actor=request.user, region=region, **data)
        return official_result_update(actor=request.user, result=result, **data)

    done = form_saved(request, form, save=save, message=_("Hasil resmi disimpan."),
                      next_url=reverse("compliance:result_list"))
    if done is not None:
        return done
    title = _("Ubah hasil resmi") if result else _("Catat hasil resmi")
    return render(request, "web/form_page.html", {
        "form": form, "title": title, "cancel_url": reverse("compliance:result_list"),
        "breadcrumbs": [
            {"url": reverse("compliance:index"), "label": _("Kepatuhan Pelayanan")},
            {"url": reverse("compliance:result_list"), "label": _("Hasil resmi")}],
        "intro": _("Kategori, zona dan predikat dihitung dari nilai menurut metode tahun "
                   "penilaiannya (Ombudsman sejak 2025: pilih opini yang diterbitkan). "
                   "Dokumen sumber: berkas PDF atau tautan."),
    })
