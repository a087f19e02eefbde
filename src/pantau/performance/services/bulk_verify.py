"""Verifying several OPDs' reports of one quarter at once, from the quarterly overview.

Each report goes through ``workflow.report_verify`` as if its own button had been pressed: its own
transaction, its own ``performance.report.verified`` event, the same state and lock checks. One
that cannot be verified does not stop the others, and the outcome names every OPD on both sides
with the reason, so nothing is left half-done without the evaluator knowing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pantau.performance.models import AgencyReport
from pantau.performance.services.workflow import report_verify
from pantau.tenancy.models import Agency, Period


@dataclass
class BulkVerifyOutcome:
    verified: list[Agency] = field(default_factory=list)
    refused: list[tuple[Agency, str]] = field(default_factory=list)  # the OPD and why


def reports_verify(*, actor: Any, period: Period, agencies: Iterable[Agency],
                   note: str = "") -> BulkVerifyOutcome:
    """Verifies the chosen OPDs' reports of ``period`` one by one, in OPD name order."""
    chosen = sorted(set(agencies), key=lambda agency: agency.name)
    reports = {r.agency_id: r for r in AgencyReport.objects.filter(
        period=period, agency__in=chosen).select_related("agency", "period")}
    outcome = BulkVerifyOutcome()
    for agency in chosen:
        report = reports.get(agency.pk)
        if report is None:
            outcome.refused.append((agency, _("laporannya untuk periode ini belum dibuat.")))
            continue
        try:
            report_verify(actor=actor, agency=agency, period=period, note=note)
        except ValidationError as error:
            outcome.refused.append((agency, " ".join(error.messages)))
        else:
            outcome.verified.append(agency)
    return outcome
