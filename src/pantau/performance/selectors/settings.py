"""The Pemda's own choices for the capaian pages, as they stand."""

from __future__ import annotations

from pantau.performance.models import PerformanceSettings
from pantau.tenancy.models import Region


def performance_settings_of(region: Region) -> PerformanceSettings:
    """The Pemda's settings; an unsaved row with the defaults when it never changed them."""
    return (PerformanceSettings.objects.filter(region=region).first()
            or PerformanceSettings(region=region))
