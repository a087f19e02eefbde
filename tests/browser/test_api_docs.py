"""In a real browser: the API docs page (Swagger UI, served by Pantau itself) renders every
operation under the app's CSP, and "Try it out" with a personal token answers from the API."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import make_token
from tests.browser.test_login_home import _screenshot, browser  # noqa: F401 (the fixture)
from tests.personas import World

pytestmark = pytest.mark.browser


def test_the_api_docs_render_under_the_csp_and_try_it_out_with_a_token(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    key = make_token(world, "operator_a")
    page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="id-ID")
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(live_server.url + "/api/v1/docs/")

    page.get_by_text("Pantau API").first.wait_for()
    assert page.locator(".opblock").count() == 15  # 12 + the three compliance reads
    assert page.get_by_text("Siapa saya").is_visible()
    page.get_by_role("button", name="Authorize").first.click()
    page.locator(".modal-ux #auth-bearer-value").fill(key)
    page.locator(".modal-ux button.authorize").click()
    page.locator(".modal-ux button.btn-done").click()
    root = page.locator("#operations-referensi-siapa_saya")
    root.locator(".opblock-summary").click()
    root.get_by_role("button", name="Try it out").click()
    root.get_by_role("button", name="Execute").click()
    answer = root.locator(".live-responses-table .response .response-col_status").first
    answer.wait_for()
    assert answer.inner_text().strip() == "200"
    assert "Ani Operator Dinkes" in root.locator(".live-responses-table").inner_text()
    _screenshot(page, "api-docs.png")
    assert errors == []  # no CSP violation, no script error
