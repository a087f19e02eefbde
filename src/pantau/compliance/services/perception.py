"""Switching a unit's perception questions on or off for a year, recording a refusal, and a
Pemda's own prediction rule and wording."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot
from pantau.compliance.models import PerceptionConfig, PerceptionSetting
from pantau.scoring.errors import ScoringError
from pantau.scoring.perception import PerceptionRule
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


CONFIG_FIELDS = ("threshold_3", "threshold_2", "threshold_1", "min_respondents",
                 "q1", "q2", "q3", "q4", "q5")


def perception_configure(*, actor: Any, region: Region, threshold_3: Decimal,
                         threshold_2: Decimal, threshold_1: Decimal, min_respondents: int,
                         questions: Mapping[str, str] | None = None) -> PerceptionConfig:
    """Sets the Pemda's own prediction rule (percentages, highest first) and, optionally, its
    own question sentences (empty: the default). A rule out of order or range is refused."""
    try:
        PerceptionRule(thresholds=((threshold_3 / 100, 3), (threshold_2 / 100, 2),
                                   (threshold_1 / 100, 1)), min_respondents=min_respondents)
    except ScoringError as error:
        raise ValidationError(str(error)) from None
    with transaction.atomic():
        config = (PerceptionConfig.objects.select_for_update().filter(region=region).first()
                  or PerceptionConfig(region=region))
        before = snapshot(config, CONFIG_FIELDS) if config.pk else {}
        config.threshold_3, config.threshold_2, config.threshold_1 = (
            threshold_3, threshold_2, threshold_1)
        config.min_respondents = min_respondents
        for number in range(1, 6):
            setattr(config, f"q{number}", ((questions or {}).get(f"q{number}") or "").strip())
        config.changed_by = actor if getattr(actor, "pk", None) else None
        changes = diff(before, snapshot(config, CONFIG_FIELDS))
        if changes:
            config.save()
            audit_record(actor=actor, action="compliance.perception.configured", obj=config,
                         region=region, changes=changes)
            transaction.on_commit(extras_forget)
    extras_forget()
    return config
