"""The one place that decides whether an OPD's data of a period may still change.

Every path that writes performance data (forms, XLSX imports, an API) calls ``ensure_editable``
before it opens its transaction; a refused attempt on locked data is audited.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.models import AgencyReport, ReportStatus
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


def ensure_editable(*, actor: Any, agency: Agency, period: Period, attempt: str) -> None:
    """Raise PeriodLocked (audited) or ReportInReview when the OPD's data may not change.

    ``attempt`` names what was tried, e.g. "realisasi" or "impor realisasi", for the audit trail.
    """
    reason = lock_reason(agency=agency, period=period)
    if reason is not None:
        with transaction.atomic():
            audit_record(actor=actor, action="performance.locked.refused", obj=agency,
                         note=f"{attempt}: {reason}")
        raise PeriodLocked(reason + " " + _("Perubahan ditolak dan dicatat."))
    report = report_for(agency=agency, period=period)
    if report is not None and not report.is_editable:
        raise ReportInReview(
            _("Laporan %(agency)s periode %(period)s sedang %(status)s; data tidak dapat diubah "
              "sampai laporan dikembalikan.") % {
                "agency": agency.short_name, "period": period,
                "status": report.get_status_display().lower()}
        )
