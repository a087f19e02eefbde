from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.pages.access import require_perm
from pantau.pages.form_page import form_page
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.exports import unit_table
from pantau.tenancy.forms import ProductForm, UnitForm, UnitMoveForm
from pantau.tenancy.models import Agency, ServiceProduct, ServiceUnit, UnitKind
from pantau.tenancy.selectors import agency_list, product_list, unit_list
from pantau.tenancy.services.agencies import (
    product_create,
    product_set_active,
    product_update,
    unit_create,
    unit_set_active,
    unit_update,
)


@login_required
def unit_list_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.view_region")
    kind = request.GET.get("jenis", "")
    agency = None
    if request.GET.get("opd", "").isdecimal():
        agency = Agency.objects.filter(pk=request.GET["opd"]).first()
    units = unit_list(
        agency=agency,
        kind=kind if kind in UnitKind.values else "",
        include_inactive=request.GET.get("semua") == "1",
    )
    if request.GET.get("format") == "xlsx":
        return xlsx_response(unit_table(units), filename="daftar-unit-layanan.xlsx")
    return render(request, "tenancy/unit_list.html", {
        "units": units, "kinds": UnitKind.choices, "kind": kind,
        "agencies": agency_list(), "agency": agency,
        "show_inactive": request.GET.get("semua") == "1",
    })


@login_required
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "tenancy.view_region")
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=pk)
    return render(request, "tenancy/unit_detail.html", {
        "unit": unit,
        "products": product_list(unit=unit, include_inactive=True),
        "can_manage": request.user.has_perm("tenancy.manage_units", unit),
        "can_view_history": request.user.has_perm("audit.view_history"),
        # The unit's SKM surveys (the surveys app's relation, read by name: no import upward).
        "surveys": unit.surveys.order_by("-starts_on")
        if request.user.has_perm("surveys.view_survey", unit) else None,
        "can_add_survey": request.user.has_perm("surveys.manage_survey", unit),
    })


def _unit_url(unit: ServiceUnit) -> str:
    return reverse("tenancy:unit_detail", args=[unit.pk])


def _unit_crumbs(agency: Agency) -> list[dict[str, str]]:
    return [
        {"label": _("OPD"), "url": reverse("tenancy:agency_list")},
        {"label": agency.short_name, "url": reverse("tenancy:agency_detail", args=[agency.pk])},
    ]


def _product_crumbs(unit: ServiceUnit) -> list[dict[str, str]]:
    return [*_unit_crumbs(unit.agency), {"label": unit.name, "url": _unit_url(unit)}]


@login_required
def unit_create_view(request: HttpRequest, agency_pk: int) -> HttpResponse:
    agency = get_object_or_404(Agency, pk=agency_pk, is_active=True)
    require_perm(request, "tenancy.manage_units", agency)
    return form_page(
        request, UnitForm(request.POST or None),
        save=lambda data: unit_create(actor=request.user, agency=agency, **data),
        message=lambda unit: _("Unit layanan “%(name)s” ditambahkan.") % {"name": unit.name},
        next_url=_unit_url, title=_("Tambah unit layanan"), breadcrumbs=_unit_crumbs(agency),
        cancel_url=reverse("tenancy:agency_detail", args=[agency.pk]))


@login_required
def unit_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=pk)
    require_perm(request, "tenancy.manage_units", unit)
    form_class = UnitMoveForm if request.user.has_perm("tenancy.manage_agencies") else UnitForm
    return form_page(
        request, form_class(request.POST or None, instance=ServiceUnit.objects.get(pk=pk)),
        save=lambda data: unit_update(actor=request.user, unit=unit, **data),
        message=_("Perubahan unit layanan disimpan."), next_url=_unit_url(unit),
        title=_("Ubah unit layanan"), breadcrumbs=_unit_crumbs(unit.agency),
        cancel_url=_unit_url(unit))


@login_required
@require_POST
def unit_toggle_active(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(ServiceUnit, pk=pk)
    require_perm(request, "tenancy.manage_units", unit)
    unit_set_active(actor=request.user, unit=unit, active=not unit.is_active)
    messages.success(request, _("Status unit layanan diperbarui: %(status)s.") % {
        "status": _("aktif") if unit.is_active else _("nonaktif")})
    return redirect("tenancy:unit_detail", pk=unit.pk)


@login_required
def product_create_view(request: HttpRequest, unit_pk: int) -> HttpResponse:
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=unit_pk)
    require_perm(request, "tenancy.manage_units", unit)
    return form_page(
        request, ProductForm(request.POST or None),
        save=lambda data: product_create(actor=request.user, unit=unit, **data),
        message=_("Produk layanan ditambahkan."), next_url=_unit_url(unit),
        title=_("Tambah produk layanan"), breadcrumbs=_product_crumbs(unit),
        cancel_url=_unit_url(unit))


@login_required
def product_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    product = get_object_or_404(ServiceProduct.objects.select_related("unit__agency"), pk=pk)
    require_perm(request, "tenancy.manage_units", product)
    return form_page(
        request, ProductForm(request.POST or None, instance=ServiceProduct.objects.get(pk=pk)),
        save=lambda data: product_update(actor=request.user, product=product, **data),
        message=_("Produk layanan disimpan."), next_url=_unit_url(product.unit),
        title=_("Ubah produk layanan"), breadcrumbs=_product_crumbs(product.unit),
        cancel_url=_unit_url(product.unit))


@login_required
@require_POST
def product_toggle_active(request: HttpRequest, pk: int) -> HttpResponse:
    product = get_object_or_404(ServiceProduct.objects.select_related("unit"), pk=pk)
    require_perm(request, "tenancy.manage_units", product)
    product_set_active(actor=request.user, product=product, active=not product.is_active)
    messages.success(request, _("Status produk layanan diperbarui."))
    return redirect("tenancy:unit_detail", pk=product.unit_id)
