"""No page writes an id with a thousands separator.

``USE_THOUSAND_SEPARATOR`` writes the integer 100012 as ``100.012`` (Indonesian) or ``100,012``
(English). In a form field name, a hidden value, a select option or a link the server then reads
another number or nothing: saving the quarterly form wiped every value of OPDs with ids above 999.
Test ids start above 100 000 (tests/large_ids.py), so every id on these pages has digit groups.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.apps import apps
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import FollowUp, Realization
from pantau.tenancy.models import Membership, Role
from tests.performance.reporting.conftest import Reporting, build_reporting
from tests.personas import World
from tests.surveys.conftest import ALL_FOUR, make_survey, submit_direct

GROUPED_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?![\d])")
# Attributes that name, identify or address things: never a grouped number, id or not.
ADDRESS_ATTRIBUTE = re.compile(
    r'\s(name|id|for|form|href|action|data-[\w-]+|hx-[\w-]+|aria-describedby|aria-controls)'
    r'="([^"]*)"')


@pytest.fixture
def rep(world: World) -> Reporting:
    """OPD A's quarter with stored values, an open follow-up of TW I and one survey response."""
    rep = build_reporting(world)
    with scopes_disabled():
        Realization.objects.create(region=world.region_a, indicator=rep.percent, period=rep.q1,
                                   value=87, drivers="Posyandu aktif")
        FollowUp.objects.create(region=world.region_a, agency=world.opd_a, indicator=rep.percent,
                                period=rep.q1, description="Sweeping imunisasi", owner="Kabid",
                                due_date=datetime.date(2026, 6, 30))
        # Someone in two Pemda gets the "Ganti Pemda" menu, one form per other Pemda.
        Membership.objects.create(region=world.region_b, user=world.user("evaluator"),
                                  role=Role.EVALUATOR)
    submit_direct(make_survey(world.unit_a), ALL_FOUR)
    return rep


def _known_ids() -> set[int]:
    with scopes_disabled():
        return {pk for model in apps.get_models()
                for pk in model._default_manager.values_list("pk", flat=True)
                if isinstance(pk, int) and pk >= 1000}


def _pages(rep: Reporting) -> list[tuple[str, str]]:
    w = rep.world
    with scopes_disabled():
        plan, survey = rep.percent.node.plan, w.unit_a.surveys.get()
    a, q1, q2 = w.opd_a.pk, rep.q1.pk, rep.q2.pk
    periode = f"?periode={q1}"
    return [
        ("operator_a", reverse("web:home")),
        ("operator_a", reverse("performance_reporting:report_form", args=[a, q1])),
        ("operator_a", reverse("performance_reporting:report_form", args=[a, q2])),
        ("operator_a", reverse("performance_reporting:followup_list")),
        ("head_a", reverse("web:home")),
        ("evaluator", reverse("web:home")),
        ("evaluator", reverse("performance_reporting:overview") + periode),
        ("evaluator", reverse("performance_reporting:report_form", args=[a, q2])),
        ("evaluator", reverse("performance_reporting:followup_list")),
        ("evaluator", reverse("performance_analysis:ranking") + periode),
        ("evaluator", reverse("performance_analysis:warning") + periode),
        ("evaluator", reverse("performance_analysis:scorecard", args=[a]) + periode),
        ("evaluator", reverse("performance_analysis:renja", args=[a])),
        ("evaluator", reverse("performance_plans:plan_list")),
        ("evaluator", reverse("performance_plans:plan_detail", args=[plan.pk])),
        ("evaluator", reverse("performance_plans:indicator_detail", args=[rep.percent.pk])),
        ("evaluator", reverse("performance_rakor:index") + periode),
        ("evaluator", reverse("surveys:survey_list")),
        ("evaluator", reverse("surveys:survey_detail", args=[survey.pk])),
        ("evaluator", reverse("surveys:response_list", args=[survey.pk])),
        ("evaluator", reverse("surveys:survey_profile", args=[survey.pk])),
        ("evaluator", reverse("surveys:results") + f"?opd={a}"),
        ("evaluator", reverse("surveys:followup_list")),
        ("admin", reverse("tenancy:agency_list")),
        ("admin", reverse("tenancy:agency_detail", args=[a])),
        ("admin", reverse("tenancy:unit_list") + f"?opd={a}"),
        ("admin", reverse("tenancy:unit_detail", args=[w.unit_a.pk])),
        ("admin", reverse("tenancy:period_list")),
        ("admin", reverse("tenancy:membership_list")),
        ("admin", reverse("audit:event_list")),
        ("leader", reverse("web:home")),
    ]


def _separated_ids(page: str, known: set[int]) -> list[str]:
    found = [m.group(0) for m in GROUPED_NUMBER.finditer(page)
             if int(re.sub(r"[.,]", "", m.group(0))) in known]
    found += [f'{name}="{value}"' for name, value in ADDRESS_ATTRIBUTE.findall(page)
              if GROUPED_NUMBER.search(value)]
    return found


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_page_writes_an_id_with_a_thousands_separator(
    rep: Reporting, client_for: Any, language: str
) -> None:
    known = _known_ids()
    assert min(rep.world.opd_a.pk, rep.q1.pk, rep.percent.pk) >= 100_000
    problems = {}
    for persona, url in _pages(rep):
        client = client_for(persona)
        client.cookies["django_language"] = language
        response = client.get(url)
        assert response.status_code == 200, (persona, url, response.status_code)
        page = response.content.decode()
        if found := _separated_ids(page, known):
            problems[f"{persona} {url}"] = sorted(set(found))[:5]

    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())
