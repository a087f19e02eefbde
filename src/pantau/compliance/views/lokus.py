"""Lokus pages: every lokus per year and assessor (replaced ones too), one lokus with its units,
its draw and the recipe to repeat it, the repeat check, and the units as XLSX."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.compliance.draw import recipe
from pantau.compliance.exports_lokus import lokus_units_table
from pantau.compliance.models import Assessor, Lokus, LokusReason, LokusStatus
from pantau.compliance.selectors.assessment import TRACK_SLUGS
from pantau.compliance.selectors.lokus import lokus_list as lokus_rows_of_region
from pantau.compliance.selectors.lokus import lokus_replaced_one, lokus_rows
from pantau.compliance.services.lokus import lokus_draw_check
from pantau.pages.access import current_region, require_perm
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.models import ServiceUnit, UnitKind

ASSESSOR_PARAM = "penilai"
YEAR_PARAM = "tahun"
# The unit's self-assessment sheet (year, unit, the assessor's slug).
ASSESSMENT_URL_NAME = "compliance_assessment:sheet"


@login_required
def lokus_list(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    assessor = request.GET.get(ASSESSOR_PARAM, "")
    assessor = assessor if assessor in Assessor.values else ""
    year_text = request.GET.get(YEAR_PARAM, "")
    year = int(year_text) if year_text.isdigit() and len(year_text) == 4 else None
    return render(request, "compliance/lokus_list.html", {
        "lokus_list": lokus_rows_of_region(region=region, assessor=assessor, year=year),
        "assessors": Assessor.choices, "assessor": assessor, "year": year,
        "can_manage": request.user.has_perm("compliance.manage_lokus"),
    })


@login_required
def lokus_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.view")
    lokus = get_object_or_404(Lokus.objects.select_related(
        "created_by", "replaced_by", "replaced_by_user"), pk=pk)
    rows = list(lokus_rows(lokus=lokus))
    drawn_order = {row.unit_id: n for n, row in enumerate(
        (r for r in rows if r.reason == LokusReason.DRAWN), start=1)}
    return render(request, "compliance/lokus_detail.html", {
        "lokus": lokus,
        "rows": [(row, _assessment_url(request, row.unit, lokus)) for row in rows],
        "replaced_one": lokus_replaced_one(lokus=lokus),
        "kind_label": UnitKind(lokus.drawn_kind).label if lokus.drawn_kind else "",
        "candidates": [(n, c, drawn_order.get(c["id"])) for n, c in
                       enumerate(lokus.candidates, start=1)],
        "recipe": recipe(lokus.seed, [c["name"] for c in lokus.candidates], lokus.draw_count),
        "reasons": LokusReason,
        "can_replace": (lokus.status == LokusStatus.ACTIVE
                        and request.user.has_perm("compliance.replace_lokus")),
    })


def _assessment_url(request: HttpRequest, unit: ServiceUnit, lokus: Lokus) -> str:
    """The unit's self-assessment sheet for the lokus's year and assessor, for those who may
    open it; "" for a replaced lokus (its units are not assessed) or a reader without access."""
    slug = next((s for s, assessor in TRACK_SLUGS.items() if assessor == lokus.assessor), "")
    if (not slug or lokus.status != LokusStatus.ACTIVE
            or not request.user.has_perm("compliance.view_unit", unit)):
        return ""
    try:
        return reverse(ASSESSMENT_URL_NAME, args=[lokus.year, unit.pk, slug])
    except NoReverseMatch:
        return ""


@login_required
@require_POST
def lokus_check(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.view")
    lokus = get_object_or_404(Lokus, pk=pk)
    check = lokus_draw_check(actor=request.user, lokus=lokus)
    names = ", ".join(check.expected) or _("tidak ada unit yang diundi")
    if check.matches:
        messages.success(request, _(
            "Undian diulang dari benih dan daftar calon yang tersimpan: hasilnya sama dengan "
            "unit lokus yang tersimpan (%(names)s).") % {"names": names})
    else:
        messages.error(request, _(
            "Undian diulang dari benih dan daftar calon yang tersimpan menghasilkan %(names)s, "
            "TIDAK sama dengan unit hasil undian yang tersimpan (%(stored)s). Laporkan kepada "
            "admin Pemda.") % {"names": names,
                               "stored": ", ".join(check.stored) or "—"})
    return redirect("compliance_lokus:detail", pk=lokus.pk)


@login_required
def lokus_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.view")
    lokus = get_object_or_404(Lokus, pk=pk)
    region = current_region(request)
    return xlsx_response(*lokus_units_table(lokus, lokus_rows(lokus=lokus),
                                            region_name=region.name),
                         filename=f"lokus-{lokus.assessor}-{lokus.year}-{lokus.pk}.xlsx")


def breadcrumbs(*extra: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"url": reverse("compliance:index"), "label": _("Kepatuhan Pelayanan")},
            {"url": reverse("compliance_lokus:list"), "label": _("Lokus penilaian")}, *extra]
