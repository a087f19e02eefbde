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
from pantau.tenancy.exports import agency_table
from pantau.tenancy.forms import AgencyForm
from pantau.tenancy.models import Agency, AgencyKind
from pantau.tenancy.selectors import agency_list, unit_list
from pantau.tenancy.services.agencies import agency_create, agency_set_active, agency_update
from pantau.tenancy.views.common import apply_service_errors, current_region, require_perm


@login_required
def agency_list_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.view_region")
    show_inactive = request.GET.get("semua") == "1"
    kind = request.GET.get("jenis", "")
    agencies = agency_list(include_inactive=show_inactive)
    if kind in AgencyKind.values:
        agencies = agencies.filter(kind=kind)
    if request.GET.get("format") == "xlsx":
        return xlsx_response(agency_table(agencies), filename="daftar-opd.xlsx")
    return render(request, "tenancy/agency_list.html", {
        "agencies": agencies,
        "kinds": AgencyKind.choices,
        "kind": kind,
        "show_inactive": show_inactive,
        "can_manage": request.user.has_perm("tenancy.manage_agencies"),
    })


@login_required
def agency_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "tenancy.view_region")
    agency = get_object_or_404(Agency, pk=pk)
    return render(request, "tenancy/agency_detail.html", {
        "agency": agency,
        "units": unit_list(agency=agency, include_inactive=True),
        "can_manage_agency": request.user.has_perm("tenancy.manage_agencies"),
        "can_manage_units": request.user.has_perm("tenancy.manage_units", agency),
        "can_view_history": request.user.has_perm("audit.view_history"),
    })


def _agency_form_page(request: HttpRequest, form: AgencyForm, title: str,
                      cancel_url: str) -> HttpResponse:
    return render(request, "web/form_page.html", {
        "form": form, "title": title, "cancel_url": cancel_url,
        "breadcrumbs": [{"label": _("OPD"), "url": reverse("tenancy:agency_list")}],
    })


@login_required
def agency_create_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.manage_agencies")
    form = AgencyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            agency = agency_create(
                actor=request.user, region=current_region(request), **form.cleaned_data
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("OPD “%(name)s” ditambahkan.") % {"name": agency.name})
            return redirect("tenancy:agency_detail", pk=agency.pk)
    return _agency_form_page(request, form, _("Tambah OPD"), reverse("tenancy:agency_list"))


@login_required
def agency_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    agency = get_object_or_404(Agency, pk=pk)
    require_perm(request, "tenancy.manage_agencies", agency)
    form = AgencyForm(request.POST or None, instance=Agency.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        try:
            agency_update(actor=request.user, agency=agency, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Perubahan OPD disimpan."))
            return redirect("tenancy:agency_detail", pk=agency.pk)
    return _agency_form_page(
        request, form, _("Ubah OPD"), reverse("tenancy:agency_detail", args=[agency.pk])
    )


@login_required
@require_POST
def agency_toggle_active(request: HttpRequest, pk: int) -> HttpResponse:
    agency = get_object_or_404(Agency, pk=pk)
    require_perm(request, "tenancy.manage_agencies", agency)
    agency_set_active(actor=request.user, agency=agency, active=not agency.is_active)
    if agency.is_active:
        messages.success(request, _("OPD “%(name)s” diaktifkan kembali.") % {"name": agency.name})
    else:
        messages.success(request, _("OPD “%(name)s” dinonaktifkan. Datanya tetap tersimpan.")
                         % {"name": agency.name})
    return redirect("tenancy:agency_detail", pk=agency.pk)
