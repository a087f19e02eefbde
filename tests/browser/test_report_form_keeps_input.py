"""In a real browser, the quarterly form never throws away what the operator typed: attaching or
removing evidence happens in place, leaving with unsaved input asks first, and the live counter
speaks the page's language."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import Evidence
from tests.browser.pages import logged_in
from tests.browser.test_login_home import browser  # noqa: F401  (fixture)
from tests.performance.reporting.conftest import Reporting, build_reporting, realizations
from tests.personas import World

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _form(browser: Any, live_server: Any, world: World) -> tuple[Any, Reporting]:  # noqa: F811
    rep = build_reporting(world)
    page = logged_in(browser, live_server.url, world.user("operator_a").username)
    page.goto(live_server.url + reverse("performance_reporting:report_form",
                                        args=[world.opd_a.pk, rep.q1.pk]))
    return page, rep


def _active_evidence(rep: Reporting) -> list[str]:
    with scopes_disabled():
        return list(Evidence.objects.filter(realization__period=rep.q1, is_active=True)
                    .values_list("original_name", flat=True))


def test_attaching_evidence_keeps_what_was_typed_in_other_rows(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    page, rep = _form(browser, live_server, world)
    page.fill(f"#value-{rep.percent.pk}", "87,5")
    page.fill(f"textarea[name=drivers-{rep.percent.pk}]", "Posyandu aktif")

    page.set_input_files(f"#bukti-{rep.people.pk}", files=[
        {"name": "daftar-hadir.pdf", "mimeType": "application/pdf", "buffer": PDF}])

    row = page.locator(f"#indikator-{rep.people.pk}")
    row.get_by_role("link", name="daftar-hadir.pdf").wait_for()
    assert page.input_value(f"#value-{rep.percent.pk}") == "87,5"
    assert page.input_value(f"textarea[name=drivers-{rep.percent.pk}]") == "Posyandu aktif"
    assert _active_evidence(rep) == ["daftar-hadir.pdf"]
    assert "Bukti dukung diunggah" in row.inner_text()

    # Removing it is in place too, and the typed value still waits to be saved.
    row.get_by_role("button", name="Hapus").click()
    row.get_by_role("link", name="daftar-hadir.pdf").wait_for(state="detached")
    assert _active_evidence(rep) == []
    assert page.input_value(f"#value-{rep.percent.pk}") == "87,5"
    page.get_by_role("button", name="Simpan draf").click()
    page.wait_for_load_state()
    assert realizations(rep)["IK-A1"] == Decimal("87.5")


def test_a_refused_file_is_explained_in_its_row_and_the_typed_value_stays(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    page, rep = _form(browser, live_server, world)
    page.fill(f"#value-{rep.percent.pk}", "90")

    page.set_input_files(f"#bukti-{rep.people.pk}", files=[
        {"name": "bukan.pdf", "mimeType": "application/pdf", "buffer": b"MZ" + b"\x00" * 300}])

    row = page.locator(f"#indikator-{rep.people.pk}")
    row.get_by_text("ditolak").wait_for()
    assert page.input_value(f"#value-{rep.percent.pk}") == "90"
    assert _active_evidence(rep) == []


def test_leaving_the_form_with_unsaved_input_asks_first(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    page, rep = _form(browser, live_server, world)
    form_url = page.url
    asked: list[str] = []

    def stay(dialog: Any) -> None:
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", stay)
    page.fill(f"#value-{rep.percent.pk}", "87,5")
    page.get_by_role("link", name="Laporan Triwulan").first.click()
    page.wait_for_timeout(500)

    assert asked == ["beforeunload"]
    assert page.url == form_url
    assert page.input_value(f"#value-{rep.percent.pk}") == "87,5"

    # Saving is not leaving: no question.
    page.get_by_role("button", name="Simpan draf").click()
    page.wait_for_load_state()
    assert asked == ["beforeunload"]
    assert realizations(rep)["IK-A1"] is not None


def test_the_live_counter_speaks_english_when_english_is_chosen(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    page, rep = _form(browser, live_server, world)
    page.context.add_cookies([{"name": "django_language", "value": "en",
                               "url": live_server.url}])
    page.reload()
    counter = page.locator("#progres-teks")
    assert counter.inner_text() == "0 of 2 indicators filled in"

    page.fill(f"#value-{rep.percent.pk}", "87,5")

    assert counter.inner_text() == "1 of 2 indicators filled in"
