"""On a phone (390×844), a unit asking the perception questions: tap the nine SKM answers and
two of the five perception answers, send, and find both stored together. Without JavaScript
the same form works (plain radio buttons and a plain POST).

Drives Debian's /usr/bin/chromium through Playwright (never ``playwright install``).
"""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scopes_disabled

from pantau.compliance.models import PerceptionAnswer
from pantau.surveys.models import SurveyResponse
from tests.browser.test_login_home import RESULTS, browser  # noqa: F401 (the fixture)
from tests.compliance.perception_helpers import switch_on
from tests.personas import World
from tests.surveys.conftest import make_survey

pytestmark = pytest.mark.browser

ANSWERS = (4, 3, 4, 2, 4, 3, 4, 4, 1)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_phone_answers_the_skm_and_the_perception_questions_in_one_go(
    transactional_db: None, world: World, live_server: Any, browser: Any,  # noqa: F811
    javascript: bool,
) -> None:
    switch_on(world, world.unit_a)
    survey = make_survey(world.unit_a)
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="id-ID",
                                  has_touch=True, is_mobile=True, java_script_enabled=javascript)
    page = context.new_page()
    page.set_default_timeout(10_000)

    page.goto(f"{live_server.url}/s/{survey.public_code}/")
    assert page.get_by_role("heading", name="Pengalaman Anda dengan pelayanan ini").is_visible()
    for index, value in enumerate(ANSWERS, start=1):
        page.locator(f"label[for=id_u{index}_{value}]").tap()
    assert page.locator("#id_x_persepsi_o1_kosong").is_checked()  # optional: none chosen yet
    for field, value in (("o1", "tidak"), ("o2", "ya")):
        answer = page.locator(f"label[for=id_x_persepsi_{field}_{value}]")
        box = answer.bounding_box()
        assert box is not None and box["height"] >= 44, "tap targets are at least 44 px high"
        answer.tap()
        assert page.locator(f"#id_x_persepsi_{field}_{value}").is_checked()
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    if javascript:
        RESULTS.mkdir(exist_ok=True)
        page.screenshot(path=str(RESULTS / "perception-phone-form.png"), full_page=True)
    page.get_by_role("button", name="Kirim jawaban").tap()

    page.wait_for_url(f"**/s/{survey.public_code}/terima-kasih/")
    context.close()
    with scopes_disabled():
        response = SurveyResponse.objects.get(survey=survey)
        perception = PerceptionAnswer.objects.get(response=response)
    assert response.answers() == ANSWERS
    assert (perception.o1, perception.o2, perception.o3, perception.o4, perception.o5) == (
        False, True, None, None, None)
