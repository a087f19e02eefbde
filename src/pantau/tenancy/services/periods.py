from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.tenancy.models import Period, PeriodStatus, Region
from pantau.tenancy.validation import period_reason_clean


@transaction.atomic
def period_create(*, actor: Any, region: Region, year: int, quarter: int | None) -> Period:
    if not 2000 <= year <= 2100:
        raise ValidationError({"year": _("Tahun harus antara 2000 dan 2100.")})
    if Period.objects.filter(region=region, year=year, quarter=quarter).exists():
        raise ValidationError(_("Periode ini sudah ada."))
    period = Period.objects.create(region=region, year=year, quarter=quarter)
    audit_record(
        actor=actor, action="tenancy.period.created", obj=period,
        changes={"year": [None, year], "quarter": [None, quarter]},
    )
    return period


def _set_status(*, actor: Any, period: Period, status: str, note: str) -> Period:
    before = period.status
    period.status = status
    period.save(update_fields=["status"])
    action = "tenancy.period.closed" if status == PeriodStatus.CLOSED else "tenancy.period.reopened"
    audit_record(actor=actor, action=action, obj=period, changes={"status": [before, status]},
                 note=note)
    return period


@transaction.atomic
def period_reopen(*, actor: Any, period: Period, reason: str) -> Period:
    if period.status != PeriodStatus.CLOSED:
        raise ValidationError(_("Periode %(period)s tidak sedang ditutup.") % {"period": period})
    reason = period_reason_clean(period=period, reason=reason, closing=False)
    return _set_status(actor=actor, period=period, status=PeriodStatus.OPEN, note=reason)


@transaction.atomic
def period_mark_closed(*, actor: Any, period: Period, reason: str, details: str = "") -> Period:
    """The status write of closing, not a path of its own: closing is
    ``performance.services.closing.period_close``, which first shows the OPDs' reports that
    are not verified yet and asks for confirmation. ``details`` is appended to the audit note."""
    if period.status == PeriodStatus.CLOSED:
        raise ValidationError(_("Periode %(period)s sudah ditutup.") % {"period": period})
    reason = period_reason_clean(period=period, reason=reason, closing=True)
    return _set_status(actor=actor, period=period, status=PeriodStatus.CLOSED,
                       note=" — ".join(filter(None, (reason, details))))
