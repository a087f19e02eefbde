"""Gap actions: create one from a gap row, edit its status, list them with progress, XLSX,
the evidence file. Operators act for their own OPD only; another OPD's gap is refused and
audited."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.compliance.exports_gaps import action_table
from pantau.compliance.forms_gaps import GapActionForm
from pantau.compliance.models import ActionStatus, Assessor, GapAction, InstrumentIndicator
from pantau.compliance.selectors.gap_actions import (
    action_progress,
    gap_actions,
    marked_overdue,
    may_manage_action,
)
from pantau.compliance.services.gap_actions import (
    gap_action_create,
    gap_action_refuse,
    gap_action_update,
)
from pantau.compliance.views.gap_filters import GapFilters, gap_filters
from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_page
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.models import Agency, ServiceUnit
from pantau.tenancy.permissions import membership_of


def _listed(request: HttpRequest, filters: GapFilters) -> list[GapAction]:
    rows = gap_actions(region=current_region(request), user=request.user, year=filters.year,
                       assessor=filters.assessor, agency_id=filters.agency_id,
                       status=request.GET.get("status", ""))
    return marked_overdue(rows, timezone.localdate())


@login_required
def action_list(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    filters = gap_filters(request)
    actions = _listed(request, filters)
    agencies = Agency.objects.filter(is_active=True).order_by("name")
    if not request.user.has_perm("compliance.view_unit", None):
        membership = membership_of(request.user)
        agencies = (agencies.filter(pk=membership.agency_id)
                    if membership and membership.agency_id else agencies.none())
    for action in actions:
        action.can_edit = may_manage_action(  # type: ignore[attr-defined]
            request.user, unit=action.unit, owner=action.owner)
    return render(request, "compliance/gap_action_list.html", {
        "filters": filters, "actions": actions, "assessors": Assessor.choices,
        "statuses": ActionStatus.choices, "status": request.GET.get("status", ""),
        "progress": action_progress(actions, timezone.localdate()), "agencies": agencies,
    })


@login_required
def action_xlsx(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    filters = gap_filters(request)
    return xlsx_response(action_table(_listed(request, filters),
                                      region_name=current_region(request).name),
                         filename=f"tindakan-celah-{filters.year}.xlsx")


@login_required
def action_create(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    filters = gap_filters(request)
    unit = get_object_or_404(ServiceUnit, pk=request.GET.get("unit") or 0)
    indicator = get_object_or_404(InstrumentIndicator.objects.select_related("instrument"),
                                  pk=request.GET.get("indikator") or 0)
    if not may_manage_action(request.user, unit=unit):
        gap_action_refuse(actor=request.user, region=region, obj=unit,
                          reason=_("Tindakan untuk unit OPD lain ditolak."))
    form = GapActionForm(request.POST or None, request.FILES or None,
                         owners=_owners(request, None),
                         initial={"owner": unit.agency, "status": ActionStatus.PLANNED,
                                  "title": _("Perbaiki: %(indicator)s")
                                  % {"indicator": indicator.text[:250]}})

    def save(data: dict[str, Any]) -> GapAction:
        return gap_action_create(actor=request.user, region=region, year=filters.year,
                                 unit=unit, indicator=indicator, **data)

    return _page(request, form, save, _("Buat tindakan perbaikan"),
                 intro=f"{unit.name} · {indicator.code} {indicator.text} ({filters.year})",
                 back=reverse("compliance_gaps:list") + "?" + filters.query(opd="", unit=""))


@login_required
def action_update(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.view")
    action = get_object_or_404(
        GapAction.objects.select_related("unit__agency", "owner", "indicator"), pk=pk)
    if not may_manage_action(request.user, unit=action.unit, owner=action.owner):
        gap_action_refuse(actor=request.user, region=action.region, obj=action,
                          reason=_("Tindakan milik OPD lain tidak dapat diubah."))
    form = GapActionForm(request.POST or None, request.FILES or None,
                         owners=_owners(request, action),
                         initial=GapActionForm.initial_for(action))

    def save(data: dict[str, Any]) -> GapAction:
        return gap_action_update(actor=request.user, action=action, **data)

    evidence = (_("Bukti tersimpan: %(name)s.") % {"name": action.evidence_name}
                if action.evidence else "")
    return _page(request, form, save, _("Ubah tindakan perbaikan"),
                 intro=f"{action.unit.name} · {action.indicator.code} {action.indicator.text} "
                       f"({action.year}). {evidence}",
                 back=reverse("compliance_gaps:actions") + f"?tahun={action.year}")


@login_required
def action_evidence(request: HttpRequest, pk: int) -> FileResponse:
    require_perm(request, "compliance.view")
    action = get_object_or_404(GapAction.objects.select_related("unit", "owner"), pk=pk)
    if not (request.user.has_perm("compliance.view_unit", action.unit)
            or request.user.has_perm("compliance.view_unit", action.owner)):
        gap_action_refuse(actor=request.user, region=action.region, obj=action,
                          reason=_("Bukti tindakan OPD lain tidak dapat dibuka."))
    if not action.evidence:
        raise Http404
    return FileResponse(action.evidence.open("rb"), as_attachment=True,
                        filename=action.evidence_name or "bukti")


def _owners(request: HttpRequest, action: GapAction | None) -> Any:
    """Every active OPD for the back office; an OPD's staff: their own (and the current owner)."""
    agencies = Agency.objects.filter(is_active=True)
    if not request.user.has_perm("compliance.manage_actions", None):
        membership = membership_of(request.user)
        own = Q(pk=membership.agency_id) if membership and membership.agency_id else Q(pk__in=[])
        agencies = Agency.objects.filter(own | Q(pk=action.owner_id) if action else own)
    return agencies.order_by("name")


def _page(request: HttpRequest, form: GapActionForm, save: Any, title: str, *, intro: str,
          back: str) -> HttpResponse:
    return form_page(
        request, form, save=save, message=_("Tindakan perbaikan disimpan."),
        next_url=lambda action: reverse("compliance_gaps:actions") + f"?tahun={action.year}",
        title=title, cancel_url=back, intro=intro,
        breadcrumbs=[{"url": reverse("compliance:index"), "label": _("Kepatuhan Pelayanan")},
                     {"url": reverse("compliance_gaps:list"), "label": _("Daftar celah")},
                     {"url": reverse("compliance_gaps:actions"),
                      "label": _("Tindakan perbaikan")}])
