"""The top menu fits the window: no sideways scrolling and the user menu stays in view, on a phone
and on common laptop widths, for the evaluator and the admin (the personas with the most items).

Drives Debian's /usr/bin/chromium through Playwright (never ``playwright install``).
"""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scopes_disabled

from pantau.tenancy.models import Role
from tests.browser.pages import logged_in
from tests.browser.test_login_home import _screenshot, browser  # noqa: F401  (fixture)
from tests.factories import MembershipFactory
from tests.personas import World

pytestmark = pytest.mark.browser

WIDTHS = (390, 1200, 1280, 1366, 1440)
OVERFLOW = "document.scrollingElement.scrollWidth"


def _logged_in(chromium: Any, base_url: str, username: str, width: int) -> Any:
    return logged_in(chromium, base_url, username, width=width, timeout_ms=10_000)


def _open_menu_if_folded(page: Any) -> None:
    toggler = page.locator(".navbar-toggler")
    if toggler.is_visible():
        toggler.click()
        page.locator("#menu-utama.collapse.show").wait_for()


@pytest.mark.parametrize("persona", ["evaluator", "admin"])
def test_the_menu_fits_without_sideways_scrolling(
    transactional_db: None, world: World, live_server: Any, browser: Any,  # noqa: F811
    persona: str,
) -> None:
    user = world.user(persona)
    for width in WIDTHS:
        page = _logged_in(browser, live_server.url, user.username, width)
        _open_menu_if_folded(page)
        _screenshot(page, f"menu-{persona}-{width}.png")

        assert page.evaluate(OVERFLOW) <= page.evaluate("window.innerWidth"), (
            f"{persona} at {width} px: the page scrolls sideways")
        user_menu = page.locator("#menu-pengguna")
        box = user_menu.bounding_box()
        assert box is not None and box["x"] + box["width"] <= width, (
            f"{persona} at {width} px: the user menu is cut off")
        # The user menu opens from the keyboard and shows who is logged in and how to log out.
        user_menu.focus()
        page.keyboard.press("Enter")
        opened = page.locator("#menu-pengguna + .dropdown-menu")
        assert opened.get_by_text(user.get_full_name(), exact=True).is_visible()
        assert opened.get_by_role("button", name="Keluar").is_visible()
        page.close()


def test_every_menu_item_of_the_admin_stays_reachable_at_1280(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    page = _logged_in(browser, live_server.url, world.user("admin").username, 1280)
    navigation = page.locator("#menu-utama")

    for label in ("Beranda", "OPD", "Kalkulator"):
        assert navigation.get_by_role("link", name=label, exact=True).is_visible(), label
    for group, items in (("Kinerja", ("Laporan Triwulan", "Paket Rakor")),
                         ("Pelayanan Publik", ("Unit Layanan", "Survei SKM")),
                         ("Pengaturan", ("Periode", "Pengguna", "Jejak Audit"))):
        navigation.get_by_role("button", name=group, exact=True).click()
        for label in items:
            assert navigation.get_by_role("link", name=label, exact=True).is_visible(), label
        page.keyboard.press("Escape")


def test_a_long_name_and_a_second_pemda_still_fit_at_1280(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    admin = world.user("admin")
    admin.full_name = "Dr. Ir. Fajar Kurniawan Saputra Wicaksono, S.T., M.Eng., M.Si."
    admin.save(update_fields=["full_name"])
    with scopes_disabled():
        MembershipFactory(region=world.region_b, user=admin, role=Role.EVALUATOR)
        world.region_a.name = "Kabupaten Kepulauan Siau Tagulandang Biaro"
        world.region_a.save(update_fields=["name"])

    for width in (1280, 1440):
        page = _logged_in(browser, live_server.url, admin.username, width)
        _screenshot(page, f"menu-long-name-{width}.png")

        assert page.evaluate(OVERFLOW) <= width
        assert page.get_by_role("button", name="Ganti Pemda").is_visible()
        box = page.locator("#menu-pengguna").bounding_box()
        assert box is not None and box["x"] + box["width"] <= width
        page.close()
