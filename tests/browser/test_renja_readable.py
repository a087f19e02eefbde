"""In a real browser, the Evaluasi Renja page reads on a laptop screen: each indicator is one
short row and the quarters' narratives wait, collapsed, in a row of their own; the XLSX export
keeps every word."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.browser.pages import logged_in
from tests.browser.test_login_home import browser  # noqa: F401  (fixture)
from tests.performance.analysis.builders import budget, indicator, realize, renstra
from tests.personas import World

pytestmark = pytest.mark.browser

# As operators write them: a few sentences per quarter, different each quarter.
DRIVERS = ("Kader posyandu aktif di {n} desa dan dukungan dana desa untuk pemberian makanan "
           "tambahan")
OBSTACLES = ("Akses jalan ke dusun terpencil rusak sehingga jadwal kunjungan petugas tertunda "
             "{n} kali")
FOLLOW_UP = ("Koordinasi dengan Dinas PUPR dan jadwal kunjungan pengganti pada pekan "
             "berikutnya ({n})")


def _dataset(world: World) -> None:
    nodes = renstra(world.opd_a, 2025, 2029)
    for number in range(3):
        item = indicator(nodes["sub_kegiatan"], world.opd_a, f"Cakupan layanan {number}",
                         annual=90, year=2026)
        for quarter in range(1, 5):
            realize(item, 2026, {quarter: 80 + quarter}, drivers=DRIVERS.format(n=quarter),
                    obstacles=OBSTACLES.format(n=quarter),
                    follow_up_plan=FOLLOW_UP.format(n=quarter))
    budget(nodes["sub_kegiatan"], world.opd_a, 1250000000, {1: 300000000, 2: 250000000})


def test_each_indicator_is_one_short_row_with_its_narratives_collapsed(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    _dataset(world)
    page = logged_in(browser, live_server.url, world.user("evaluator").username)
    page.goto(live_server.url + reverse("performance_analysis:renja", args=[world.opd_a.pk])
              + "?tahun=2026")

    table = page.get_by_test_id("renja-table")
    first = table.locator("tbody tr", has_text="Cakupan layanan 0").first
    box = first.bounding_box()
    assert box is not None and box["height"] <= 120, box
    assert not page.get_by_text(OBSTACLES.format(n=3)).first.is_visible()
    assert table.bounding_box()["width"] <= 2 * 1366  # type: ignore[index]

    page.get_by_text("Faktor pendorong / penghambat dan tindak lanjut").first.click()
    assert page.get_by_text(OBSTACLES.format(n=3)).first.is_visible()
    assert page.get_by_text(FOLLOW_UP.format(n=4)).first.is_visible()

    response = page.request.get(live_server.url + reverse(
        "performance_analysis:renja_xlsx", args=[world.opd_a.pk]) + "?tahun=2026")
    cells = [str(c) for row in load_workbook(io.BytesIO(response.body())).active
             .iter_rows(values_only=True) for c in row if c]
    for quarter in range(1, 5):
        assert any(OBSTACLES.format(n=quarter) in c for c in cells)
        assert any(FOLLOW_UP.format(n=quarter) in c for c in cells)
