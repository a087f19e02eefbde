"""In a real browser: the admin logs in through the login form and lands on their Pemda's home page.

Drives Debian's /usr/bin/chromium through Playwright (never ``playwright install``). Screenshots go
to test-results/ (ignored by git).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.factories import PASSWORD
from tests.personas import World

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
RESULTS = Path(__file__).resolve().parent.parent.parent / "test-results"
MENU = ("Beranda", "OPD", "Kalkulator")
MENU_GROUPS = ("Kinerja", "Pelayanan Publik", "Pengaturan")
SETTINGS_MENU = ("Periode", "Pengguna", "Jejak Audit")


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium); CI always runs this test")
    # Playwright's sync API runs an event loop; Django's ORM refuses to run inside one otherwise.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _log_in(browser: Any, base_url: str, viewport: dict[str, int]) -> tuple[Any, list[str]]:
    """A page logged in as the admin through the real login form; console errors collected."""
    page = browser.new_page(viewport=viewport, locale="id-ID")
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + "/")
    assert page.url.startswith(base_url + "/akun/masuk/")
    page.get_by_label("Nama pengguna atau email").fill("admin")
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(base_url + "/")
    return page, errors


def _screenshot(page: Any, name: str) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def test_admin_logs_in_and_sees_the_home_page_with_navigation(
    transactional_db: None, world: World, live_server: Any, browser: Any
) -> None:
    page, errors = _log_in(browser, live_server.url, {"width": 1366, "height": 900})

    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Selamat datang di Pantau Kabupaten Contoh"
    navigation = page.locator("#menu-utama")
    for label in MENU:
        assert navigation.get_by_role("link", name=label, exact=True).is_visible(), label
    for label in MENU_GROUPS:
        assert navigation.get_by_role("button", name=label, exact=True).is_visible(), label
    navigation.get_by_role("button", name="Pengaturan", exact=True).click()
    for label in SETTINGS_MENU:
        assert navigation.get_by_role("link", name=label, exact=True).is_visible(), label
    assert page.get_by_role("link", name="Dinas Kesehatan").is_visible()
    assert page.locator("canvas#chart-units").is_visible()
    assert _screenshot(page, "login-home-desktop.png").stat().st_size > 10_000
    assert errors == []  # no CSP violation, no script error


def test_on_a_phone_the_menu_folds_behind_the_toggler(
    transactional_db: None, world: World, live_server: Any, browser: Any
) -> None:
    page, errors = _log_in(browser, live_server.url, {"width": 390, "height": 844})

    toggler = page.locator(".navbar-toggler")
    opd_link = page.locator("#menu-utama").get_by_role("link", name="OPD", exact=True)
    assert toggler.is_visible()
    assert not opd_link.is_visible()
    assert page.get_by_role("heading", level=1).is_visible()
    _screenshot(page, "login-home-phone.png")
    toggler.click()
    page.locator("#menu-utama.collapse.show").wait_for()  # the opening animation has ended
    assert opd_link.is_visible()
    _screenshot(page, "login-home-phone-menu.png")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390, "the page scrolls sideways on a phone"
    assert errors == []
