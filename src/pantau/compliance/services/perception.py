"""Switching a unit's perception questions on or off for a year, and recording a refusal."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.compliance.models import PerceptionSetting
from pantau.surveys.extras import extras_forget
from pantau.tenancy.models import Region, ServiceUnit

YEAR_RANGE = range(2000, 2101)


def perception_switch(*, actor: Any, region: Region, unit: ServiceUnit, year: int,
                      on: bool) -> PerceptionSetting:
    """Shows (``on``) or hides the perception questions on the unit's public SKM form for a
    year. Answers already given stay; switching off only stops new ones."""
    if unit.region_id != region.pk:
        raise ValidationError(_("Unit layanan itu bukan milik Pemda ini."))
    if year not in YEAR_RANGE:
        raise ValidationError(_("Tahun harus di antara 2000 dan 2100."))
    with transaction.atomic():
        setting, _created = PerceptionSetting.objects.select_for_update().get_or_create(
            region=region, unit=unit, year=year)
        if setting.is_on == on:
            return setting
        before = setting.is_on
        setting.is_on, setting.changed_by = on, actor if getattr(actor, "pk", None) else None
        setting.save()
        audit_record(actor=actor, action="compliance.perception.switched", obj=setting,
                     changes={"is_on": [before, on]})
        transaction.on_commit(extras_forget)
    extras_forget()  # this process at once (the form is read again on the next request)
    return setting


def perception_refusal_record(*, actor: Any, unit: ServiceUnit, attempt: str) -> None:
    """Audits a refused attempt on another OPD's unit, in its own transaction."""
    with transaction.atomic():
        audit_record(actor=actor, action="compliance.perception.refused", obj=unit,
                     note=attempt)
