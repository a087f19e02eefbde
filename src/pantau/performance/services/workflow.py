"""The quarterly report's workflow: submit → approve → verify → lock, return and reopen.

Every transition checks the state it starts from (a wrong one changes nothing and says why in
Indonesian) and writes ``performance.report.<verb>`` with the note.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.locks import PeriodLocked, ensure_editable
from pantau.performance.models import AgencyReport, Indicator, Realization, ReportStatus
from pantau.performance.services.followups import followups_from_report
from pantau.performance.services.realizations import report_get_or_create
from pantau.tenancy.models import Agency, Period, PeriodStatus
from pantau.tenancy.services.periods import period_set_status


def _wrong_state(report: AgencyReport, wanted: str) -> ValidationError:
    return ValidationError(
        _("Laporan %(opd)s berstatus %(status)s; tindakan “%(action)s” tidak dapat dilakukan.")
        % {"opd": report.agency.short_name, "status": report.get_status_display().lower(),
           "action": wanted})


def _refuse_if_closed(*, actor: Any, report: AgencyReport, attempt: str) -> None:
    period = report.period
    if period.status == PeriodStatus.CLOSED:
        with transaction.atomic():
            audit_record(actor=actor, action="performance.locked.refused", obj=report.agency,
                         note=f"{attempt}: periode {period} ditutup")
        raise PeriodLocked(_("Periode %(period)s sudah ditutup. Perubahan ditolak dan dicatat.")
                           % {"period": period})


def _move(*, actor: Any, report: AgencyReport, status: str, verb: str, note: str = "",
          extra: dict[str, Any] | None = None) -> AgencyReport:
    before = report.status
    report.status = status
    for field, value in (extra or {}).items():
        setattr(report, field, value)
    report.save()
    changes: dict[str, Any] = {"status": [before, status]}
    audit_record(actor=actor, action=f"performance.report.{verb}", obj=report, changes=changes,
                 note=note)
    return report


def missing_indicators(*, agency: Agency, period: Period) -> list[Indicator]:
    """Active indicators with neither a realization nor an explanation in the obstacles."""
    explained = set(Realization.objects.filter(period=period, indicator__agency=agency)
                    .exclude(value__isnull=True, obstacles="")
                    .values_list("indicator_id", flat=True))
    return [i for i in Indicator.objects.filter(agency=agency, is_active=True)
            if i.pk not in explained]


def report_submit(*, actor: Any, agency: Agency, period: Period, note: str = "") -> AgencyReport:
    ensure_editable(actor=actor, agency=agency, period=period, attempt=_("ajukan laporan"))
    missing = missing_indicators(agency=agency, period=period)
    if missing:
        raise ValidationError(
            _("Laporan belum lengkap: %(n)s indikator belum diisi realisasinya dan belum diberi "
              "penjelasan di kolom faktor penghambat (mis. “belum ada data”), antara lain "
              "%(names)s.") % {"n": len(missing),
                               "names": "; ".join(i.code or i.name for i in missing[:5])})
    with transaction.atomic():
        report = report_get_or_create(agency=agency, period=period)
        report = AgencyReport.objects.select_for_update().get(pk=report.pk)
        if report.status not in (ReportStatus.DRAFT, ReportStatus.RETURNED):
            raise _wrong_state(report, _("ajukan"))
        now = timezone.now()
        # Timeliness counts the first submission: a report returned for fixes is not late.
        extra = {"submitted_by": actor, "submitted_at": report.submitted_at or now,
                 "return_note": ""}
        _move(actor=actor, report=report, status=ReportStatus.SUBMITTED, verb="submitted",
              note=note, extra=extra)
        created = followups_from_report(agency=agency, period=period)
        if created:
            audit_record(actor=actor, action="performance.followup.created", obj=report,
                         changes=created)
    return report


def _transition(*, actor: Any, report: AgencyReport, allowed: tuple[str, ...], status: str,
                verb: str, label: str, note: str = "",
                extra: dict[str, Any] | None = None) -> AgencyReport:
    _refuse_if_closed(actor=actor, report=report, attempt=label)
    with transaction.atomic():
        locked = AgencyReport.objects.select_for_update().select_related("agency", "period") \
            .get(pk=report.pk)
        if locked.status not in allowed:
            raise _wrong_state(locked, label)
        return _move(actor=actor, report=locked, status=status, verb=verb, note=note,
                     extra=extra)


def report_approve(*, actor: Any, report: AgencyReport, note: str = "") -> AgencyReport:
    return _transition(actor=actor, report=report, allowed=(ReportStatus.SUBMITTED,),
                       status=ReportStatus.APPROVED, verb="approved", label=_("setujui"),
                       note=note, extra={"approved_at": timezone.now(), "approved_by": actor})


def _return(*, actor: Any, report: AgencyReport, note: str, allowed: tuple[str, ...],
            verb: str, label: str) -> AgencyReport:
    """Back to the OPD with a required note, shown on the form; the report is editable again."""
    if not note.strip():
        raise ValidationError(_("Tuliskan catatan pengembalian: apa yang harus diperbaiki."))
    return _transition(actor=actor, report=report, allowed=allowed, status=ReportStatus.RETURNED,
                       verb=verb, label=label, note=note, extra={"return_note": note.strip()})


def report_return(*, actor: Any, report: AgencyReport, note: str) -> AgencyReport:
    """The evaluator sends a submitted or approved report back to the OPD."""
    return _return(actor=actor, report=report, note=note,
                   allowed=(ReportStatus.SUBMITTED, ReportStatus.APPROVED), verb="returned",
                   label=_("kembalikan"))


# Written literally so the audit label check finds it (tests/audit).
RETURNED_TO_OPERATOR = "performance.report.returned_to_operator"


def report_return_to_operator(*, actor: Any, report: AgencyReport, note: str) -> AgencyReport:
    """The OPD head sends a submitted report back to the operator instead of approving it."""
    return _return(actor=actor, report=report, note=note, allowed=(ReportStatus.SUBMITTED,),
                   verb=RETURNED_TO_OPERATOR.rsplit(".", 1)[1],
                   label=_("kembalikan ke operator"))


def report_verify(*, actor: Any, report: AgencyReport, note: str = "") -> AgencyReport:
    return _transition(actor=actor, report=report, allowed=(ReportStatus.APPROVED,),
                       status=ReportStatus.VERIFIED, verb="verified", label=_("verifikasi"),
                       note=note, extra={"verified_at": timezone.now(), "verified_by": actor})


def report_reopen(*, actor: Any, report: AgencyReport, reason: str) -> AgencyReport:
    """Locked or verified data becomes editable again: report RETURNED, period re-opened."""
    if not reason.strip():
        raise ValidationError(_("Tuliskan alasan membuka kembali laporan ini."))
    with transaction.atomic():
        locked = AgencyReport.objects.select_for_update().select_related("agency", "period") \
            .get(pk=report.pk)
        if locked.status not in (ReportStatus.VERIFIED, ReportStatus.LOCKED):
            raise _wrong_state(locked, _("buka kembali"))
        if locked.period.status == PeriodStatus.CLOSED:
            period_set_status(actor=actor, period=locked.period, status=PeriodStatus.OPEN,
                              reason=reason)
        return _move(actor=actor, report=locked, status=ReportStatus.RETURNED, verb="reopened",
                     note=reason, extra={"return_note": reason.strip(), "locked_at": None})


# Reports not verified yet, in workflow order; an OPD without a report row is a draft.
UNFINISHED_STATUSES = (ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.SUBMITTED,
                       ReportStatus.APPROVED)


@dataclass(frozen=True)
class UnfinishedGroup:
    status: str
    label: str
    agencies: list[Agency]


def unfinished_reports(*, period: Period) -> list[UnfinishedGroup]:
    """Active OPDs whose report of the quarter is not verified yet, grouped by state."""
    statuses = dict(AgencyReport.objects.filter(period=period)
                    .values_list("agency_id", "status"))
    groups: dict[str, list[Agency]] = {status: [] for status in UNFINISHED_STATUSES}
    for agency in Agency.objects.filter(region_id=period.region_id, is_active=True) \
            .order_by("name"):
        status = statuses.get(agency.pk, ReportStatus.DRAFT)
        if status in groups:
            groups[status].append(agency)
    return [UnfinishedGroup(status=status, label=str(ReportStatus(status).label),
                            agencies=agencies)
            for status, agencies in groups.items() if agencies]


def unfinished_summary(groups: list[UnfinishedGroup], names: int = 10) -> str:
    """“Draf: 2 (Dinkes, Disdik); Diajukan: 1 (Dinsos)”, at most ``names`` OPDs per state."""
    parts = []
    for group in groups:
        shown = ", ".join(a.short_name or a.name for a in group.agencies[:names])
        more = len(group.agencies) - names
        if more > 0:
            shown += " " + _("dan %(n)s lainnya") % {"n": more}
        parts.append(f"{group.label}: {len(group.agencies)} ({shown})")
    return "; ".join(parts)


def period_lock(*, actor: Any, period: Period, close_period: bool = False, note: str = "",
                confirm_unfinished: bool = False) -> int:
    """Locks every verified report of the quarter; optionally closes the period as a whole.

    Closing the period refuses every change of every OPD for that quarter (locks.lock_reason),
    whatever the state of its report: a report not verified yet would be stranded as it is, so
    closing then needs ``confirm_unfinished``. Returns the number of reports locked.
    """
    if period.quarter is None:
        raise ValidationError(_("Penguncian dilakukan per triwulan."))
    with transaction.atomic():
        closing = close_period and period.status != PeriodStatus.CLOSED
        unfinished = unfinished_reports(period=period) if closing else []
        if unfinished and not confirm_unfinished:
            raise ValidationError(
                _("Periode %(period)s tidak ditutup: %(n)s laporan OPD belum terverifikasi "
                  "(%(summary)s). Bila periode ditutup, laporan ini terkunci apa adanya dan "
                  "tidak dapat diproses siapa pun sampai periode dibuka kembali. Centang "
                  "konfirmasi bila Anda tetap ingin menutup periode.")
                % {"period": period, "summary": unfinished_summary(unfinished),
                   "n": sum(len(g.agencies) for g in unfinished)})
        now = timezone.now()
        reports = list(AgencyReport.objects.select_for_update().select_related("agency", "period")
                       .filter(period=period, status=ReportStatus.VERIFIED))
        for report in reports:
            _move(actor=actor, report=report, status=ReportStatus.LOCKED, verb="locked",
                  note=note, extra={"locked_at": now})
        if closing:
            reason = note or _("kunci periode")
            if unfinished:
                # The trail keeps which reports were knowingly closed unverified.
                reason += " — " + _("ditutup dengan laporan belum terverifikasi: %(summary)s") \
                    % {"summary": unfinished_summary(unfinished, names=100)}
            period_set_status(actor=actor, period=period, status=PeriodStatus.CLOSED,
                              reason=reason)
        elif not reports:
            raise ValidationError(_("Tidak ada laporan terverifikasi untuk dikunci pada periode "
                                    "ini."))
    return len(reports)
