"""On a phone (390×844), the public SKM page draws the IKM-per-OPD chart, highest first, and the
search box narrows the table; nothing spills sideways.

Drives Debian's /usr/bin/chromium through Playwright (never ``playwright install``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.test_login_home import RESULTS, browser  # noqa: F401 (the fixture)
from tests.factories import ServiceUnitFactory
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct

pytestmark = pytest.mark.browser


def test_the_public_page_charts_and_searches_on_a_phone(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    submit_direct(make_survey(world.unit_a), [2] * 9)
    submit_direct(make_survey(world.unit_b), [4] * 9)
    submit_direct(make_survey(ServiceUnitFactory(agency=world.opd_a, name="Apotek Sehat")),
                  [3] * 9)
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="id-ID",
                            has_touch=True, is_mobile=True)
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(f"{live_server.url}/publik/{world.region_a.slug}/skm/")
    page.wait_for_function("() => window.Chart && Chart.getChart('skm-public')")
    bars = page.evaluate("() => Chart.getChart('skm-public').data.labels")
    box = page.locator("#skm-public").bounding_box()
    assert bars == ["Disdik", "Dinkes"]
    assert box is not None and box["height"] > 60 and box["width"] <= 390
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=str(RESULTS / "skm-phone-public-chart.png"), full_page=True)

    page.get_by_label("Cari unit layanan").fill("apotek")
    page.get_by_role("button", name="Tampilkan").tap()
    page.wait_for_url("**q=apotek**")
    assert page.get_by_text("Apotek Sehat").first.is_visible()
    assert page.get_by_text("Puskesmas Sukamaju").count() == 0
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    assert errors == []
