from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.tenancy.models import Period, PeriodStatus, Region


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


@transaction.atomic
def period_set_status(*, actor: Any, period: Period, status: str, reason: str = "") -> Period:
    if status not in PeriodStatus.values:
        raise ValidationError(_("Status periode tidak dikenal."))
    if period.status == status:
        return period
    if status == PeriodStatus.OPEN and not reason.strip():
        # Reopening closed data is the audited exception: it must say why.
        raise ValidationError(_("Tuliskan alasan membuka kembali periode %(period)s.")
                              % {"period": period})
    before = period.status
    period.status = status
    period.save(update_fields=["status"])
    action = "tenancy.period.closed" if status == PeriodStatus.CLOSED else "tenancy.period.reopened"
    audit_record(
        actor=actor, action=action, obj=period, changes={"status": [before, status]}, note=reason
    )
    return period
