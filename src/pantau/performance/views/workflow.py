"""Workflow buttons (submit, approve, return, verify, reopen), period lock and deadlines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from pantau.pages.access import require_perm
from pantau.performance.forms_reporting import (
    DeadlineForm,
    NoteForm,
    PeriodCloseForm,
    PeriodLockForm,
)
from pantau.performance.selectors.closing import open_quarters, unfinished_reports
from pantau.performance.selectors.heads import agency_has_head
from pantau.performance.services import closing, workflow
from pantau.performance.services.deadlines import deadline_set
from pantau.performance.views.reporting import form_url, get_report_scope
from pantau.tenancy.models import Period


def _form_errors(form: Any) -> str:
    """A note that fails validation is reported, never dropped: nothing happens until fixed."""
    return _("Tidak diproses: %(errors)s") % {"errors": " ".join(
        f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items())}


# action → (permission, workflow transition, success message)
ACTIONS: dict[str, tuple[str, Callable[..., Any], Any]] = {
    "ajukan": ("performance.submit_report", workflow.report_submit,
               gettext_lazy("Laporan diajukan ke kepala OPD.")),
    "setujui": ("performance.approve_report", workflow.report_approve,
                gettext_lazy("Laporan disetujui dan diteruskan ke evaluator.")),
    "setujui-atas-nama": ("performance.approve_on_behalf",
                          workflow.report_approve_on_behalf,
                          gettext_lazy("Laporan disetujui atas nama kepala OPD; catatan "
                                       "tercatat di riwayat.")),
    "kembalikan": ("performance.verify_report", workflow.report_return,
                   gettext_lazy("Laporan dikembalikan ke OPD dengan catatan.")),
    "kembalikan-ke-operator": ("performance.return_to_operator",
                               workflow.report_return_to_operator,
                               gettext_lazy("Laporan dikembalikan ke operator dengan catatan.")),
    "verifikasi": ("performance.verify_report", workflow.report_verify,
                   gettext_lazy("Laporan terverifikasi.")),
    "buka-kembali": ("performance.verify_report",
                     workflow.report_reopen,
                     gettext_lazy("Laporan dibuka kembali; OPD dapat memperbaiki datanya.")),
}


NO_HEAD_WARNING = gettext_lazy(
    "Laporan diajukan, tetapi OPD ini belum memiliki akun Kepala OPD yang dapat menyetujuinya. "
    "Evaluator dapat menyetujuinya atas nama kepala OPD (dengan catatan), atau minta admin "
    "mengundang kepala OPD di menu Pengguna.")


@login_required
@require_POST
def report_transition(request: HttpRequest, agency_pk: int, period_pk: int,
                      action: str) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404
    perm, run, success = ACTIONS[action]
    agency, period = get_report_scope(request, agency_pk, period_pk, perm)
    form = NoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return redirect(form_url(agency, period))
    try:
        run(actor=request.user, agency=agency, period=period, note=form.cleaned_data["note"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if action == "ajukan" and not agency_has_head(agency):
            messages.warning(request, NO_HEAD_WARNING)
        else:
            messages.success(request, str(success))
    return redirect(form_url(agency, period))


def _overview(period: Period) -> str:
    return reverse("performance_reporting:overview") + f"?periode={period.pk}"


@login_required
@require_POST
def period_lock_view(request: HttpRequest, period_pk: int) -> HttpResponse:
    period = get_object_or_404(Period, pk=period_pk, quarter__isnull=False)
    require_perm(request, "performance.lock_period")
    form = PeriodLockForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return redirect(_overview(period))
    try:
        count = closing.period_lock(actor=request.user, period=period,
                                    note=form.cleaned_data["note"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(n)s laporan terverifikasi dikunci.") % {"n": count})
    return redirect(_overview(period))


@login_required
def period_close_view(request: HttpRequest, period_pk: int) -> HttpResponse:
    """The one page that closes a period: what stays unfinished, a reason, a confirmation."""
    period = get_object_or_404(Period, pk=period_pk)
    require_perm(request, "performance.lock_period")
    form = PeriodCloseForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                count = closing.period_close(
                    actor=request.user, period=period, reason=form.cleaned_data["reason"],
                    confirm_unfinished=form.cleaned_data["confirm_unfinished"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if count:
                    messages.success(request, _("%(n)s laporan terverifikasi dikunci.")
                                     % {"n": count})
                messages.success(request, _("Periode %(period)s ditutup.") % {"period": period})
                return redirect(_overview(period) if period.quarter else
                                reverse("tenancy:period_list"))
        status = 400
    unfinished = unfinished_reports(period=period) if period.quarter else []
    return render(request, "performance/reporting/period_close.html", {
        "period": period, "form": form, "unfinished": unfinished,
        "unfinished_total": sum(len(g.agencies) for g in unfinished),
        "open_quarters": [] if period.quarter else open_quarters(year=period),
    }, status=status)


@login_required
@require_POST
def deadline_set_view(request: HttpRequest, period_pk: int) -> HttpResponse:
    period = get_object_or_404(Period, pk=period_pk, quarter__isnull=False)
    require_perm(request, "performance.lock_period")
    form = DeadlineForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Isi batas waktu dengan tanggal dan jam yang sah."))
        return redirect(_overview(period))
    try:
        deadline_set(actor=request.user, period=period, due_at=form.cleaned_data["due_at"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Batas waktu pelaporan %(period)s disimpan.")
                         % {"period": period})
    return redirect(_overview(period))
