"""The due date and time of a quarter's reports (set by the back office)."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.models import ReportingDeadline
from pantau.tenancy.models import Period


@transaction.atomic
def deadline_set(*, actor: Any, period: Period, due_at: datetime.datetime) -> ReportingDeadline:
    if period.quarter is None:
        raise ValidationError(_("Batas waktu ditetapkan untuk periode triwulan, bukan tahunan."))
    if due_at.tzinfo is None:
        raise ValidationError(_("Batas waktu harus memuat zona waktu."))
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
