"""The page of a unit's auto-filled indicators, its XLSX and the refresh button."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from pantau.audit.models import AuditEvent
from pantau.compliance.models import Answer, Instrument
from tests.compliance.autofill_data import THIS_YEAR, skm_with_tally
from tests.factories import ServiceStandardFactory
from tests.personas import World

pytestmark = pytest.mark.django_db


def _page(world: World) -> str:
    return reverse("compliance_autofill:unit", args=[THIS_YEAR, world.unit_a.pk])


def _refresh(world: World) -> str:
    return reverse("compliance_autofill:unit_refresh", args=[THIS_YEAR, world.unit_a.pk])


def test_page_shows_each_fact_with_its_figures_and_link(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    survey = skm_with_tally(world.unit_a, respondents=412, population=100_000)
    page = client_for("operator_a").get(_page(world))
    body = page.content.decode()
    assert page.status_code == 200
    assert f"SKM {THIS_YEAR} dilaksanakan: {survey.title}, 412 responden." in body
    assert reverse("surveys:survey_detail", args=[survey.pk]) in body
    assert "Standar pelayanan memuat 14 komponen: 0 dari 1 produk layanan aktif." in body
    assert "Perbarui dari SKM dan standar pelayanan" in body
    assert "Belum terisi" in body


def test_readers_see_the_page_without_the_button(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    body = client_for("leader").get(_page(world)).content.decode()
    assert "Indikator terisi otomatis" in body
    assert "Perbarui dari SKM dan standar pelayanan" not in body


def test_button_fills_the_answers_and_says_so(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    ServiceStandardFactory(product=world.product_a)
    client = client_for("operator_a")
    answer_page = "/kepatuhan/penilaian/?unit=1"
    response = client.post(_refresh(world), {"next": answer_page, "family": "pekppp"})
    assert response.status_code == 302 and response["Location"] == answer_page
    with scopes_disabled():
        filled = {a.indicator.code: a.operator_score for a in Answer.objects.filter(
            unit=world.unit_a).select_related("indicator")}
    assert filled["1.a.Ak"] == 5 and filled["6.a.B"] == 0
    assert "ombudsman" not in {a for a in filled if a.startswith("proses")}
    assert all(not code.startswith(("input", "proses")) for code in filled)

    page = client.get(_page(world)).content.decode()
    assert "Terisi dari sumber, mutakhir" in page
    again = client.post(_refresh(world), {"family": "pekppp"}, follow=True).content.decode()
    assert "tidak ada yang berubah" in again


def test_next_to_another_site_is_ignored(world: World, seeded: dict[str, Instrument],
                                         client_for: Any) -> None:
    response = client_for("evaluator").post(_refresh(world), {"next": "https://jahat.example/"})
    assert response["Location"] == _page(world)


def test_another_opds_operator_is_refused_audited_and_nothing_saved(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    response = client_for("operator_b").post(_refresh(world))
    assert response.status_code == 403
    with scopes_disabled():
        assert not Answer.objects.filter(unit=world.unit_a).exists()
        refused = AuditEvent.objects.get(action="compliance.autofill.refused")
    assert refused.actor == world.user("operator_b")
    assert refused.object_id == str(world.unit_a.pk)


def test_xlsx_holds_the_same_facts(world: World, seeded: dict[str, Instrument],
                                   client_for: Any) -> None:
    skm_with_tally(world.unit_a, respondents=412, population=100_000)
    response = client_for("head_a").get(
        reverse("compliance_autofill:unit_xlsx", args=[THIS_YEAR, world.unit_a.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    held = next(row for row in rows if row[1] == "6.a.B")
    assert held[4].startswith(f"SKM {THIS_YEAR} dilaksanakan") and held[6] == 5


def test_year_outside_the_range_is_not_found(world: World, seeded: dict[str, Instrument],
                                             client_for: Any) -> None:
    url = reverse("compliance_autofill:unit", args=[1999, world.unit_a.pk])
    assert client_for("admin").get(url).status_code == 404


def _sheet(world: World, family: str = "pekppp") -> str:
    return reverse("compliance_assessment:sheet", args=[THIS_YEAR, world.unit_a.pk, family])


def test_answer_sheet_fills_on_opening_and_shows_the_fact_and_button(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    skm_with_tally(world.unit_a, respondents=412, population=100_000)
    body = client_for("operator_a").get(_sheet(world)).content.decode()
    assert "Perbarui dari SKM dan standar pelayanan" in body
    assert "412 responden" in body and "nilai 5" in body
    with scopes_disabled():
        held = Answer.objects.get(unit=world.unit_a, indicator__code="6.a.B")
    assert (held.operator_score, held.filled_from) == (5, "skm_held")
    with scopes_disabled():
        assert not Answer.objects.filter(unit=world.unit_a,
                                         instrument__family="ombudsman_2025").exists()


def test_a_reader_opening_the_sheet_writes_nothing(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    body = client_for("leader").get(_sheet(world)).content.decode()
    assert "Perbarui dari SKM dan standar pelayanan" not in body
    assert "Belum ada SKM" in body  # the fact is still shown
    with scopes_disabled():
        assert not Answer.objects.exists()


def test_back_office_refills_every_unit_from_the_overview(
        world: World, seeded: dict[str, Instrument], client_for: Any) -> None:
    overview = reverse("compliance_assessment:overview", args=[THIS_YEAR])
    assert "Perbarui semua unit" not in client_for("operator_a").get(overview).content.decode()
    client = client_for("evaluator")
    assert "Perbarui semua unit" in client.get(overview).content.decode()
    response = client.post(reverse("compliance_autofill:region_refresh", args=[THIS_YEAR]),
                           {"next": overview})
    assert response["Location"] == overview
    with scopes_disabled():
        units = set(Answer.objects.values_list("unit_id", flat=True))
    assert units == {world.unit_a.pk, world.unit_b.pk}  # no lokus yet: every active unit
