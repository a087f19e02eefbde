"""Closing a period and locking a quarter's verified reports.

``period_close`` is the one path to a closed period (the Periode page and the quarterly
overview both lead to its page): closing refuses every change of every OPD for that period
(locks.lock_reason; a closed year also locks its targets), so it needs a reason, and, when
reports are not verified yet (for a year: quarters still open), the user's confirmation that
they will stay as they are. Both are checked here, not only in the form.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.performance.models import AgencyReport, ReportStatus
from pantau.performance.selectors.closing import (
    open_quarters,
    unfinished_reports,
    unfinished_summary,
)
from pantau.performance.services.workflow import move_report
from pantau.tenancy.models import Period, PeriodStatus
from pantau.tenancy.services.periods import period_mark_closed
from pantau.tenancy.validation import period_reason_clean


def _lock_verified(*, actor: Any, period: Period, note: str) -> int:
    now = timezone.now()
    reports = list(AgencyReport.objects.select_for_update().select_related("agency", "period")
                   .filter(period=period, status=ReportStatus.VERIFIED))
    for report in reports:
        move_report(actor=actor, report=report, status=ReportStatus.LOCKED, verb="locked",
                    note=note, extra={"locked_at": now})
    return len(reports)


def period_lock(*, actor: Any, period: Period, note: str = "") -> int:
    """Locks every verified report of the quarter; the period stays open (closing it is
    ``period_close``). Returns the number of reports locked."""
    if period.quarter is None:
        raise ValidationError(_("Penguncian dilakukan per triwulan."))
    with transaction.atomic():
        count = _lock_verified(actor=actor, period=period, note=note)
        if not count:
            raise ValidationError(_("Tidak ada laporan terverifikasi untuk dikunci pada periode "
                                    "ini."))
    return count


def period_close(*, actor: Any, period: Period, reason: str,
                 confirm_unfinished: bool = False) -> int:
    """Closes the period (and, for a quarter, locks its verified reports).

    Refused, changing nothing, without a reason, or when reports are not verified yet (a year:
    quarters still open) and ``confirm_unfinished`` is not given. The audit note keeps the
    reason and what was knowingly closed unfinished. Returns the number of reports locked.
    """
    with transaction.atomic():
        period = Period.objects.select_for_update().get(pk=period.pk)
        if period.status == PeriodStatus.CLOSED:
            raise ValidationError(_("Periode %(period)s sudah ditutup.") % {"period": period})
        reason = period_reason_clean(period=period, reason=reason, closing=True)
        if period.quarter is None:
            details = _closing_a_year(period=period, confirm=confirm_unfinished)
            count = 0
        else:
            details = _closing_a_quarter(period=period, confirm=confirm_unfinished)
            count = _lock_verified(actor=actor, period=period, note=reason)
        period_mark_closed(actor=actor, period=period, reason=reason, details=details)
    return count


def _closing_a_quarter(*, period: Period, confirm: bool) -> str:
    unfinished = unfinished_reports(period=period)
    if not unfinished:
        return ""
    if not confirm:
        raise ValidationError(
            _("Periode %(period)s tidak ditutup: %(n)s laporan OPD belum terverifikasi "
              "(%(summary)s). Bila periode ditutup, laporan ini terkunci apa adanya dan "
              "tidak dapat diproses siapa pun sampai periode dibuka kembali. Centang "
              "konfirmasi bila Anda tetap ingin menutup periode.")
            % {"period": period, "summary": unfinished_summary(unfinished),
               "n": sum(len(g.agencies) for g in unfinished)})
    # The trail keeps which reports were knowingly closed unverified.
    return _("ditutup dengan laporan belum terverifikasi: %(summary)s") % {
        "summary": unfinished_summary(unfinished, names=100)}


def _closing_a_year(*, period: Period, confirm: bool) -> str:
    quarters = ", ".join(str(q) for q in open_quarters(year=period))
    if not quarters:
        return ""
    if not confirm:
        raise ValidationError(
            _("Periode %(period)s tidak ditutup: triwulan %(quarters)s masih terbuka. Bila "
              "tahun ditutup, target tahun itu (tahunan dan triwulan) tidak dapat diubah lagi. "
              "Centang konfirmasi bila Anda tetap ingin menutup tahun ini.")
            % {"period": period, "quarters": quarters})
    return _("ditutup dengan triwulan masih terbuka: %(quarters)s") % {"quarters": quarters}
