"""In a real browser, the self-assessment sheet saves one indicator in place: the row says so,
the prediction panel follows, and what was typed in another row stays; the evaluator's review
keeps both scores."""

from __future__ import annotations

import os
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.compliance.models import Answer, InstrumentIndicator
from pantau.compliance.services.seeding import instruments_seed
from tests.browser.pages import logged_in
from tests.browser.test_login_home import browser  # noqa: F401  (fixture)
from tests.personas import World

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
YEAR = 2024


def _sheet(browser: Any, live_server: Any, world: World,  # noqa: F811
           persona: str) -> tuple[Any, list[InstrumentIndicator]]:
    with scope(region=world.region_a.pk):
        instruments_seed(region=world.region_a)
    with scopes_disabled():
        inputs = list(InstrumentIndicator.objects.filter(
            instrument__family="ombudsman_2022", dimension__code="input", auto_source="")
            .order_by("position"))
    page = logged_in(browser, live_server.url, world.user(persona).username)
    page.goto(live_server.url + reverse("compliance_assessment:sheet",
                                        args=[YEAR, world.unit_a.pk, "ombudsman"]))
    return page, inputs


def _stored() -> list[tuple[int | None, int | None, str]]:
    """The answers typed on the sheet (opening it fills the indicators SKM and the standards
    register already know: those rows carry ``filled_from``)."""
    with scopes_disabled():
        return list(Answer.objects.filter(filled_from="").values_list(
            "operator_score", "evaluator_score", "evidence_name"))


def test_saving_one_indicator_updates_its_row_and_the_prediction_in_place(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    page, (first, second, *_rest) = _sheet(browser, live_server, world, "operator_a")
    other = page.locator(f"#indikator-{second.pk}")
    other.get_by_label("Catatan operator").fill("Belum disimpan")
    row = page.locator(f"#indikator-{first.pk}")

    row.locator(f"#id_i{first.pk}-score_3").check()
    row.get_by_label("Catatan operator").fill("Empat petugas paham 14 komponen")
    row.get_by_label("Bukti dukung (gambar atau PDF)").set_input_files(files=[
        {"name": "daftar-hadir.pdf", "mimeType": "application/pdf", "buffer": PDF}])
    row.get_by_role("button", name="Simpan jawaban").click()

    page.locator(f"#indikator-{first.pk}").get_by_text("Jawaban input-01 disimpan.").wait_for()
    # 21,85 × 3 / 45 = 1,456… → 1,46, the unit's only points and the Pemda's mean.
    assert page.locator("#prediksi-unit").inner_text() == "1,46"
    assert page.locator("#prediksi-pemda").inner_text() == "1,46"
    assert page.locator(f"#indikator-{second.pk}").get_by_label(
        "Catatan operator").input_value() == "Belum disimpan"
    assert _stored() == [(3, None, "daftar-hadir.pdf")]
    if os.environ.get("ASSESSMENT_SCREENSHOT"):
        page.screenshot(path=os.environ["ASSESSMENT_SCREENSHOT"], full_page=False)


def test_a_refused_file_is_explained_in_its_row_and_nothing_is_saved(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    page, (first, *_rest) = _sheet(browser, live_server, world, "operator_a")
    row = page.locator(f"#indikator-{first.pk}")

    row.locator(f"#id_i{first.pk}-score_2").check()
    row.get_by_label("Bukti dukung (gambar atau PDF)").set_input_files(files=[
        {"name": "bukti.pdf", "mimeType": "application/pdf", "buffer": b"bukan PDF"}])
    row.get_by_role("button", name="Simpan jawaban").click()

    page.locator(f"#indikator-{first.pk}").get_by_text("Belum disimpan").wait_for()
    assert "Isi berkas bukan PDF, PNG, atau JPEG" in page.locator(
        f"#indikator-{first.pk}").inner_text()
    assert page.locator(f"#id_i{first.pk}-score_2").is_checked()
    assert _stored() == []


def test_the_evaluator_sets_another_score_and_both_stay_visible(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    page, (first, *_rest) = _sheet(browser, live_server, world, "evaluator")
    row = page.locator(f"#indikator-{first.pk}")
    row.locator(f"#id_i{first.pk}-score_3").check()
    row.get_by_role("button", name="Simpan jawaban").click()
    page.locator(f"#indikator-{first.pk}").get_by_text("Jawaban input-01 disimpan.").wait_for()

    row = page.locator(f"#indikator-{first.pk}")
    row.get_by_label("Nilai evaluator").select_option("1")
    row.get_by_label("Catatan evaluator").fill("Dua dari empat petugas belum paham")
    row.get_by_role("button", name="Simpan reviu").click()

    page.locator(f"#indikator-{first.pk}").get_by_text("Reviu input-01 disimpan.").wait_for()
    text = page.locator(f"#indikator-{first.pk}").inner_text()
    assert "Nilai operator: 3" in text and "Nilai evaluator: 1" in text
    assert page.locator("#prediksi-unit").inner_text() == "0,49"  # 21,85 × 1 / 45
    assert _stored() == [(3, 1, "")]
