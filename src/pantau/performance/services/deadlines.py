"""The due date and time of a quarter's reports (set by the back office)."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.locks import ensure_period_open
from pantau.performance.models import ReportingDeadline
from pantau.tenancy.models import Period


def deadline_set(*, actor: Any, period: Period, due_at: datetime.datetime) -> ReportingDeadline:
    """A closed quarter's deadline is locked data: moving it would rewrite who was on time
    (and the ranking) after the fact, so the change is refused and audited like the rest."""
    if period.quarter is None:
        raise ValidationError(_("Batas waktu ditetapkan untuk periode triwulan, bukan tahunan."))
    if due_at.tzinfo is None:
        raise ValidationError(_("Batas waktu harus memuat zona waktu."))
    ensure_period_open(actor=actor, period=period, obj=period, attempt=_("ubah batas waktu"))
    with transaction.atomic():
        return _deadline_write(actor=actor, period=period, due_at=due_at)


def _deadline_write(*, actor: Any, period: Period,
                    due_at: datetime.datetime) -> ReportingDeadline:
    deadline = ReportingDeadline.objects.filter(period=period).first()
    before = deadline.due_at.isoformat() if deadline else None
    if deadline is None:
        deadline = ReportingDeadline.objects.create(region_id=period.region_id, period=period,
                                                    due_at=due_at)
    else:
        deadline.due_at = due_at
        deadline.save(update_fields=["due_at"])
    audit_record(actor=actor, action="performance.deadline.set", obj=period,
                 changes={"due_at": [before, due_at.isoformat()]})
    return deadline
