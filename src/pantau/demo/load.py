"""Loads (or refreshes) the whole demo: the Pemda, its SKM year, its plans and quarters.

Safe to run again: the Pemda's rows are found by their natural keys, and the SKM and performance
parts are skipped when the Pemda already has responses or indicators.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model

from pantau.dbstats import refresh_planner_statistics
from pantau.demo.compliance.assessment import assessment_demo_load
from pantau.demo.compliance.autofill import autofill_demo_load
from pantau.demo.compliance.gaps import gaps_demo_load
from pantau.demo.compliance.lokus import lokus_demo_load
from pantau.demo.compliance.perception import perception_demo_load
from pantau.demo.compliance.results import results_demo_load
from pantau.demo.compliance.standards import standards_demo_load
from pantau.demo.leadership.load import leadership_demo_load
from pantau.demo.performance.load import performance_demo_load
from pantau.demo.surveys.load import surveys_demo_load
from pantau.demo.tenancy.data import DEMO_PASSWORD
from pantau.demo.tenancy.load import DemoSummary, tenancy_demo_load


@dataclass
class DemoLoaded:
    pemda: DemoSummary
    responses: int  # SKM responses written (0 when they were there already)
    indicators: int  # RPJMD/Renstra indicators written (0 when they were there already)


def demo_load(*, today: datetime.date | None = None) -> DemoLoaded:
    # The order fixes every generated id and figure: the demo must come out the same each time.
    pemda = tenancy_demo_load(today=today)
    responses = surveys_demo_load(region=pemda.region, today=today)
    indicators = performance_demo_load(region=pemda.region)
    results_demo_load(region=pemda.region)
    standards_demo_load(region=pemda.region, today=today)
    perception_demo_load(region=pemda.region, today=today)
    lokus_demo_load(region=pemda.region, today=today)
    autofill_demo_load(region=pemda.region, today=today)
    assessment_demo_load(region=pemda.region, today=today)
    gaps_demo_load(region=pemda.region, today=today)  # after the answers: actions on gaps
    leadership_demo_load(region=pemda.region, today=today)  # reads every module above
    user_model = get_user_model()
    if not user_model._default_manager.filter(username="platform").exists():
        user_model._default_manager.create_superuser(
            "platform", "platform@kabupaten-contoh.example", DEMO_PASSWORD,
            full_name="Admin Platform",
        )
    # The SKM and performance loaders analyze their own bulk tables; these are the rest.
    refresh_planner_statistics(*(model for label in ("accounts", "tenancy", "audit")
                                 for model in apps.get_app_config(label).get_models()))
    return DemoLoaded(pemda, responses, indicators)
