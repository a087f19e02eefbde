"""The one place that decides whether an OPD's data of a period may still change.

Every path that writes performance data (forms, XLSX imports, an API) calls ``ensure_editable``
before it opens its transaction; a refused attempt on locked data is audited.
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.models import AgencyReport, Realization, ReportStatus
from pantau.tenancy.models import Agency, Period, PeriodStatus


class PeriodLocked(ValidationError):
    """The data is locked (period closed or report verified/locked): nothing may change."""


class ReportInReview(ValidationError):
    """The report was submitted: the OPD must wait, or ask for it to be returned."""


def report_for(*, agency: Agency, period: Period) -> AgencyReport | None:
    return AgencyReport.objects.filter(agency=agency, period=period).first()


def lock_reason(*, agency: Agency, period: Period) -> str | None:
    """Why this OPD's data of this period cannot change, or None when it can."""
    if period.status == PeriodStatus.CLOSED:
        return _("Periode %(period)s sudah ditutup.") % {"period": period}
    report = report_for(agency=agency, period=period)
    if report is not None and report.status in (ReportStatus.VERIFIED, ReportStatus.LOCKED):
        return _("Laporan %(agency)s periode %(period)s sudah %(status)s.") % {
            "agency": agency.short_name, "period": period,
            "status": report.get_status_display().lower()}
    return None


def refuse_locked(*, actor: Any, obj: Any, attempt: str, reason: str,
                  advice: str = "") -> NoReturn:
    """The one refusal of a change to locked data: audited on ``obj`` (in its own transaction,
    so the record survives the caller's rollback), then PeriodLocked with the reason.

    Call it before the service opens its transaction."""
    with transaction.atomic():
        audit_record(actor=actor, action="performance.locked.refused", obj=obj,
                     note=f"{attempt}: {reason}")
    raise PeriodLocked(" ".join(filter(None, (reason, _("Perubahan ditolak dan dicatat."),
                                              advice))))


def ensure_period_open(*, actor: Any, period: Period, obj: Any, attempt: str) -> None:
    """Raise PeriodLocked (audited on ``obj``) when the period is closed, whatever the OPD."""
    if period.status == PeriodStatus.CLOSED:
        refuse_locked(actor=actor, obj=obj, attempt=attempt,
                      reason=_("Periode %(period)s sudah ditutup.") % {"period": period})


def ensure_editable(*, actor: Any, agency: Agency, period: Period, attempt: str) -> None:
    """Raise PeriodLocked (audited) or ReportInReview when the OPD's data may not change.

    ``attempt`` names what was tried, e.g. "realisasi" or "impor realisasi", for the audit trail.
    """
    reason = lock_reason(agency=agency, period=period)
    if reason is not None:
        refuse_locked(actor=actor, obj=agency, attempt=attempt, reason=reason)
    report = report_for(agency=agency, period=period)
    if report is not None and not report.is_editable:
        raise ReportInReview(
            _("Laporan %(agency)s periode %(period)s sedang %(status)s; data tidak dapat diubah "
              "sampai laporan dikembalikan.") % {
                "agency": agency.short_name, "period": period,
                "status": report.get_status_display().lower()}
        )


# Indicator fields whose change alters a computed capaian (deactivating drops the indicator).
SCORED_INDICATOR_FIELDS = ("agency", "polarity", "is_range", "aggregation", "is_active")


def locked_realization(*, indicator_ids: list[int]) -> Realization | None:
    """A realization of these indicators in a period locked for the indicator's OPD, or None.

    Locked: the quarter is closed, or the OPD's report of that quarter is verified/locked.
    """
    if not indicator_ids:
        return None
    rows = Realization.objects.filter(indicator_id__in=indicator_ids).exclude(value=None)
    closed = Q(period__status=PeriodStatus.CLOSED)
    reports = AgencyReport.objects.filter(
        period__in=rows.values("period"), status__in=(ReportStatus.VERIFIED, ReportStatus.LOCKED),
    ).values_list("agency_id", "period_id")
    for agency_id, period_id in reports:
        closed |= Q(indicator__agency_id=agency_id, period_id=period_id)
    return (rows.filter(closed).select_related("indicator", "indicator__agency", "period")
            .order_by("period__year", "period__quarter").first())


def ensure_indicators_unlocked(*, actor: Any, indicator_ids: list[int], obj: Any,
                               attempt: str) -> None:
    """Raise PeriodLocked (audited on ``obj``) when changing these indicators would change a
    capaian already locked. Call it before the service opens its transaction."""
    found = locked_realization(indicator_ids=indicator_ids)
    if found is None:
        return
    reason = _("Indikator “%(indicator)s” sudah memiliki realisasi %(period)s yang terkunci "
               "(%(agency)s); perubahan ini akan mengubah capaian yang sudah dikunci.") % {
        "indicator": found.indicator.name, "period": found.period,
        "agency": found.indicator.agency.short_name}
    refuse_locked(actor=actor, obj=obj, attempt=attempt, reason=reason,
                  advice=_("Minta evaluator membuka kembali periode tersebut bila memang perlu."))
