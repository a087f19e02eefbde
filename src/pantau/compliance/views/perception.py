"""Perception survey pages: the units with their switch for a year, one unit's results with
its chart and XLSX, and switching the questions on or off."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.compliance.perception.config_form import PerceptionConfigForm
from pantau.compliance.perception.export import perception_table
from pantau.compliance.perception.questions import (
    perception_config,
    perception_rule,
    thresholds_text,
)
from pantau.compliance.selectors.perception import (
    perception_by_unit,
    perception_of_unit,
    perception_switched_on,
    perception_units,
)
from pantau.compliance.services.perception import (
    YEAR_RANGE,
    perception_configure,
    perception_refusal_record,
    perception_switch,
)
from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_page
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.models import ServiceUnit

YEAR_PARAM = "tahun"


def _year(request: HttpRequest) -> int:
    chosen = request.GET.get(YEAR_PARAM, "")
    if chosen.isascii() and chosen.isdigit() and int(chosen) in YEAR_RANGE:
        return int(chosen)
    return timezone.localdate().year


def _unit(request: HttpRequest, pk: int, year: int) -> ServiceUnit:
    if year not in YEAR_RANGE:
        raise Http404
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=pk)
    require_perm(request, "compliance.view_unit", unit)
    return unit


@login_required
def perception_index(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    year = _year(request)
    units = list(perception_units(user=request.user, year=year))
    results = perception_by_unit(region=region, year=year, unit_ids=[u.pk for u in units])
    rows = [(unit, results.get(unit.pk),
             request.user.has_perm("compliance.manage_perception", unit)) for unit in units]
    rule = perception_rule(region_id=region.pk)
    return render(request, "compliance/perception_index.html", {
        "rows": rows, "year": year, "years": range(year - 2, year + 2),
        "thresholds": thresholds_text(rule), "minimum": rule.min_respondents,
        "can_configure": request.user.has_perm("compliance.configure_perception"),
    })


@login_required
def perception_settings(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.configure_perception")
    region = current_region(request)
    config = perception_config(region_id=region.pk)
    rule = perception_rule(region_id=region.pk)
    initial = {"threshold_3": rule.thresholds[0][0] * 100,
               "threshold_2": rule.thresholds[1][0] * 100 if len(rule.thresholds) > 1 else None,
               "threshold_1": rule.thresholds[2][0] * 100 if len(rule.thresholds) > 2 else None,
               "min_respondents": rule.min_respondents,
               **{f"q{n}": getattr(config, f"q{n}", "") for n in range(1, 6)}}
    form = PerceptionConfigForm(request.POST or None, initial=initial)
    index = reverse("compliance:perception_index")
    return form_page(
        request, form,
        save=lambda data: perception_configure(
            actor=request.user, region=region, threshold_3=data["threshold_3"],
            threshold_2=data["threshold_2"], threshold_1=data["threshold_1"],
            min_respondents=data["min_respondents"], questions=form.questions()),
        message=_("Pengaturan persepsi pengguna disimpan."), next_url=index,
        title=_("Pengaturan persepsi pengguna"), cancel_url=index,
        breadcrumbs=[{"url": reverse("compliance:index"), "label": _("Kepatuhan Pelayanan")},
                     {"url": index, "label": _("Persepsi pengguna")}],
        intro=_("Cara Ombudsman mengubah jawaban pengguna menjadi nilai 0–3 tidak "
                "dipublikasikan. Atur ambang porsi responden yang tidak mengalami "
                "maladministrasi, jumlah responden minimal, dan bila perlu kalimat pertanyaan "
                "di formulir SKM. Berlaku untuk semua unit Pemda ini."),
    )


@login_required
def perception_unit(request: HttpRequest, pk: int, year: int) -> HttpResponse:
    unit = _unit(request, pk, year)
    result = perception_of_unit(unit=unit, year=year)
    chart = [{"label": f"{item.question.code} {item.question.title}",
              "value": float(item.share) if item.share is not None else None}
             for item in result.questions]
    return render(request, "compliance/perception_unit.html", {
        "unit": unit, "year": year, "result": result, "chart": chart,
        "thresholds": thresholds_text(result.rule),
        "is_on": perception_switched_on(unit=unit, year=year),
        "can_manage": request.user.has_perm("compliance.manage_perception", unit),
    })


@login_required
def perception_xlsx(request: HttpRequest, pk: int, year: int) -> HttpResponse:
    unit = _unit(request, pk, year)
    result = perception_of_unit(unit=unit, year=year)
    return xlsx_response(perception_table(result, unit=unit),
                         filename=f"persepsi-{unit.pk}-{year}.xlsx")


@login_required
@require_POST
def perception_switch_view(request: HttpRequest, pk: int, year: int) -> HttpResponse:
    region = current_region(request)
    if year not in YEAR_RANGE:
        raise Http404
    unit = get_object_or_404(ServiceUnit, pk=pk)
    on = request.POST.get("nyala") == "1"
    if not request.user.has_perm("compliance.manage_perception", unit):
        if request.user.has_perm("compliance.view"):
            perception_refusal_record(
                actor=request.user, unit=unit,
                attempt=_("Mengubah survei persepsi %(year)s unit OPD lain") % {"year": year})
        raise PermissionDenied
    perception_switch(actor=request.user, region=region, unit=unit, year=year, on=on)
    messages.success(request, _("Pertanyaan persepsi %(state)s untuk %(unit)s tahun %(year)s.")
                     % {"state": _("ditampilkan") if on else _("tidak ditampilkan lagi"),
                        "unit": unit.name, "year": year})
    back = request.POST.get("kembali") == "hasil"
    url = (reverse("compliance:perception_unit", args=[unit.pk, year]) if back
           else f"{reverse('compliance:perception_index')}?{YEAR_PARAM}={year}")
    return HttpResponseRedirect(url)
