from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

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
from pantau.tenancy.views.common import apply_service_errors, require_perm


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


def _form_page(request: HttpRequest, form: object, title: str, cancel_url: str,
               crumbs: list[dict[str, str]]) -> HttpResponse:
    return render(request, "web/form_page.html", {
        "form": form, "title": title, "cancel_url": cancel_url, "breadcrumbs": crumbs,
    })


def _unit_crumbs(agency: Agency) -> list[dict[str, str]]:
    return [
        {"label": _("OPD"), "url": reverse("tenancy:agency_list")},
        {"label": agency.short_name, "url": reverse("tenancy:agency_detail", args=[agency.pk])},
    ]


@login_required
def unit_create_view(request: HttpRequest, agency_pk: int) -> HttpResponse:
    agency = get_object_or_404(Agency, pk=agency_pk, is_active=True)
    require_perm(request, "tenancy.manage_units", agency)
    form = UnitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            unit = unit_create(actor=request.user, agency=agency, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Unit layanan “%(name)s” ditambahkan.") % {
                "name": unit.name})
            return redirect("tenancy:unit_detail", pk=unit.pk)
    return _form_page(request, form, _("Tambah unit layanan"),
                      reverse("tenancy:agency_detail", args=[agency.pk]), _unit_crumbs(agency))


@login_required
def unit_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=pk)
    require_perm(request, "tenancy.manage_units", unit)
    form_class = UnitMoveForm if request.user.has_perm("tenancy.manage_agencies") else UnitForm
    form = form_class(request.POST or None, instance=ServiceUnit.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        try:
            unit_update(actor=request.user, unit=unit, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Perubahan unit layanan disimpan."))
            return redirect("tenancy:unit_detail", pk=unit.pk)
    return _form_page(request, form, _("Ubah unit layanan"),
                      reverse("tenancy:unit_detail", args=[unit.pk]), _unit_crumbs(unit.agency))


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
    form = ProductForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            product_create(actor=request.user, unit=unit, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Produk layanan ditambahkan."))
            return redirect("tenancy:unit_detail", pk=unit.pk)
    crumbs = [*_unit_crumbs(unit.agency),
              {"label": unit.name, "url": reverse("tenancy:unit_detail", args=[unit.pk])}]
    return _form_page(request, form, _("Tambah produk layanan"),
                      reverse("tenancy:unit_detail", args=[unit.pk]), crumbs)


@login_required
def product_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    product = get_object_or_404(ServiceProduct.objects.select_related("unit__agency"), pk=pk)
    require_perm(request, "tenancy.manage_units", product)
    form = ProductForm(request.POST or None, instance=ServiceProduct.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        try:
            product_update(actor=request.user, product=product, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Produk layanan disimpan."))
            return redirect("tenancy:unit_detail", pk=product.unit_id)
    unit = product.unit
    crumbs = [*_unit_crumbs(unit.agency),
              {"label": unit.name, "url": reverse("tenancy:unit_detail", args=[unit.pk])}]
    return _form_page(request, form, _("Ubah produk layanan"),
                      reverse("tenancy:unit_detail", args=[unit.pk]), crumbs)


@login_required
@require_POST
def product_toggle_active(request: HttpRequest, pk: int) -> HttpResponse:
    product = get_object_or_404(ServiceProduct.objects.select_related("unit"), pk=pk)
    require_perm(request, "tenancy.manage_units", product)
    product_set_active(actor=request.user, product=product, active=not product.is_active)
    messages.success(request, _("Status produk layanan diperbarui."))
    return redirect("tenancy:unit_detail", pk=product.unit_id)
