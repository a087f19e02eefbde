"""On a phone (390×844): scan the QR code (open the unit's public link), tap nine answers, send,
see the thank-you page, and find the response counted in the daily and monthly rollup.

Drives Debian's /usr/bin/chromium through Playwright (never ``playwright install``).
"""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scopes_disabled

from pantau.surveys.models import SurveyDailyTally, SurveyMonthlyTally, SurveyResponse
from tests.browser.test_login_home import RESULTS, browser  # noqa: F401 (the fixture)
from tests.personas import World
from tests.surveys.conftest import make_survey

pytestmark = pytest.mark.browser

ANSWERS = (4, 3, 4, 2, 4, 3, 4, 4, 1)


def test_a_phone_scans_answers_and_is_counted(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    survey = make_survey(world.unit_a)
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="id-ID",
                            has_touch=True, is_mobile=True)
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(f"{live_server.url}/s/{survey.public_code}/")
    assert page.get_by_role("heading", name=world.unit_a.name).is_visible()
    for index, value in enumerate(ANSWERS, start=1):
        answer = page.locator(f"label[for=id_u{index}_{value}]")
        box = answer.bounding_box()
        assert box is not None and box["height"] >= 44, "tap targets are at least 44 px high"
        answer.tap()
        assert page.locator(f"#id_u{index}_{value}").is_checked()
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=str(RESULTS / "skm-phone-form.png"), full_page=True)
    page.get_by_role("button", name="Kirim jawaban").tap()

    page.wait_for_url(f"**/s/{survey.public_code}/terima-kasih/")
    assert page.get_by_role("heading", name="Terima kasih!").is_visible()
    page.screenshot(path=str(RESULTS / "skm-phone-thanks.png"), full_page=True)
    assert errors == []
    with scopes_disabled():
        response = SurveyResponse.objects.get(survey=survey)
        daily = SurveyDailyTally.objects.get(survey=survey, day=response.day)
        monthly = SurveyMonthlyTally.objects.get(survey=survey)
    assert response.answers() == ANSWERS
    assert daily.responses == monthly.responses == 1
    assert [getattr(daily, f"u{index}_sum") for index in range(1, 10)] == list(ANSWERS)

    # The public results page on the same phone: the grade column is in view, nothing is cut off.
    page.goto(f"{live_server.url}/publik/{world.region_a.slug}/skm/")
    table = page.locator("table")
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    assert table.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth"), \
        "the table fits its box: no swiping to see the grade"
    assert page.get_by_text(world.unit_a.name).is_visible()
    page.screenshot(path=str(RESULTS / "skm-phone-publication.png"), full_page=True)
