"""In a real browser: the evaluator draws a lokus from the form, copies the page's three-line
recipe into Python and gets the drawn units the page lists, repeats the check on the page, and a
second draw for the same year is refused with when it was drawn."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.compliance.models import Lokus
from tests.browser.pages import logged_in
from tests.browser.test_login_home import browser  # noqa: F401  (fixture)
from tests.compliance.lokus_fixtures import add_puskesmas
from tests.personas import World

pytestmark = pytest.mark.browser


def test_the_evaluator_draws_and_the_recipe_repeats_the_draw(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    add_puskesmas(world)
    page = logged_in(browser, live_server.url, world.user("evaluator").username)
    page.goto(live_server.url + reverse("compliance_lokus:list"))
    page.get_by_role("link", name="Undi lokus", exact=True).click()

    page.get_by_label("Tahun penilaian").fill("2026")
    page.get_by_label("Penilai", exact=True).select_option(label="Ombudsman RI")
    page.get_by_label("Loket Layanan Disdik").check()
    page.get_by_label("Jenis unit yang diundi").select_option(label="Puskesmas")
    page.get_by_label("Jumlah yang diundi").fill("2")
    page.get_by_role("button", name="Undi dan simpan").click()

    page.get_by_role("heading", name="Lokus Ombudsman RI 2026").wait_for()
    with scopes_disabled():
        lokus = Lokus.objects.get()
    assert lokus.seed in page.locator(".alert-success").inner_text()
    units = page.get_by_role("table", name="Unit lokus berurutan dengan alasannya")
    drawn = [row.locator("td").nth(1).inner_text() for row in
             units.locator("tbody tr").all() if "Hasil undian" in row.inner_text()]
    assert len(drawn) == 2

    printed: list[Any] = []
    exec(page.locator("pre code").inner_text(), {"print": printed.append})  # noqa: S102
    assert printed == [drawn]

    page.get_by_role("button", name="Periksa ulang undian").click()
    assert "hasilnya sama dengan unit lokus yang tersimpan" in page.locator(
        ".alert-success").inner_text()

    page.goto(live_server.url + reverse("compliance_lokus:create"))
    page.get_by_label("Tahun penilaian").fill("2026")
    page.get_by_label("Loket Layanan Disdik").check()
    page.get_by_role("button", name="Undi dan simpan").click()
    refusal = page.locator(".alert-danger").first.inner_text()
    assert "Lokus Ombudsman RI 2026 sudah diundi pada" in refusal
    assert "ganti dengan alasan bila perlu" in refusal
    with scopes_disabled():
        assert Lokus.objects.count() == 1
