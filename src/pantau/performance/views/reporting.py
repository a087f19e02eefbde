"""Quarterly reporting pages: the overview (reporting rates), the OPD's form, evidence, import."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.dates import sentence_date
from pantau.pages.access import require_perm
from pantau.performance import imports_realization as importer
from pantau.performance.forms_reporting import (
    DeadlineForm,
    FollowUpForm,
    NoteForm,
    PeriodLockForm,
    UploadForm,
    report_form_parse,
)
from pantau.performance.locks import (
    PeriodLocked,
    ReportInReview,
    ensure_editable,
    lock_reason,
    realization_editability,
)
from pantau.performance.models import Evidence, Indicator, ReportStatus
from pantau.performance.selectors import reporting as sel
from pantau.performance.selectors.closing import unfinished_reports
from pantau.performance.selectors.queues import RowFilter
from pantau.performance.services.evidence import evidence_add, evidence_remove
from pantau.performance.services.realizations import report_draft_save
from pantau.performance.timeliness import timeliness_label
from pantau.spreadsheets.reader import ImportRejected
from pantau.spreadsheets.writer import Column, Table, xlsx_download, xlsx_response
from pantau.tenancy.models import Agency, Period, PeriodStatus
from pantau.tenancy.selectors import agency_ids_visible_to


def own_agency_id(request: HttpRequest) -> int | None:
    """The OPD an operator or head works for; None for Pemda-wide roles (every OPD)."""
    agency_ids = agency_ids_visible_to(user=request.user)
    if agency_ids is None:
        return None
    if not agency_ids:  # an OPD role whose membership names no OPD reads no OPD's data
        raise PermissionDenied
    return agency_ids[0]


def get_report_scope(request: HttpRequest, agency_pk: int, period_pk: int,
                     perm: str = "performance.view_agency") -> tuple[Agency, Period]:
    agency = get_object_or_404(Agency, pk=agency_pk)
    period = get_object_or_404(Period, pk=period_pk, quarter__isnull=False)
    require_perm(request, perm, agency)
    return agency, period


def form_url(agency: Agency, period: Period) -> str:
    from django.urls import reverse

    return reverse("performance_reporting:report_form", args=[agency.pk, period.pk])


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    require_perm(request, "performance.view_any")
    periods = list(sel.quarter_periods())
    chosen = request.GET.get("periode", "")
    period = next((p for p in periods if str(p.pk) == chosen), None) or sel.default_quarter()
    own = own_agency_id(request)
    rates = None
    if period is not None:
        agency = get_object_or_404(Agency, pk=own) if own else None
        rates = sel.reporting_rates(period=period, agency=agency)
    row_filter = RowFilter.of(request.GET)
    can_manage = request.user.has_perm("performance.lock_period")
    # Shown before closing: which reports would be locked as they are.
    unfinished = (unfinished_reports(period=period) if can_manage and period is not None
                  and period.status != PeriodStatus.CLOSED else [])
    return render(request, "performance/reporting/overview.html", {
        "periods": periods, "period": period, "rates": rates, "own_agency_id": own,
        "can_manage": can_manage,
        # Approved reports get a tick box: several are verified in one go (each audited).
        "can_verify": (period is not None and rates is not None
                       and period.status != PeriodStatus.CLOSED
                       and request.user.has_perm("performance.verify_report")
                       and any(r.status == ReportStatus.APPROVED for r in rates.rows)),
        "deadline_form": DeadlineForm(initial={"due_at": rates.deadline.due_at}
                                      if rates and rates.deadline else None),
        "lock_form": PeriodLockForm(),
        "unfinished": unfinished, "unfinished_total": sum(len(g.agencies) for g in unfinished),
        # The home page's figures link here narrowed to the rows they count.
        "row_filter": row_filter, "shown_rows": row_filter.rows(rates),
    })


def overview_table(rates: sel.ReportingRates) -> Table:
    deadline = rates.deadline
    rows = [[r.agency.name, r.status_label, r.progress.filled, r.progress.total,
             r.progress.percent,
             timezone.localtime(r.report.submitted_at) if r.report and r.report.submitted_at
             else None,
             timeliness_label(r.on_time)] for r in rates.rows]
    return Table(
        title=_("Laporan triwulan OPD %(period)s") % {"period": rates.period},
        notes=[_("Batas waktu: %(due)s") % {"due": sentence_date(deadline.due_at)}
               if deadline else _("Batas waktu belum ditetapkan.")],
        columns=[Column(_("OPD"), 45), Column(_("Status"), 20), Column(_("Indikator terisi"), 14),
                 Column(_("Indikator aktif"), 14), Column(_("Kelengkapan (%)"), 14, "0.00"),
                 Column(_("Diajukan"), 20), Column(_("Ketepatan waktu"), 14)],
        rows=rows, sheet_name=_("Laporan triwulan"))


@login_required
def overview_xlsx(request: HttpRequest, period_pk: int) -> HttpResponse:
    require_perm(request, "performance.view_any")
    period = get_object_or_404(Period, pk=period_pk, quarter__isnull=False)
    own = own_agency_id(request)
    agency = get_object_or_404(Agency, pk=own) if own else None
    rates = sel.reporting_rates(period=period, agency=agency)
    return xlsx_response(overview_table(rates),
                         filename=f"laporan-triwulan-{period.year}-tw{period.quarter}.xlsx")


def _inline_followup_form(follow_up: Any) -> FollowUpForm:
    """The follow-up's fields sit in table cells and belong to the row's form by its id; the
    column header is their visible label, ``aria-label`` names them for a screen reader."""
    form = FollowUpForm(instance=follow_up, prefix=f"fu{follow_up.pk}")
    for field in form.fields.values():
        field.widget.attrs.update({"form": f"tl-{follow_up.pk}", "class": field.widget.attrs.get(
            "class", "") + " form-control-sm", "aria-label": capfirst(field.label)})
    return form


def _form_context(request: HttpRequest, agency: Agency, period: Period) -> dict[str, Any]:
    user = request.user
    state = realization_editability(user=user, agency=agency, period=period)
    followups = sel.open_followups(agency=agency, period=period)
    return {
        "agency": agency, "period": period, "report": state.report, "lock_reason": state.locked,
        "quarter_not_started": state.not_started,
        "editable": state.editable, "groups": sel.report_form_groups(agency=agency, period=period),
        "budget_rows": sel.budget_rows(agency=agency, period=period),
        "progress": sel.report_progress(agency=agency, period=period),
        "followups": [(f, _inline_followup_form(f)) for f in followups],
        "not_started": sel.programs_not_started(agency=agency, period=period),
        "can_submit": user.has_perm("performance.submit_report", agency),
        "can_approve": user.has_perm("performance.approve_report", agency),
        "can_return_to_operator": user.has_perm("performance.return_to_operator", agency),
        "can_verify": user.has_perm("performance.verify_report", agency),
        "note_form": NoteForm(), "upload_form": UploadForm(),
    }


def _show_posted(context: dict[str, Any], raw: dict[str, str], errors: dict[str, str]) -> None:
    """Puts what was typed back into the rows, with each row's error."""
    for group in context["groups"]:
        for row in group.rows:
            pk = row.indicator.pk
            if f"value-{pk}" not in raw:  # not sent: the stored values stay on the page
                continue
            row.posted = {name: raw.get(f"{name}-{pk}", "") for name in
                          ("value", "drivers", "obstacles", "follow_up_plan")}
            row.error = errors.get(f"value-{pk}", "")
    for budget in context["budget_rows"]:
        key = f"budget-{budget.line.pk}"
        budget.posted, budget.error = raw.get(key, budget.amount_text), errors.get(key, "")


@login_required
def report_form(request: HttpRequest, agency_pk: int, period_pk: int) -> HttpResponse:
    agency, period = get_report_scope(request, agency_pk, period_pk)
    context = _form_context(request, agency, period)
    if request.method == "POST":
        require_perm(request, "performance.enter_realization", agency)
        data = report_form_parse(request.POST, context["groups"], context["budget_rows"])
        if data.is_valid:
            try:
                report_draft_save(actor=request.user, agency=agency, period=period,
                                  rows=data.rows, budget=data.budget)
            except (PeriodLocked, ReportInReview, ValidationError) as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Draf tersimpan."))
                return redirect(form_url(agency, period))
        else:
            messages.error(request, _("Ada %(n)s isian yang salah; tidak ada yang disimpan. "
                                      "Periksa baris bertanda merah.") % {"n": len(data.errors)})
        _show_posted(context, data.raw, data.errors)
        status = 400 if data.errors else 409
        return render(request, "performance/reporting/report_form.html", context, status=status)
    return render(request, "performance/reporting/report_form.html", context)


@login_required
@require_POST
def evidence_upload(request: HttpRequest, agency_pk: int, period_pk: int,
                    indicator_pk: int) -> HttpResponse:
    agency, period = get_report_scope(request, agency_pk, period_pk,
                                      "performance.enter_realization")
    indicator = get_object_or_404(Indicator, pk=indicator_pk, agency=agency)
    form = UploadForm(request.POST, request.FILES)
    message, done = _("Pilih berkas bukti dukung."), False
    if form.is_valid():
        try:
            evidence_add(actor=request.user, indicator=indicator, period=period,
                         upload=form.cleaned_data["file"])
        except ValidationError as error:
            message = _("Bukti dukung %(code)s ditolak: %(why)s") % {
                "code": indicator.code or indicator.name, "why": " ".join(error.messages)}
        else:
            message, done = _("Bukti dukung diunggah."), True
    return _evidence_answer(request, indicator, period, message, done)


def _evidence_answer(request: HttpRequest, indicator: Indicator, period: Period, message: str,
                     done: bool) -> HttpResponse:
    """htmx (the form page): the row's evidence swapped in place with the message, so nothing
    typed elsewhere on the page is lost. Otherwise back to the form with the message."""
    if request.headers.get("HX-Request") != "true":
        (messages.success if done else messages.error)(request, message)
        return redirect(form_url(indicator.agency, period) + f"#indikator-{indicator.pk}")
    agency = indicator.agency
    editable = realization_editability(user=request.user, agency=agency, period=period).editable
    # 200 also for a refusal: htmx swaps only successful answers, and the row must say why.
    return render(request, "performance/reporting/_evidence_cell.html", {
        "indicator": indicator, "editable": editable,
        "evidence": sel.indicator_evidence(indicator=indicator, period=period),
        "evidence_message": message, "evidence_ok": done})


def _get_evidence(request: HttpRequest, pk: int, perm: str) -> Evidence:
    evidence: Evidence = get_object_or_404(Evidence.objects.select_related(
        "realization__indicator__agency", "realization__period"), pk=pk, is_active=True)
    require_perm(request, perm, evidence.realization.indicator.agency)
    return evidence


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    evidence = _get_evidence(request, pk, "performance.view_agency")
    return FileResponse(evidence.file.open("rb"), as_attachment=True,
                        filename=evidence.original_name, content_type=evidence.content_type)


@login_required
@require_POST
def evidence_remove_view(request: HttpRequest, pk: int) -> HttpResponse:
    evidence = _get_evidence(request, pk, "performance.enter_realization")
    try:
        evidence_remove(actor=request.user, evidence=evidence)
    except ValidationError as error:
        message, done = " ".join(error.messages), False
    else:
        message, done = _("Bukti dukung dihapus dari laporan."), True
    return _evidence_answer(request, evidence.realization.indicator, evidence.realization.period,
                            message, done)


@login_required
def import_template(request: HttpRequest, agency_pk: int, period_pk: int) -> HttpResponse:
    agency, period = get_report_scope(request, agency_pk, period_pk,
                                      "performance.enter_realization")
    name = f"realisasi-{agency.short_name}-{period.year}-tw{period.quarter}.xlsx".lower()
    return xlsx_download(importer.template_bytes(agency=agency, period=period), filename=name)


@login_required
def import_view(request: HttpRequest, agency_pk: int, period_pk: int) -> HttpResponse:
    agency, period = get_report_scope(request, agency_pk, period_pk,
                                      "performance.enter_realization")
    form = UploadForm(request.POST or None, request.FILES or None)
    errors: list[Any] = []
    if request.method == "POST" and form.is_valid():
        try:
            # Checked before reading the file: an attempt on locked data is refused and audited.
            ensure_editable(actor=request.user, agency=agency, period=period,
                            attempt=_("impor realisasi"))
            plan = importer.realization_import_plan(
                upload=form.cleaned_data["file"], agency=agency, period=period)
            if plan.errors:
                errors = plan.errors
            elif not plan.rows:
                form.add_error("file", _("Berkas tidak berisi baris data."))
            else:
                created, updated = importer.realization_import_apply(
                    actor=request.user, agency=agency, period=period, plan=plan)
                messages.success(request, _("Impor berhasil: %(c)s realisasi baru, %(u)s diubah.")
                                 % {"c": created, "u": updated})
                return redirect(form_url(agency, period))
        except ImportRejected as rejected:
            form.add_error("file", str(rejected))
        except ValidationError as error:
            form.add_error(None, error.messages)
    status = 400 if errors or (request.method == "POST" and form.errors) else 200
    return render(request, "performance/reporting/import.html", {
        "agency": agency, "period": period, "form": form, "errors": errors,
        "lock_reason": lock_reason(agency=agency, period=period)}, status=status)

