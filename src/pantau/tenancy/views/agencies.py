from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_page
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.exports import agency_table
from pantau.tenancy.forms import AgencyForm
from pantau.tenancy.models import Agency, AgencyKind
from pantau.tenancy.selectors import agency_list, unit_list
from pantau.tenancy.services.agencies import agency_create, agency_set_active, agency_update


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


def _crumbs() -> list[dict[str, str]]:
    return [{"label": _("OPD"), "url": reverse("tenancy:agency_list")}]


def _agency_url(agency: Agency) -> str:
    return reverse("tenancy:agency_detail", args=[agency.pk])


@login_required
def agency_create_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.manage_agencies")
    return form_page(
        request, AgencyForm(request.POST or None),
        save=lambda data: agency_create(actor=request.user, region=current_region(request),
                                        **data),
        message=lambda agency: _("OPD “%(name)s” ditambahkan.") % {"name": agency.name},
        next_url=_agency_url, title=_("Tambah OPD"), breadcrumbs=_crumbs(),
        cancel_url=reverse("tenancy:agency_list"))


@login_required
def agency_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    agency = get_object_or_404(Agency, pk=pk)
    require_perm(request, "tenancy.manage_agencies", agency)
    return form_page(
        request, AgencyForm(request.POST or None, instance=Agency.objects.get(pk=pk)),
        save=lambda data: agency_update(actor=request.user, agency=agency, **data),
        message=_("Perubahan OPD disimpan."), next_url=_agency_url(agency), title=_("Ubah OPD"),
        breadcrumbs=_crumbs(), cancel_url=_agency_url(agency))


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
