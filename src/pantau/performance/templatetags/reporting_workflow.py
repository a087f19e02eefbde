"""``{% without_head_actions %}``: what the report form offers when the OPD has no Kepala OPD
account — a warning for whoever submits, and approval on the head's behalf for the back office.

A tag, not view context, so the piece can be placed anywhere on the report form (it reads the
form's ``agency``, ``period``, ``report``, ``editable`` and ``lock_reason``)."""

from __future__ import annotations

from typing import Any

from django import template

from pantau.performance.models import ReportStatus
from pantau.performance.selectors.heads import agency_has_head

register = template.Library()


@register.inclusion_tag("performance/reporting/_without_head.html", takes_context=True)
def without_head_actions(context: template.Context) -> dict[str, Any]:
    agency, report = context["agency"], context.get("report")
    user = context["request"].user
    if agency_has_head(agency):
        return {"shown": False}
    may_approve = bool(report is not None and report.status == ReportStatus.SUBMITTED
                       and not context.get("lock_reason")
                       and user.has_perm("performance.approve_on_behalf", agency))
    may_submit = bool(context.get("editable") and user.has_perm("performance.submit_report",
                                                                agency))
    return {"shown": may_approve or may_submit, "may_approve": may_approve,
            "may_submit": may_submit, "agency": agency, "period": context["period"],
            "csrf_token": context.get("csrf_token")}
