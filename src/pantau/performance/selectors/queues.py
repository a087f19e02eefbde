"""What waits for the back office: reports to verify and OPDs without a Kepala OPD.

Counted for the home page; the quarterly overview's filters (``?status=``, ``?tanpa_kepala=1``)
show the very rows these figures count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Count, QuerySet

from pantau.performance.models import AgencyReport, ReportStatus
from pantau.performance.selectors.heads import agency_ids_with_head
from pantau.performance.selectors.reporting import AgencyRate, ReportingRates
from pantau.tenancy.models import Agency, Period, PeriodStatus


@dataclass(frozen=True)
class PeriodCount:
    period: Period
    count: int


def reports_waiting_verification() -> list[PeriodCount]:
    """Reports approved by their Kepala OPD and not verified yet, per quarter still open (a
    closed quarter's reports are locked), oldest quarter first."""
    counts = dict(
        AgencyReport.objects.filter(status=ReportStatus.APPROVED, agency__is_active=True)
        .exclude(period__status=PeriodStatus.CLOSED)
        .values_list("period_id").annotate(n=Count("id")).values_list("period_id", "n"))
    periods = Period.objects.filter(pk__in=counts).order_by("year", "quarter")
    return [PeriodCount(period=period, count=counts[period.pk]) for period in periods]


def agencies_without_head() -> QuerySet[Agency]:
    """Active OPDs with no Kepala OPD account: their submitted reports wait for nobody."""
    return Agency.objects.filter(is_active=True).exclude(pk__in=agency_ids_with_head())


@dataclass(frozen=True)
class RowFilter:
    """The overview's optional narrowing, read from its query string."""

    status: str = ""
    without_head: bool = False

    @classmethod
    def of(cls, params: Mapping[str, str]) -> RowFilter:
        status = params.get("status", "")
        return cls(status=status if status in ReportStatus.values else "",
                   without_head=params.get("tanpa_kepala") == "1")

    @property
    def active(self) -> bool:
        return bool(self.status or self.without_head)

    @property
    def status_label(self) -> str:
        return str(ReportStatus(self.status).label) if self.status else ""

    def rows(self, rates: ReportingRates | None) -> list[AgencyRate]:
        """The rows shown; the figures above the table stay those of every OPD."""
        rows = rates.rows if rates is not None else []
        if self.status:
            rows = [row for row in rows if row.status == self.status]
        if self.without_head:
            rows = [row for row in rows if not row.has_head]
        return rows
