"""Follow-ups (tindak lanjut): the list per OPD and Pemda-wide, its export, and updates."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from pantau.pages.access import require_perm
from pantau.pages.form_page import apply_service_errors
from pantau.pages.paging import PAGE_PARAM, page_of
from pantau.performance.forms_reporting import FollowUpFilterForm, FollowUpForm
from pantau.performance.models import FollowUp
from pantau.performance.selectors.reporting import followup_list
from pantau.performance.services.followups import followup_update
from pantau.performance.views.reporting import own_agency_id
from pantau.spreadsheets.writer import Column, Table, xlsx_response
from pantau.tenancy.models import Agency, Period


def _filtered(request: HttpRequest) -> tuple[FollowUpFilterForm, QuerySet[FollowUp],
                                             Agency | None]:
    require_perm(request, "performance.view_any")
    form = FollowUpFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    own = own_agency_id(request)
    agency_pk = own or data.get("opd")
    agency = get_object_or_404(Agency, pk=agency_pk) if agency_pk else None
    items = followup_list(agency=agency, status=data.get("status", ""),
                          overdue=bool(data.get("overdue")), today=timezone.localdate())
    return form, items, agency


def may_update_followup(user: Any, agency: Agency) -> bool:
    """The OPD's own staff, or the back office verifying it; leaders and assessors only read."""
    return bool(user.has_perm("performance.enter_realization", agency)
                or user.has_perm("performance.verify_report", agency))


@login_required
def followup_list_view(request: HttpRequest) -> HttpResponse:
    form, items, agency = _filtered(request)
    page = page_of(request, items)  # the export keeps every filtered row
    rows = list(page.object_list)
    agencies = {f.agency_id: f.agency for f in rows}
    updatable = {pk for pk, item in agencies.items() if may_update_followup(request.user, item)}
    return render(request, "performance/reporting/followup_list.html", {
        "form": form, "items": rows, "page": page, "agency": agency,
        "today": timezone.localdate(),
        "updatable_agency_ids": updatable,
        "agencies": Agency.objects.filter(is_active=True).order_by("name")
        if own_agency_id(request) is None else [],
        # The export takes the filters, not the page number.
        "query": _without_page(request)})


def _without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop(PAGE_PARAM, None)
    return query.urlencode()


@login_required
def followup_xlsx(request: HttpRequest) -> HttpResponse:
    _form, items, agency = _filtered(request)
    rows = [[f.agency.name, f.period, f.indicator.code if f.indicator else "",
             f.indicator.name if f.indicator else "", f.description, f.owner, f.due_date,
             f.get_status_display(), f.evidence_note,
             timezone.localtime(f.done_at) if f.done_at else None] for f in items]
    table = Table(
        title=_("Tindak lanjut %(who)s") % {"who": agency.name if agency else _("semua OPD")},
        columns=[Column(_("OPD"), 35), Column(_("Periode"), 12), Column(_("Kode"), 12),
                 Column(_("Indikator"), 40), Column(_("Tindak lanjut"), 50),
                 Column(_("Penanggung jawab"), 25), Column(_("Tenggat"), 12),
                 Column(_("Status"), 16), Column(_("Bukti penyelesaian"), 40),
                 Column(_("Selesai pada"), 18)],
        rows=rows, sheet_name=_("Tindak lanjut"))
    return xlsx_response(table, filename="tindak-lanjut.xlsx")


@login_required
def followup_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    follow_up: FollowUp = get_object_or_404(FollowUp.objects.select_related("agency", "period",
                                                                  "indicator"), pk=pk)
    user = request.user
    if not may_update_followup(user, follow_up.agency):
        raise PermissionDenied
    prefix = request.POST.get("prefix") or None
    form = FollowUpForm(request.POST or None, instance=follow_up, prefix=prefix)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = ""
    context_period = None
    if request.POST.get("period"):
        if not request.POST["period"].isdecimal():
            raise Http404
        context_period = get_object_or_404(Period, pk=int(request.POST["period"]))
    if request.method == "POST" and form.is_valid():
        try:
            followup_update(actor=user, follow_up=follow_up, period=context_period,
                            **{k: form.cleaned_data[k] for k in
                               ("owner", "due_date", "status", "evidence_note")})
        except ValidationError as error:
            apply_service_errors(form, error)
            if next_url:
                messages.error(request, " ".join(error.messages))
                return redirect(next_url)
        else:
            messages.success(request, _("Tindak lanjut diperbarui."))
            return redirect(next_url or reverse("performance_reporting:followup_list"))
    elif request.method == "POST" and next_url:
        messages.error(request, _("Isian tindak lanjut tidak sah: %(e)s") % {
            "e": "; ".join(str(e) for errs in form.errors.values() for e in errs)})
        return redirect(next_url)
    return render(request, "performance/reporting/followup_update.html",
                  {"form": form, "follow_up": follow_up})
