"""The quarterly report's workflow: submit → approve → verify → lock, return and reopen.

Every transition takes the same keyword-only arguments, ``(*, actor, agency, period, note="")``:
the report is named by its OPD and quarter (submitting creates it when the OPD never saved a
draft). Each checks the state it starts from (a wrong one changes nothing and says why in
Indonesian) and writes ``performance.report.<verb>`` with the note; the ones that need a note
(return, approve on behalf, reopen) refuse an empty one.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.locks import ensure_editable, ensure_period_open
from pantau.performance.models import AgencyReport, Indicator, Realization, ReportStatus
from pantau.performance.selectors.heads import agency_has_head
from pantau.performance.services.followups import _followups_from_report
from pantau.performance.services.realizations import _report_get_or_create
from pantau.tenancy.models import Agency, Period, PeriodStatus
from pantau.tenancy.services.periods import period_reopen


def _wrong_state(report: AgencyReport, wanted: str) -> ValidationError:
    return ValidationError(
        _("Laporan %(opd)s berstatus %(status)s; tindakan “%(action)s” tidak dapat dilakukan.")
        % {"opd": report.agency.short_name, "status": report.get_status_display().lower(),
           "action": wanted})


def move_report(*, actor: Any, report: AgencyReport, status: str, verb: str, note: str = "",
                extra: dict[str, Any] | None = None) -> AgencyReport:
    """One step of the workflow inside the caller's transaction, audited with the note."""
    before = report.status
    report.status = status
    for field, value in (extra or {}).items():
        setattr(report, field, value)
    report.save()
    changes: dict[str, Any] = {"status": [before, status]}
    audit_record(actor=actor, action=f"performance.report.{verb}", obj=report, changes=changes,
                 note=note)
    return report


def _report_of(*, agency: Agency, period: Period) -> AgencyReport:
    report = (AgencyReport.objects.filter(agency=agency, period=period)
              .select_related("agency", "period").first())
    if report is None:
        raise ValidationError(_("Laporan OPD ini untuk periode ini belum dibuat."))
    return report


def _missing_indicators(*, agency: Agency, period: Period) -> list[Indicator]:
    """Active indicators with neither a realization nor an explanation in the obstacles."""
    explained = set(Realization.objects.filter(period=period, indicator__agency=agency)
                    .exclude(value__isnull=True, obstacles="")
                    .values_list("indicator_id", flat=True))
    return [i for i in Indicator.objects.filter(agency=agency, is_active=True)
            if i.pk not in explained]


def report_submit(*, actor: Any, agency: Agency, period: Period, note: str = "") -> AgencyReport:
    ensure_editable(actor=actor, agency=agency, period=period, attempt=_("ajukan laporan"))
    missing = _missing_indicators(agency=agency, period=period)
    if missing:
        raise ValidationError(
            _("Laporan belum lengkap: %(n)s indikator belum diisi realisasinya dan belum diberi "
              "penjelasan di kolom faktor penghambat (mis. “belum ada data”), antara lain "
              "%(names)s.") % {"n": len(missing),
                               "names": "; ".join(i.code or i.name for i in missing[:5])})
    with transaction.atomic():
        report = _report_get_or_create(agency=agency, period=period)
        report = AgencyReport.objects.select_for_update().get(pk=report.pk)
        if report.status not in (ReportStatus.DRAFT, ReportStatus.RETURNED):
            raise _wrong_state(report, _("ajukan"))
        now = timezone.now()
        # Timeliness counts the first submission: a report returned for fixes is not late.
        extra = {"submitted_by": actor, "submitted_at": report.submitted_at or now,
                 "return_note": ""}
        move_report(actor=actor, report=report, status=ReportStatus.SUBMITTED,
                    verb="submitted", note=note, extra=extra)
        created = _followups_from_report(agency=agency, period=period)
        if created:
            audit_record(actor=actor, action="performance.followup.created", obj=report,
                         changes=created)
    return report


def _transition(*, actor: Any, report: AgencyReport, allowed: tuple[str, ...], status: str,
                verb: str, label: str, note: str = "",
                extra: dict[str, Any] | None = None) -> AgencyReport:
    ensure_period_open(actor=actor, period=report.period, obj=report.agency, attempt=label)
    with transaction.atomic():
        locked = AgencyReport.objects.select_for_update().select_related("agency", "period") \
            .get(pk=report.pk)
        if locked.status not in allowed:
            raise _wrong_state(locked, label)
        return move_report(actor=actor, report=locked, status=status, verb=verb, note=note,
                           extra=extra)


def report_approve(*, actor: Any, agency: Agency, period: Period, note: str = "") -> AgencyReport:
    report = _report_of(agency=agency, period=period)
    return _transition(actor=actor, report=report, allowed=(ReportStatus.SUBMITTED,),
                       status=ReportStatus.APPROVED, verb="approved", label=_("setujui"),
                       note=note, extra={"approved_at": timezone.now(), "approved_by": actor})


# Written literally so the audit label check finds it (tests/audit).
APPROVED_ON_BEHALF = "performance.report.approved_on_behalf"


def report_approve_on_behalf(*, actor: Any, agency: Agency, period: Period, note: str = ""
                             ) -> AgencyReport:
    """The back office approves for an OPD that has no Kepala OPD account, saying on what basis
    (e.g. the head's signed memo); otherwise the report would wait at "Diajukan" for nobody."""
    report = _report_of(agency=agency, period=period)
    if not note.strip():
        raise ValidationError(_("Tuliskan catatan persetujuan atas nama kepala OPD: dasar "
                                "persetujuannya (mis. nota dinas kepala OPD)."))
    if agency_has_head(report.agency):
        raise ValidationError(_("%(opd)s memiliki akun Kepala OPD aktif; laporan disetujui oleh "
                                "kepala OPD sendiri.") % {"opd": report.agency.short_name})
    return _transition(actor=actor, report=report, allowed=(ReportStatus.SUBMITTED,),
                       status=ReportStatus.APPROVED,
                       verb=APPROVED_ON_BEHALF.rsplit(".", 1)[1],
                       label=_("setujui atas nama kepala OPD"), note=note.strip(),
                       extra={"approved_at": timezone.now(), "approved_by": actor})


def _return(*, actor: Any, report: AgencyReport, note: str, allowed: tuple[str, ...],
            verb: str, label: str) -> AgencyReport:
    """Back to the OPD with a required note, shown on the form; the report is editable again."""
    if not note.strip():
        raise ValidationError(_("Tuliskan catatan pengembalian: apa yang harus diperbaiki."))
    return _transition(actor=actor, report=report, allowed=allowed, status=ReportStatus.RETURNED,
                       verb=verb, label=label, note=note, extra={"return_note": note.strip()})


def report_return(*, actor: Any, agency: Agency, period: Period, note: str = "") -> AgencyReport:
    """The evaluator sends a submitted or approved report back to the OPD."""
    return _return(actor=actor, report=_report_of(agency=agency, period=period), note=note,
                   allowed=(ReportStatus.SUBMITTED, ReportStatus.APPROVED), verb="returned",
                   label=_("kembalikan"))


# Written literally so the audit label check finds it (tests/audit).
RETURNED_TO_OPERATOR = "performance.report.returned_to_operator"


def report_return_to_operator(*, actor: Any, agency: Agency, period: Period, note: str = ""
                              ) -> AgencyReport:
    """The OPD head sends a submitted report back to the operator instead of approving it."""
    return _return(actor=actor, report=_report_of(agency=agency, period=period), note=note,
                   allowed=(ReportStatus.SUBMITTED,), verb=RETURNED_TO_OPERATOR.rsplit(".", 1)[1],
                   label=_("kembalikan ke operator"))


def report_verify(*, actor: Any, agency: Agency, period: Period, note: str = "") -> AgencyReport:
    report = _report_of(agency=agency, period=period)
    return _transition(actor=actor, report=report, allowed=(ReportStatus.APPROVED,),
                       status=ReportStatus.VERIFIED, verb="verified", label=_("verifikasi"),
                       note=note, extra={"verified_at": timezone.now(), "verified_by": actor})


def report_reopen(*, actor: Any, agency: Agency, period: Period, note: str = "") -> AgencyReport:
    """Locked or verified data becomes editable again: report RETURNED, period re-opened.
    ``note`` is the reason, required."""
    report = _report_of(agency=agency, period=period)
    if not note.strip():
        raise ValidationError(_("Tuliskan alasan membuka kembali laporan ini."))
    with transaction.atomic():
        locked = AgencyReport.objects.select_for_update().select_related("agency", "period") \
            .get(pk=report.pk)
        if locked.status not in (ReportStatus.VERIFIED, ReportStatus.LOCKED):
            raise _wrong_state(locked, _("buka kembali"))
        if locked.period.status == PeriodStatus.CLOSED:
            period_reopen(actor=actor, period=locked.period, reason=note)
        return move_report(actor=actor, report=locked, status=ReportStatus.RETURNED,
                           verb="reopened", note=note,
                           extra={"return_note": note.strip(), "locked_at": None})
