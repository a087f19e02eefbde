"""The rakor page offers started periods only, newest first."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.performance.selectors.analysis import default_period
from pantau.reports.models import GeneratedReport
from pantau.tenancy.models import Period
from tests.performance.analysis.builders import (
    quarter,
    year_period,
)
from tests.performance.plans.conftest import Plans, plans  # noqa: F401 (fixture)
from tests.personas import World


def test_rakor_page_lists_started_periods_newest_first(world: World, client_for: Any) -> None:
    with scopes_disabled():
        Period.objects.filter(region=world.region_a).delete()  # only the periods made here
    today = timezone.localdate()
    now = (today.month - 1) // 3 + 1
    future = quarter(world.region_a, today.year + 1, 1)
    started = [year_period(world.region_a, today.year), quarter(world.region_a, today.year, now),
               quarter(world.region_a, today.year - 1, 4),
               quarter(world.region_a, today.year - 1, 1)]
    client = client_for("evaluator")

    body = client.get(reverse("performance_rakor:index")).content.decode()
    refused = client.post(reverse("performance_rakor:index"),
                          {"period": future.pk, "format": "pdf"})

    offered = re.findall(r'<option value="(\d+)"', body.split('name="format"')[0])
    assert [int(pk) for pk in offered] == [p.pk for p in started]
    with scopes_disabled():
        expected = default_period(world.region_a.pk)
    assert expected is not None
    assert re.search(rf'<option value="{expected.pk}" selected>', body)
    assert refused.status_code == 200
    with scopes_disabled():
        assert not GeneratedReport.objects.exists()
