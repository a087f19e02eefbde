"""The service-standards register: the list with completeness and its XLSX, a product's standard,
a unit's maklumat and their photo evidence."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.compliance.exports import standards_table
from pantau.compliance.forms_standards import ServiceStandardForm, UnitMaklumatForm
from pantau.compliance.models import COMPONENTS, ServiceStandard, UnitMaklumat
from pantau.compliance.selectors.standards import (
    completeness_chart,
    register,
    unit_register,
)
from pantau.compliance.services.standards import (
    ensure_may_manage_standards,
    service_standard_update,
    unit_maklumat_update,
)
from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_saved
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.models import Agency, ServiceProduct, ServiceUnit
from pantau.tenancy.selectors import visible_to

OPD_PARAM = "opd"


def _agencies(request: HttpRequest) -> list[Agency]:
    return list(visible_to(Agency.objects.filter(is_active=True), user=request.user,
                           agency="pk").order_by("name"))


def _chosen(request: HttpRequest, agencies: list[Agency]) -> Agency | None:
    raw = request.GET.get(OPD_PARAM, "")
    return next((a for a in agencies if raw.isdecimal() and a.pk == int(raw)), None)


@login_required
def register_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    agencies = _agencies(request)
    chosen = _chosen(request, agencies)
    data = register(region=current_region(request), user=request.user,
                    today=timezone.localdate(), agency_id=chosen.pk if chosen else None)
    return render(request, "compliance/standards/register.html", {
        "register": data, "agencies": agencies, "chosen": chosen,
        "chart": completeness_chart(data.agencies) if len(data.agencies) > 1 else [],
        "can_manage": {line.unit.pk for agency in data.agencies for line in agency.units
                       if request.user.has_perm("compliance.manage_standards", line.unit)},
    })


@login_required
def register_xlsx(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    chosen = _chosen(request, _agencies(request))
    data = register(region=region, user=request.user, today=timezone.localdate(),
                    agency_id=chosen.pk if chosen else None)
    return xlsx_response(*standards_table(data, region_name=region.name),
                         filename="standar-pelayanan.xlsx")


@login_required
def unit_view(request: HttpRequest, pk: int) -> HttpResponse:
    """One unit's standards in full (the 14 components of each product) and its maklumat."""
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency", "region"), pk=pk)
    require_perm(request, "compliance.view_unit", unit)
    return render(request, "compliance/standards/unit.html", {
        "line": unit_register(unit=unit, today=timezone.localdate()), "unit": unit,
        "components": COMPONENTS, "breadcrumbs": _crumbs(),
        "can_manage": request.user.has_perm("compliance.manage_standards", unit),
    })


def _crumbs() -> list[dict[str, str]]:
    return [{"url": reverse("compliance:index"), "label": _("Kepatuhan Pelayanan")},
            {"url": reverse("compliance_standards:register"), "label": _("Standar pelayanan")}]


def _back(unit: ServiceUnit) -> str:
    return reverse("compliance_standards:unit", args=[unit.pk])


@login_required
def standard_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    product = get_object_or_404(
        ServiceProduct.objects.select_related("unit", "unit__agency"), pk=pk)
    ensure_may_manage_standards(actor=request.user, unit=product.unit,
                                attempt=_("standar pelayanan"))
    standard = ServiceStandard.objects.filter(product=product).first()
    form = ServiceStandardForm(request.POST or None, request.FILES or None,
                               initial=ServiceStandardForm.initial_for(standard))

    def save(_data: dict[str, Any]) -> ServiceStandard:
        return service_standard_update(actor=request.user, region=current_region(request),
                                       product=product, **form.service_arguments())

    done = form_saved(request, form, save=save, next_url=_back(product.unit),
                      message=_("Standar pelayanan %(name)s disimpan.") % {"name": product.name})
    return done or render(request, "compliance/standards/standard_form.html", {
        "form": form, "product": product, "standard": standard,
        "breadcrumbs": [*_crumbs(), {"url": _back(product.unit), "label": product.unit.name}],
        "public_fields": form.component_fields(public=True),
        "internal_fields": form.component_fields(public=False),
        "cancel_url": _back(product.unit),
    })


@login_required
def maklumat_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=pk)
    ensure_may_manage_standards(actor=request.user, unit=unit,
                                attempt=_("maklumat pelayanan"))
    maklumat = UnitMaklumat.objects.filter(unit=unit).first()
    form = UnitMaklumatForm(request.POST or None, request.FILES or None,
                            initial=UnitMaklumatForm.initial_for(maklumat))

    def save(data: dict[str, Any]) -> UnitMaklumat:
        return unit_maklumat_update(actor=request.user, region=current_region(request),
                                    unit=unit, **data)

    done = form_saved(request, form, save=save, next_url=_back(unit),
                      message=_("Maklumat pelayanan %(name)s disimpan.") % {"name": unit.name})
    title = _("Maklumat pelayanan %(name)s") % {"name": unit.name}
    return done or render(request, "web/form_page.html", {
        "form": form, "title": title, "cancel_url": _back(unit),
        "breadcrumbs": [*_crumbs(), {"url": _back(unit), "label": unit.name}],
        "intro": _("Janji pelayanan unit kepada masyarakat. Bila dipajang, lampirkan fotonya. "
                   "Maklumat ikut tercetak di lembar standar pelayanan dan tampil di halaman "
                   "publik unit."),
    })


def _file(field: Any, name: str) -> FileResponse:
    if not field:
        raise Http404
    extension = field.name.rsplit(".", 1)[-1].lower()
    kind = {"pdf": "application/pdf", "png": "image/png"}.get(extension, "image/jpeg")
    return FileResponse(field.open("rb"), as_attachment=True, filename=f"{name}.{extension}",
                        content_type=kind)


PHOTOS = {"loket": "counter_photo", "daring": "online_photo"}


@login_required
def standard_photo(request: HttpRequest, pk: int, which: str) -> FileResponse:
    if which not in PHOTOS:
        raise Http404
    standard = get_object_or_404(
        ServiceStandard.objects.select_related("product__unit__agency"), product_id=pk)
    require_perm(request, "compliance.view_unit", standard.product.unit)
    return _file(getattr(standard, PHOTOS[which]), f"standar-{which}-{pk}")


@login_required
def maklumat_photo(request: HttpRequest, pk: int) -> FileResponse:
    maklumat = get_object_or_404(UnitMaklumat.objects.select_related("unit__agency"), unit_id=pk)
    require_perm(request, "compliance.view_unit", maklumat.unit)
    return _file(maklumat.photo, f"maklumat-{pk}")
