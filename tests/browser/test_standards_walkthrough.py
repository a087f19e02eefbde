"""In a real browser: the operator of the unit's OPD fills a product's standard from the register
(public and internal components, displayed at the counter with a photo, enacted), sees the
unit's completeness, and a citizen without an account reads the six public components on the
unit's public page, never the internal ones."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tests.browser.pages import logged_in
from tests.browser.test_login_home import browser  # noqa: F401  (fixture)
from tests.personas import World
from tests.test_uploads import PNG

pytestmark = pytest.mark.browser


def test_the_operator_fills_a_standard_and_a_citizen_reads_it(
    transactional_db: None, world: World, live_server: Any, browser: Any,  # noqa: F811
    tmp_path: Any,
) -> None:
    photo = tmp_path / "loket.png"
    photo.write_bytes(PNG)
    page = logged_in(browser, live_server.url, world.user("operator_a").username)
    page.goto(live_server.url + reverse("compliance_standards:register"))
    page.get_by_role("link", name="Ubah standar Imunisasi Dasar").click()

    page.get_by_label("Persyaratan", exact=True).fill("Buku KIA dan KTP orang tua")
    page.get_by_label("Jangka waktu pelayanan").fill("15 menit")
    page.get_by_label("Dasar hukum").fill("DASAR-HUKUM-INTERNAL")
    page.get_by_label("Dipajang di loket/ruang pelayanan").check()
    page.get_by_label("Tanggal penetapan").fill("2026-01-05")
    page.get_by_role("button", name="Simpan").click()
    page.get_by_text("Lampirkan foto standar yang terpajang di loket.").wait_for()

    page.get_by_label("Foto standar yang terpajang di loket").set_input_files(str(photo))
    page.get_by_label("Nomor keputusan penetapan").fill("SK Kepala Dinkes 12/2026")
    page.get_by_role("button", name="Simpan").click()

    page.get_by_text("Standar pelayanan Imunisasi Dasar disimpan.").wait_for()
    assert "21,43 %" in page.get_by_test_id("unit-completeness").inner_text()  # 3 of 14

    citizen = browser.new_context(locale="id-ID").new_page()
    citizen.goto(live_server.url + reverse("compliance_public:unit",
                                           args=[world.region_a.slug, world.unit_a.pk]))
    text = citizen.locator("main").inner_text()
    assert "Buku KIA dan KTP orang tua" in text and "SK Kepala Dinkes 12/2026" in text
    assert "DASAR-HUKUM-INTERNAL" not in text
    citizen.context.close()
    page.context.close()
