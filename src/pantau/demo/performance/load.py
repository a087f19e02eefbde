"""Writes the demo plans and two years of quarterly data for the demo Pemda, once.

Realizations of 2025 TW I–IV and 2026 TW I–III with a believable spread of capaian per OPD, the
quarterly reports, deadlines and follow-ups; all drawn from ``random.Random(seed)``.
"""

from __future__ import annotations

import random

from django.apps import apps
from django.db import transaction
from django_scopes import scope

from pantau.audit.services import audit_record
from pantau.dbstats import refresh_planner_statistics
from pantau.demo.performance.plans import DemoPlan, plans_load
from pantau.demo.performance.quarters import quarters_load
from pantau.performance.capaian.store import indicator_scores_rebuild
from pantau.performance.models import Indicator
from pantau.tenancy.models import Agency, Region


def performance_demo_load(*, region: Region, seed: int = 2025) -> int:
    """Creates the demo plans and quarterly data; returns the indicators written (0 if present)."""
    with scope(region=region.pk), transaction.atomic():
        if Indicator.objects.filter(region=region).exists():
            return 0
        agencies = list(Agency.objects.filter(region=region, is_active=True).order_by("pk"))
        if not agencies:
            return 0
        demo = DemoPlan(random.Random(seed), region, agencies)
        plans_load(demo)
        quarters_load(demo)
        indicator_scores_rebuild(region=region)  # bulk-written data: store every capaian once
        refresh_planner_statistics(*apps.get_app_config("performance").get_models())
        audit_record(actor=None, action="performance.demo.loaded", region=region, obj=region,
                     note=f"{len(demo.indicators)} indikator")
        return len(demo.indicators)
