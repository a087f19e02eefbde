"""The self-assessment pages as a user sees them: the overview, the answer sheet, saving one
indicator with htmx (its row and the prediction panel come back) and without JavaScript."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from pantau.compliance.models import Answer, Instrument, InstrumentIndicator
from tests.compliance.test_assessment_answers import YEAR, indicator
from tests.personas import World

HTMX = {"HTTP_HX_REQUEST": "true"}


def sheet_url(world: World, family: str = "ombudsman") -> str:
    return reverse("compliance_assessment:sheet", args=[YEAR, world.unit_a.pk, family])


def answer_url(world: World, ind: InstrumentIndicator, name: str = "answer") -> str:
    return reverse(f"compliance_assessment:{name}", args=[YEAR, world.unit_a.pk, "ombudsman",
                                                          ind.pk])


def stored() -> list[Answer]:
    with scopes_disabled():
        return list(Answer.objects.all())


@pytest.fixture
def input_01(seeded: dict[str, Instrument]) -> InstrumentIndicator:
    return indicator(seeded["ombudsman_2022"], "input-01")


@pytest.mark.django_db
def test_the_overview_lists_the_units_each_persona_may_assess(
        world: World, seeded: Any, client_for: Any) -> None:
    url = reverse("compliance_assessment:overview", args=[YEAR])

    own = client_for("operator_a").get(url).content.decode()
    everyone = client_for("evaluator").get(url).content.decode()

    assert "Puskesmas Sukamaju" in own and "Loket Layanan Disdik" not in own
    assert "unit OPD lain tidak ditampilkan" in own
    assert "Puskesmas Sukamaju" in everyone and "Loket Layanan Disdik" in everyone
    assert "0/35" in everyone  # nothing answered of the 35 Ombudsman 2022 indicators
    assert "Lokus belum ditetapkan" in everyone


@pytest.mark.django_db
def test_the_sheet_shows_levels_evidence_and_the_choice_of_each_indicator(
        world: World, input_01: InstrumentIndicator, client_for: Any) -> None:
    page = client_for("operator_a").get(sheet_url(world)).content.decode()

    assert "Pengetahuan tentang komponen standar pelayanan" in page
    assert f'name="i{input_01.pk}-score"' in page and 'type="radio"' in page
    assert "Bukti yang diperlukan" in page and 'id="prediksi"' in page
    assert "Simpan reviu" not in page  # the operator does not review


@pytest.mark.django_db
def test_pekppp_levels_are_worded_and_scored_0_to_5(world: World, seeded: Any,
                                                    client_for: Any) -> None:
    page = client_for("operator_a").get(sheet_url(world, "pekppp")).content.decode()

    assert "Kebijakan Pelayanan" in page
    assert 'value="5"' in page and "arti tingkat belum dipublikasikan" not in page


@pytest.mark.django_db
def test_saving_with_htmx_returns_the_row_and_the_prediction_panel(
        world: World, input_01: InstrumentIndicator, client_for: Any) -> None:
    data = {f"i{input_01.pk}-score": "2", f"i{input_01.pk}-note": "Sudah paham"}

    response = client_for("operator_a").post(answer_url(world, input_01), data, **HTMX)

    body = response.content.decode()
    assert response.status_code == 200
    assert f'id="indikator-{input_01.pk}"' in body and "Jawaban input-01 disimpan." in body
    assert 'id="prediksi"' in body and 'hx-swap-oob="true"' in body
    assert [(a.operator_score, a.operator_note) for a in stored()] == [(2, "Sudah paham")]


@pytest.mark.django_db
def test_a_refused_answer_stays_in_its_row_with_the_reason(
        world: World, input_01: InstrumentIndicator, client_for: Any) -> None:
    data = {f"i{input_01.pk}-score": "2",
            f"i{input_01.pk}-evidence": SimpleUploadedFile("bukti.pdf", b"bukan pdf sama sekali")}

    response = client_for("operator_a").post(answer_url(world, input_01), data, **HTMX)

    body = response.content.decode()
    assert response.status_code == 200 and "Belum disimpan" in body
    assert "Isi berkas bukan PDF, PNG, atau JPEG" in body
    assert 'hx-swap-oob' not in body and stored() == []


@pytest.mark.django_db
def test_without_javascript_the_form_posts_the_page_and_comes_back_to_the_row(
        world: World, input_01: InstrumentIndicator, client_for: Any) -> None:
    client = client_for("operator_a")

    saved = client.post(answer_url(world, input_01), {f"i{input_01.pk}-score": "3"})
    refused = client.post(answer_url(world, input_01), {f"i{input_01.pk}-score": "4"})

    assert saved.status_code == 302
    assert saved["Location"].endswith(f"#indikator-{input_01.pk}")
    assert refused.status_code == 200
    assert "Pilih salah satu nilai." in refused.content.decode()
    assert [a.operator_score for a in stored()] == [3]


@pytest.mark.django_db
def test_the_evaluator_reviews_and_both_scores_are_shown(
        world: World, input_01: InstrumentIndicator, client_for: Any) -> None:
    client_for("operator_a").post(answer_url(world, input_01), {f"i{input_01.pk}-score": "3"})
    evaluator = client_for("evaluator")

    refused = evaluator.post(answer_url(world, input_01, "review"),
                             {f"i{input_01.pk}-evaluator_score": "1"}, **HTMX)
    done = evaluator.post(answer_url(world, input_01, "review"),
                          {f"i{input_01.pk}-evaluator_score": "1",
                           f"i{input_01.pk}-evaluator_note": "Dua petugas belum paham"}, **HTMX)

    assert "Tuliskan alasan" in refused.content.decode()
    body = done.content.decode()
    assert "Nilai operator:</strong> 3" in body and "Nilai evaluator:</strong> 1" in body
    assert "Dua petugas belum paham" in body
    [answer] = stored()
    assert (answer.operator_score, answer.evaluator_score) == (3, 1)


@pytest.mark.django_db
def test_an_indicator_filled_from_another_module_offers_the_operator_no_choice(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    with scopes_disabled():
        filled = InstrumentIndicator.objects.filter(
            instrument=seeded["ombudsman_2022"]).exclude(auto_source="").first()
    assert filled is not None

    page = client_for("operator_a").get(sheet_url(world)).content.decode()
    posted = client_for("operator_a").post(answer_url(world, filled),
                                           {f"i{filled.pk}-score": "3"}, **HTMX)

    assert f'name="i{filled.pk}-score"' not in page and "Diisi dari modul lain" in page
    assert "tidak diketik ulang" in posted.content.decode()
    # Opening the sheet filled it from the register (no standard: 0); the typed 3 is not kept.
    assert all(answer.filled_from for answer in stored())
    assert [a.operator_score for a in stored() if a.indicator_id == filled.pk] == [0]


def dimension_indicators(instrument: Instrument, code: str) -> list[InstrumentIndicator]:
    with scopes_disabled():
        return list(InstrumentIndicator.objects.filter(instrument=instrument,
                                                       dimension__code=code))


@pytest.mark.django_db
def test_the_panel_shows_the_hand_calculation_after_each_save(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    """Input: 15 indicators of weight 1; two at 3 → 21,85 × 6 / 45 = 2,913… → 2,91 points, the
    unit's only points: 2,91, category E (Kualitas Terendah, merah). Without a lokus the Pemda
    is the mean of the units with answers: 2,91."""
    inputs = dimension_indicators(seeded["ombudsman_2022"], "input")
    assert len(inputs) == 15 and {i.weight for i in inputs} == {1}
    client = client_for("operator_a")
    first, second = [i for i in inputs if not i.auto_source][:2]

    client.post(answer_url(world, first), {f"i{first.pk}-score": "3"}, **HTMX)
    body = client.post(answer_url(world, second), {f"i{second.pk}-score": "3"},
                       **HTMX).content.decode()

    assert 'id="prediksi-unit">2,91<' in body and 'id="prediksi-pemda">2,91<' in body
    assert "2,91 / 21,85" in body and "Kualitas Terendah" in body and "Merah" in body
    assert "Rata-rata 1 unit yang sudah menjawab (lokus belum ditetapkan)" in body


@pytest.mark.django_db
def test_the_pekppp_panel_shows_the_index_and_grade(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    """Inovasi (12 %) has two indicators of 50 %: 5 on the first and nothing else →
    0,12 × 0,50 × 5 = 0,30, grade F (Gagal)."""
    first = next(i for i in dimension_indicators(seeded["pekppp"], "inovasi")
                 if i.code == "29.f.B")
    assert first.weight == 50
    url = reverse("compliance_assessment:answer",
                  args=[YEAR, world.unit_a.pk, "pekppp", first.pk])

    body = client_for("operator_a").post(url, {f"i{first.pk}-score": "5"},
                                         **HTMX).content.decode()

    assert 'id="prediksi-unit">0,30<' in body and "Gagal" in body
    assert "F-03) belum ada" in body


@pytest.mark.django_db
def test_the_units_answers_export_to_xlsx_with_both_scores(
        world: World, input_01: InstrumentIndicator, client_for: Any) -> None:
    client_for("operator_a").post(answer_url(world, input_01),
                                  {f"i{input_01.pk}-score": "3", f"i{input_01.pk}-note": "=1+1"})
    client_for("evaluator").post(answer_url(world, input_01, "review"),
                                 {f"i{input_01.pk}-evaluator_score": "2",
                                  f"i{input_01.pk}-evaluator_note": "Satu petugas belum paham"})

    response = client_for("operator_a").get(
        reverse("compliance_assessment:sheet_xlsx", args=[YEAR, world.unit_a.pk, "ombudsman"]))

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[1] == "input-01"]
    assert rows == [("Input (kompetensi pelaksana dan sarana prasarana)", "input-01",
                     "Pengetahuan tentang komponen standar pelayanan", 3, "'=1+1", None, None,
                     2, "Satu petugas belum paham", 2)]
