"""In a real browser, the whole quarter: the operator enters and submits, the head approves, the
evaluator returns it, the operator fixes it, and it is approved, verified and locked; then the
evaluator produces the rakor pack PDF and downloads it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse

from tests.browser.pages import logged_in
from tests.browser.test_login_home import _screenshot, browser  # noqa: F401  (fixture)
from tests.performance.reporting.conftest import build_reporting, realizations, report_status
from tests.personas import World

pytestmark = pytest.mark.browser


def _as(chromium: Any, base_url: str, username: str) -> Any:
    return logged_in(chromium, base_url, username)


def test_a_quarter_goes_from_entry_to_locked_in_the_browser(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    rep = build_reporting(world)
    form_url = live_server.url + reverse(
        "performance_reporting:report_form", args=[world.opd_a.pk, rep.q1.pk])

    operator = _as(browser, live_server.url, world.user("operator_a").username)
    operator.goto(form_url)
    operator.fill(f"#value-{rep.percent.pk}", "87,5")
    operator.fill(f"#value-{rep.people.pk}", "120")
    operator.get_by_role("button", name="Simpan draf").click()
    operator.wait_for_load_state()
    assert "2 dari 2 indikator terisi" in operator.content()
    operator.get_by_role("button", name="Ajukan laporan").click()
    operator.wait_for_load_state()
    assert report_status(rep) == "submitted"

    head = _as(browser, live_server.url, world.user("head_a").username)
    head.goto(form_url)
    head.get_by_role("button", name="Setujui").click()
    head.wait_for_load_state()
    assert report_status(rep) == "approved"

    evaluator = _as(browser, live_server.url, world.user("evaluator").username)
    evaluator.goto(form_url)
    evaluator.fill("#catatan-kembali", "Realisasi IK-A1 belum sesuai bukti")
    evaluator.get_by_role("button", name="Kembalikan ke OPD").click()
    evaluator.wait_for_load_state()
    assert report_status(rep) == "returned"

    operator.goto(form_url)
    assert "Realisasi IK-A1 belum sesuai bukti" in operator.content()
    operator.fill(f"#value-{rep.percent.pk}", "88")
    operator.get_by_role("button", name="Simpan draf").click()
    operator.wait_for_load_state()
    operator.get_by_role("button", name="Ajukan laporan").click()
    operator.wait_for_load_state()
    head.goto(form_url)
    head.get_by_role("button", name="Setujui").click()
    head.wait_for_load_state()
    evaluator.goto(form_url)
    evaluator.get_by_role("button", name="Verifikasi").click()
    evaluator.wait_for_load_state()
    assert report_status(rep) == "verified"
    assert realizations(rep)["IK-A1"] == Decimal("88")

    evaluator.goto(live_server.url + reverse("performance_reporting:overview")
                   + f"?periode={rep.q1.pk}")
    evaluator.get_by_role("button", name="Kunci").click()
    evaluator.wait_for_load_state()
    assert report_status(rep) == "locked"
    _screenshot(evaluator, "quarter-locked.png")

    # Closing has one page: the unverified report of OPD B, a reason and the confirmation.
    evaluator.get_by_role("link", name="Tutup periode").click()
    evaluator.wait_for_load_state()
    assert "1 laporan OPD belum terverifikasi" in evaluator.content()
    evaluator.get_by_label("Alasan menutup periode").fill("Rakor evaluasi TW I")
    evaluator.get_by_label("Saya mengerti").check()
    _screenshot(evaluator, "period-close.png")
    evaluator.get_by_role("button", name="Tutup periode").click()
    evaluator.wait_for_load_state()
    assert "Periode ini sudah ditutup" in evaluator.content()

    evaluator.goto(live_server.url + reverse("performance_rakor:index"))
    evaluator.select_option("#id_period", str(rep.q1.pk))
    evaluator.get_by_role("button", name="Buat paket rakor").click()
    download_link = evaluator.get_by_role("link", name="Unduh")
    download_link.wait_for()
    with evaluator.expect_download() as download_info:
        download_link.click()
    pdf = download_info.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    _screenshot(evaluator, "rakor-pack-ready.png")
