"""Indicators filled from SKM and the standards register: a unit's facts for a year (page and
XLSX), and the refresh that writes them into the self-assessment answers."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.audit.services import audit_record
from pantau.compliance.exports_autofill import auto_facts_table
from pantau.compliance.models import Family
from pantau.compliance.selectors.autofill import unit_autofill_rows
from pantau.compliance.services.autofill import answers_autofill, answers_autofill_region
from pantau.compliance.services.seeding import instruments_seed
from pantau.pages.access import current_region, require_perm
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.models import ServiceUnit

FIRST_YEAR = 2015


def _year(year: int) -> int:
    if not FIRST_YEAR <= year <= timezone.localdate().year + 1:
        raise Http404
    return year


def _unit(request: HttpRequest, pk: int) -> ServiceUnit:
    return get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=pk)


def _next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return fallback


@login_required
def unit_facts(request: HttpRequest, year: int, pk: int) -> HttpResponse:
    region = current_region(request)
    unit = _unit(request, pk)
    require_perm(request, "compliance.view_unit", unit)
    instruments_seed(region=region)
    return render(request, "compliance/autofill_unit.html", {
        "unit": unit, "year": _year(year),
        "groups": unit_autofill_rows(region=region, year=year, unit=unit),
        "can_refresh": request.user.has_perm("compliance.answer", unit),
        "years": range(max(FIRST_YEAR, timezone.localdate().year - 4),
                       timezone.localdate().year + 2),
    })


@login_required
def unit_facts_xlsx(request: HttpRequest, year: int, pk: int) -> HttpResponse:
    region = current_region(request)
    unit = _unit(request, pk)
    require_perm(request, "compliance.view_unit", unit)
    groups = unit_autofill_rows(region=region, year=_year(year), unit=unit)
    return xlsx_response(auto_facts_table(groups, unit_name=unit.name, year=year),
                         filename=f"indikator-otomatis-{year}.xlsx")


@login_required
@require_POST
def unit_refresh(request: HttpRequest, year: int, pk: int) -> HttpResponse:
    region = current_region(request)
    unit = _unit(request, pk)
    if not request.user.has_perm("compliance.answer", unit):
        audit_record(actor=request.user, action="compliance.autofill.refused", obj=unit,
                     region=region, note=_("Tahun %(year)s") % {"year": year})
        raise PermissionDenied
    family = request.POST.get("family", "")
    result = answers_autofill(actor=request.user, region=region, year=_year(year), unit=unit,
                              family=family if family in Family.values else None)
    messages.success(request, result.message)
    return redirect(_next(request, reverse("compliance_autofill:unit", args=[year, unit.pk])))


@login_required
@require_POST
def region_refresh(request: HttpRequest, year: int) -> HttpResponse:
    require_perm(request, "compliance.review")
    region = current_region(request)
    result = answers_autofill_region(actor=request.user, region=region, year=_year(year))
    messages.success(request, result.message)
    return redirect(_next(request, reverse("compliance:index")))
