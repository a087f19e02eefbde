"""The early-warning page draws the capaian-versus-serapan quadrant chart in the browser under
the app's CSP: one point per OPD, coloured by level, named in its tooltip.

Drives Debian's /usr/bin/chromium through Playwright (never ``playwright install``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.pages import logged_in
from tests.browser.test_login_home import RESULTS, browser  # noqa: F401 (the fixture)
from tests.performance.analysis.builders import budget, indicator, quarter, realize, renstra
from tests.personas import World

pytestmark = pytest.mark.browser


def _opd(agency: Any, progress: int, spent: int) -> None:
    nodes = renstra(agency)
    realize(indicator(nodes["program"], agency, aggregation="sum", annual=100), 2026,
            {2: progress})
    budget(nodes["sub_kegiatan"], agency, 1000, {2: spent * 10})


def test_quadrant_chart_is_drawn_with_a_point_per_opd(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    _opd(world.opd_a, 45, 55)
    _opd(world.opd_b, 52, 20)
    period = quarter(world.region_a, 2026, 2)
    page = logged_in(browser, live_server.url, "evaluator")
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(f"{live_server.url}/analisis/peringatan-dini/?periode={period.pk}")
    canvas = "canvas[data-analysis-chart=quadrant]"
    page.wait_for_function(f"() => window.Chart && Chart.getChart(document.querySelector("
                           f"'{canvas}'))")
    chart = page.evaluate(f"""() => {{
        const chart = Chart.getChart(document.querySelector('{canvas}'));
        return {{type: chart.config.type,
                 sets: chart.data.datasets.map(d => [d.label, d.data.map(p => p.name)])}};
    }}""")
    assert chart["type"] == "scatter"
    assert chart["sets"] == [["Kritis", [world.opd_b.name]],
                             ["Perlu perhatian", [world.opd_a.name]], ["Sesuai jadwal", []]]
    RESULTS.mkdir(exist_ok=True)
    page.locator(canvas).screenshot(path=str(RESULTS / "early-warning-quadrant.png"))
    assert errors == []
