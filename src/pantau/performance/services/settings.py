"""The Pemda's own choices for the capaian pages: the cap on averaged capaian and the early
warning's tolerance."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction

from pantau.audit.services import update_with_audit
from pantau.performance.models import PerformanceSettings
from pantau.tenancy.models import Region

SETTINGS_FIELDS = ("opd_score_cap", "warning_tolerance")


def performance_settings_update(*, actor: Any, region: Region, opd_score_cap: Decimal | None,
                                warning_tolerance: Decimal) -> PerformanceSettings:
    """Saves both settings (validated by the model's own rules) with one audit event listing
    what changed; nothing changed, nothing written."""
    with transaction.atomic():
        settings = (PerformanceSettings.objects.select_for_update().filter(region=region)
                    .first() or PerformanceSettings(region=region))
        candidate = {"opd_score_cap": opd_score_cap, "warning_tolerance": warning_tolerance}
        PerformanceSettings(region=region, **candidate).full_clean(exclude=["region"])
        update_with_audit(actor=actor, instance=settings, fields=SETTINGS_FIELDS,
                          data=candidate, action="performance.settings.updated")
    return settings
