"""What closing a period leaves unfinished: the OPDs whose quarterly report is not verified yet,
and the quarters of a year still open. Read by the closing page and by ``period_close``."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from pantau.performance.models import AgencyReport, ReportStatus
from pantau.tenancy.models import Agency, Period, PeriodStatus

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


def open_quarters(*, year: Period) -> list[Period]:
    """The quarters of an annual period that are still open (closing the year locks targets)."""
    return list(Period.objects.filter(region_id=year.region_id, year=year.year,
                                      quarter__isnull=False, status=PeriodStatus.OPEN)
                .order_by("quarter"))
