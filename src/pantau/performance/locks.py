"""The one place that decides whether an OPD's data of a period may still change.

Every path that writes performance data (forms, XLSX imports, the API) calls an ``ensure_*``
check here before it opens its transaction; a refused attempt on locked data is audited by
``refuse_locked``, the one refuse-and-audit step. Pages ask the same rules for what to show
read-only (``realization_editability``, ``locked_target_cells``), so a page never offers what the
service would refuse.
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NoReturn

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.dates import sentence_date
from pantau.performance.models import AgencyReport, Indicator, Realization, ReportStatus
from pantau.tenancy.models import Agency, Period, PeriodStatus

Cell = tuple[int, int | None]  # a target's (year, quarter or None for the annual target)
QUARTER_NAMES = {1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV"}
_FINAL = (ReportStatus.VERIFIED, ReportStatus.LOCKED)


class PeriodLocked(ValidationError):
    """The data is locked (period closed or report verified/locked): nothing may change."""


class ReportInReview(ValidationError):
    """The report was submitted: the OPD must wait, or ask for it to be returned."""


def report_for(*, agency: Agency, period: Period) -> AgencyReport | None:
    return AgencyReport.objects.filter(agency=agency, period=period).first()


# --- the reasons, worded once -------------------------------------------------------------------

def _locked_reason(agency: Agency, period: Period, report: AgencyReport | None) -> str | None:
    if period.status == PeriodStatus.CLOSED:
        return _("Periode %(period)s sudah ditutup.") % {"period": period}
    if report is not None and report.status in _FINAL:
        return _("Laporan %(agency)s periode %(period)s sudah %(status)s.") % {
            "agency": agency.short_name, "period": period,
            "status": report.get_status_display().lower()}
    return None


def _in_review_reason(agency: Agency, period: Period, report: AgencyReport | None) -> str | None:
    if report is None or report.is_editable:
        return None
    return _("Laporan %(agency)s periode %(period)s sedang %(status)s; data tidak dapat diubah "
             "sampai laporan dikembalikan.") % {
        "agency": agency.short_name, "period": period,
        "status": report.get_status_display().lower()}


def _year_closed_reason(year: int) -> str:
    return _("Tahun %(year)s sudah ditutup; target tahun itu tidak dapat diubah.") % {"year": year}


def cell_label(cell: Cell) -> str:
    """A target cell as the grid, the audit trail and the refusals name it: "2026 TW II"."""
    year, quarter = cell
    return f"{year} {QUARTER_NAMES[quarter]}" if quarter else str(year)


def lock_reason(*, agency: Agency, period: Period) -> str | None:
    """Why this OPD's data of this period cannot change (closed, or report verified/locked),
    or None when it can."""
    return _locked_reason(agency, period, report_for(agency=agency, period=period))


def quarter_first_day(period: Period) -> datetime.date:
    """1 January, 1 April, 1 July or 1 October of the period's year (1 January for a year)."""
    return datetime.date(period.year, ((period.quarter or 1) - 1) * 3 + 1, 1)


def quarter_not_started(*, period: Period) -> str | None:
    """Why realization of this quarter cannot be entered yet, or None once it has begun.

    A quarter may be reported from its first day in the Pemda's own time zone (1 October 00:00
    WIT is still 30 September in Jakarta): operators record progress while the quarter runs, and
    the report is due after it ends. A quarter that has not started has no realization yet, so
    any value for it is a typo or a guess.
    """
    start = quarter_first_day(period)
    today = timezone.localdate(timezone=zoneinfo.ZoneInfo(period.region.timezone))
    if today >= start:
        return None
    return _("%(period)s belum dimulai (mulai %(start)s); realisasinya belum dapat diisi.") % {
        "period": period, "start": sentence_date(start)}


# --- what a page may offer ----------------------------------------------------------------------

@dataclass(frozen=True)
class Editability:
    """May this user change this OPD's realization of this quarter, and if not, why. The form
    and the API both read it, so neither offers what ``report_draft_save`` would refuse."""

    report: AgencyReport | None
    locked: str | None  # period closed, or report verified/locked
    not_started: str | None  # the quarter has not begun
    in_review: str | None  # submitted or approved: waits until it is returned
    permitted: bool  # the user may enter this OPD's realization at all

    @property
    def editable(self) -> bool:
        return self.permitted and self.reason is None

    @property
    def reason(self) -> str | None:
        """The first reason the data cannot change, in Indonesian; None when it can."""
        return self.locked or self.not_started or self.in_review


def realization_editability(*, user: Any, agency: Agency, period: Period) -> Editability:
    report = report_for(agency=agency, period=period)
    return Editability(
        report=report, locked=_locked_reason(agency, period, report),
        not_started=quarter_not_started(period=period),
        in_review=_in_review_reason(agency, period, report),
        permitted=user.has_perm("performance.enter_realization", agency))


def locked_target_cells(*, indicator: Indicator, years: Iterable[int]) -> dict[Cell, str]:
    """{(year, quarter or None): why it cannot change} for the target grid, so a locked cell is
    shown read-only before the user types (``ensure_target_cells_editable`` still refuses, and
    audits, a change that reaches the service): a closed year locks its whole row; a quarter is
    locked when closed or when the OPD's report of it is verified, locked or in review."""
    periods = list(Period.objects.filter(region_id=indicator.region_id, year__in=list(years)))
    reports = {r.period_id: r for r in AgencyReport.objects.filter(
        agency_id=indicator.agency_id, period__in=[p.pk for p in periods])}
    locked: dict[Cell, str] = {}
    for period in sorted(periods, key=lambda p: (p.year, p.quarter or 0)):
        if period.quarter is None:
            if period.status == PeriodStatus.CLOSED:
                for quarter in (None, 1, 2, 3, 4):
                    locked[(period.year, quarter)] = _year_closed_reason(period.year)
            continue
        report = reports.get(period.pk)
        reason = (_locked_reason(indicator.agency, period, report)
                  or _in_review_reason(indicator.agency, period, report))
        if reason is not None:
            locked.setdefault((period.year, period.quarter), reason)
    return locked


# --- the checks every writer calls before its transaction ---------------------------------------

def refuse_locked(*, actor: Any, obj: Any, attempt: str, reason: str,
                  advice: str = "") -> NoReturn:
    """The one refusal of a change to locked data: audited on ``obj`` (in its own transaction,
    so the record survives the caller's rollback), then PeriodLocked with the reason."""
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
    report = report_for(agency=agency, period=period)
    reason = _locked_reason(agency, period, report)
    if reason is not None:
        refuse_locked(actor=actor, obj=agency, attempt=attempt, reason=reason)
    in_review = _in_review_reason(agency, period, report)
    if in_review is not None:
        raise ReportInReview(in_review)


def ensure_quarter_started(*, period: Period) -> None:
    """Refuse realization of a quarter that has not begun yet (every writer comes here: form,
    XLSX import, API, evidence)."""
    reason = quarter_not_started(period=period)
    if reason is not None:
        raise ValidationError(reason + " " + _("Tidak ada yang disimpan."))


def ensure_year_open(*, actor: Any, obj: Any, year: int, attempt: str = "target") -> None:
    """Raise PeriodLocked (audited on ``obj``) when the year is closed: its targets are fixed."""
    closed = Period.objects.filter(region_id=obj.region_id, year=year, quarter=None,
                                   status=PeriodStatus.CLOSED).exists()
    if closed:
        refuse_locked(actor=actor, obj=obj, attempt=attempt, reason=_year_closed_reason(year))


def ensure_quarters_editable(*, actor: Any, agency: Agency, cells: set[Cell],
                             attempt: str) -> None:
    """Quarterly targets of a quarter whose report is verified/locked (or in review) are refused."""
    quarters = {cell for cell in cells if cell[1] is not None}
    if not quarters:
        return
    periods = Period.objects.filter(region_id=agency.region_id, quarter__isnull=False,
                                    year__in={year for year, _q in quarters})
    for period in periods:
        if (period.year, period.quarter) in quarters:
            ensure_editable(actor=actor, agency=agency, period=period,
                            attempt=f"{attempt} {cell_label((period.year, period.quarter))}")


def ensure_target_cells_editable(*, actor: Any, indicator: Indicator, cells: list[Cell]) -> None:
    """The target grid and the revision: every changed cell's year open, its quarter unlocked."""
    for year in sorted({year for year, _quarter in cells}):
        ensure_year_open(actor=actor, obj=indicator, year=year)
    ensure_quarters_editable(actor=actor, agency=indicator.agency, cells=set(cells),
                             attempt="target")


# --- plan changes that would alter a locked capaian ---------------------------------------------

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
        period__in=rows.values("period"), status__in=_FINAL,
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
