"""Follow-ups (tindak lanjut): created from the follow-up plans of a submitted report.

Owner defaults to the OPD head's name; due date defaults to the last day of the next quarter.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot
from pantau.performance.locks import ensure_editable
from pantau.performance.models import FollowUp, FollowUpStatus, Realization
from pantau.tenancy.models import Agency, Period

FOLLOW_UP_FIELDS = ("owner", "due_date", "status", "evidence_note")
QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def _next_quarter_end(period: Period) -> datetime.date:
    """Last day of the quarter after ``period`` (Q4 → 31 March of the next year)."""
    year, quarter = period.year, (period.quarter or 4) + 1
    if quarter > 4:
        year, quarter = year + 1, 1
    month, day = QUARTER_END[quarter]
    return datetime.date(year, month, day)


def _followups_from_report(*, agency: Agency, period: Period) -> dict[str, list[Any]]:
    """One follow-up per indicator with a follow-up plan; a resubmission updates, never doubles.

    Runs inside the submit transaction; returns the changes for its audit event.
    """
    plans = Realization.objects.filter(period=period, indicator__agency=agency,
                                       indicator__is_active=True).exclude(follow_up_plan="")
    existing = {f.indicator_id: f for f in FollowUp.objects.filter(agency=agency, period=period)}
    changes: dict[str, list[Any]] = {}
    owner = (agency.head_name or _("Kepala %(opd)s") % {"opd": agency.short_name})[:150]
    due = _next_quarter_end(period)
    for realization in plans.select_related("indicator"):
        text = realization.follow_up_plan.strip()
        current = existing.get(realization.indicator_id)
        label = f"tindak_lanjut.{realization.indicator.code or realization.indicator_id}"
        if current is None:
            FollowUp.objects.create(region_id=agency.region_id, agency=agency, period=period,
                                    indicator=realization.indicator, description=text,
                                    owner=owner, due_date=due)
            changes[label] = [None, text]
        elif current.description != text and current.status != FollowUpStatus.DONE:
            changes[label] = [current.description, text]
            current.description = text
            current.save(update_fields=["description"])
    return changes


def followup_update(*, actor: Any, follow_up: FollowUp, owner: str, due_date: datetime.date,
                    status: str, evidence_note: str, period: Period | None = None) -> FollowUp:
    """Status, owner, due date and evidence note. ``period``: the report being edited, if any.

    Follow-ups outlive their quarter, so from the list page they stay updatable; from a
    quarter's form the update obeys that quarter's lock.
    """
    if period is not None:
        ensure_editable(actor=actor, agency=follow_up.agency, period=period,
                        attempt=_("perbarui tindak lanjut"))
    if status not in FollowUpStatus.values:
        raise ValidationError({"status": _("Status tindak lanjut tidak dikenal.")})
    if not owner.strip():
        raise ValidationError({"owner": _("Isi penanggung jawab.")})
    if status == FollowUpStatus.DONE and not evidence_note.strip():
        raise ValidationError({"evidence_note": _("Tuliskan bukti penyelesaian sebelum "
                                                  "menandai selesai.")})
    with transaction.atomic():
        before = snapshot(follow_up, (*FOLLOW_UP_FIELDS, "done_at"))
        follow_up.owner, follow_up.due_date = owner.strip()[:150], due_date
        follow_up.status, follow_up.evidence_note = status, evidence_note.strip()
        if status == FollowUpStatus.DONE and follow_up.done_at is None:
            follow_up.done_at = timezone.now()
        elif status != FollowUpStatus.DONE:
            follow_up.done_at = None
        follow_up.save()
        changes = diff(before, snapshot(follow_up, (*FOLLOW_UP_FIELDS, "done_at")))
        if changes:
            audit_record(actor=actor, action="performance.followup.updated", obj=follow_up,
                         changes=changes)
    return follow_up
