"""Shared steps of the browser tests."""

from __future__ import annotations

from typing import Any

from tests.factories import PASSWORD


def logged_in(chromium: Any, base_url: str, username: str, *, width: int = 1366,
              timeout_ms: int = 15_000, bypass_csp: bool = False) -> Any:
    """A new page (Indonesian locale) of ``username`` signed in through the login form.

    ``bypass_csp`` lets a test inject its own script (axe-core) into the app's pages."""
    page = chromium.new_context(viewport={"width": width, "height": 900}, locale="id-ID",
                                bypass_csp=bypass_csp).new_page()
    page.set_default_timeout(timeout_ms)
    page.goto(base_url + "/akun/masuk/")
    page.get_by_label("Nama pengguna atau email").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(base_url + "/")
    return page
