"""In a real browser, the pages' one chart script draws what the page's JSON holds: a line of
official results, the standards' completeness per OPD and the home page's unit counts, under
the CSP and without a script error."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope

from pantau.compliance.services.results import official_result_create
from tests.browser.pages import logged_in
from tests.browser.test_login_home import browser  # noqa: F401  (fixture)
from tests.personas import World

pytestmark = pytest.mark.browser

DRAWN = """canvas => {
  const chart = window.Chart.getChart(canvas);
  return chart ? {type: chart.config.type, labels: chart.data.labels,
                  data: chart.data.datasets.map(d => d.data)} : null;
}"""


def test_official_results_line_and_home_bars_are_drawn(
    transactional_db: None, world: World, live_server: Any, browser: Any,  # noqa: F811
) -> None:
    with scope(region=world.region_a.pk):
        for year, score in ((2021, "40.00"), (2022, "64.81"), (2023, "87.56")):
            official_result_create(actor=world.user("evaluator"), region=world.region_a,
                                   year=year, assessor="ombudsman", score=Decimal(score),
                                   source_url="https://ombudsman.go.id/hasil")
    page = logged_in(browser, live_server.url, world.user("evaluator").username)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)

    page.goto(live_server.url + reverse("compliance:result_list"))
    line = page.locator("canvas[data-chart=line]").first.evaluate(DRAWN)
    assert line == {"type": "line", "labels": ["2021", "2022", "2023"],
                    "data": [[40.0, 64.81, 87.56]]}

    page.goto(live_server.url + reverse("compliance_standards:register"))
    completeness = page.locator("canvas[data-chart=bar]").first.evaluate(DRAWN)
    assert completeness is not None and len(completeness["labels"]) >= 2

    page.goto(live_server.url + "/")
    bars = page.locator("canvas#chart-units").evaluate(DRAWN)
    assert bars is not None and bars["type"] == "bar" and sum(bars["data"][0]) >= 2
    assert errors == []
