"""The demo's lokus units start their self-assessment with what SKM and the register know."""

from __future__ import annotations

import datetime

import pytest
from django_scopes import scope

from pantau.compliance.models import Answer, LokusUnit
from pantau.demo.compliance.autofill import autofill_demo_load
from pantau.demo.compliance.lokus import lokus_demo_load
from pantau.demo.compliance.standards import standards_demo_load
from pantau.demo.surveys.load import surveys_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load

TODAY = datetime.date(2026, 11, 23)


@pytest.mark.django_db
def test_the_demo_fills_the_lokus_units_from_skm_and_the_register_once() -> None:
    region = tenancy_demo_load(today=TODAY).region
    surveys_demo_load(region=region, total=2_000, today=TODAY)
    standards_demo_load(region=region, today=TODAY)
    lokus_demo_load(region=region, today=TODAY)

    written = autofill_demo_load(region=region, today=TODAY)
    again = autofill_demo_load(region=region, today=TODAY)

    with scope(region=region.pk):
        answers = list(Answer.objects.filter(year=TODAY.year).select_related("indicator"))
        lokus = set(LokusUnit.objects.filter(lokus__year=TODAY.year, lokus__status="active")
                    .values_list("unit_id", flat=True))
    assert written == len(answers) > 0 and again == 0
    assert {a.unit_id for a in answers} == lokus
    assert all(a.filled_from == a.indicator.auto_source for a in answers)
    held = [a.operator_score for a in answers if a.filled_from == "skm_held"]
    assert 5 in held  # the demo units run their SKM
    scores = {a.operator_score for a in answers if a.filled_from.startswith("standard")}
    assert {0, 3} <= scores  # a spread: none, all (Ombudsman 0–3) and in part
    assert scores - {0, 3, 5}  # in part
