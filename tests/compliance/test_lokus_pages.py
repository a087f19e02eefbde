"""The lokus pages as a user meets them: draw from the form, see the seed, the candidate list and
a recipe that repeats the draw in Python, repeat the check, replace with a reason (both kept),
refusals on the form, and the units as XLSX."""

from __future__ import annotations

import html
import io
import re
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope
from openpyxl import load_workbook

from pantau.audit.models import AuditEvent
from pantau.compliance.models import Lokus, LokusStatus
from pantau.tenancy.models import UnitKind
from tests.compliance.lokus_fixtures import add_puskesmas, draw_a
from tests.personas import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def units(world: World) -> dict[str, Any]:
    return add_puskesmas(world)


def _form(world: World, **values: Any) -> dict[str, Any]:
    return {"year": "2026", "assessor": "ombudsman", "mandatory_units": [world.unit_b.pk],
            "drawn_kind": UnitKind.PUSKESMAS, "draw_count": "2", "seed": "", "note": "",
            **values}


def _text(response: Any) -> str:
    return html.unescape(response.content.decode())


def test_an_evaluator_draws_and_anyone_can_repeat_the_recipe(world: World, units: Any,
                                                             client_for: Any) -> None:
    client = client_for("evaluator")
    response = client.post(reverse("compliance_lokus:create"), _form(world), follow=True)

    page = _text(response)
    with scope(region=world.region_a.pk):
        lokus = Lokus.objects.get()
    assert f"Lokus Ombudsman RI 2026 disimpan dengan benih undian {lokus.seed}." in page
    assert "Loket Layanan Disdik" in page and "Wajib" in page and "Hasil undian" in page
    recipe = re.search(r"<pre[^>]*><code>(.*?)</code></pre>", page, re.S)
    assert recipe is not None
    lines = recipe.group(1).split("\n")
    assert lines[0] == "import random" and lokus.seed in lines[2]
    printed: list[Any] = []
    exec("\n".join(lines), {"print": printed.append})  # noqa: S102  (what a user would paste)
    with scope(region=world.region_a.pk):
        drawn = [row.unit.name for row in lokus.units.select_related("unit").order_by("position")
                 if row.reason == "drawn"]
    assert printed == [drawn]
    for number, name in enumerate(c["name"] for c in lokus.candidates):
        assert name in page, number


def test_the_form_shows_the_refusals_and_saves_nothing(world: World, units: Any,
                                                       client_for: Any) -> None:
    client = client_for("evaluator")
    response = client.post(reverse("compliance_lokus:create"),
                           _form(world, draw_count="9", year="2012"))

    page = _text(response)
    assert response.status_code == 200
    assert "Tahun lokus harus antara 2013 dan" in page
    assert "paling banyak 5 yang dapat diundi" in page
    with scope(region=world.region_a.pk):
        assert not Lokus.objects.exists()


def test_a_unit_of_another_pemda_on_the_form_is_refused_and_audited(
        world: World, units: Any, client_for: Any) -> None:
    response = client_for("evaluator").post(
        reverse("compliance_lokus:create"), _form(world, mandatory_units=[world.unit_other.pk]))

    assert "bukan milik Pemda ini" in _text(response)
    assert "Terminal Kota Lain" not in _text(response)
    with scope(region=world.region_a.pk):
        assert not Lokus.objects.exists()
        assert AuditEvent.objects.filter(action="compliance.lokus.refused").count() == 1


def test_a_second_draw_shows_when_and_lets_the_admin_replace(world: World, units: Any,
                                                             client_for: Any) -> None:
    first = draw_a(world)

    page = _text(client_for("admin").post(reverse("compliance_lokus:create"), _form(world)))

    assert "Lokus Ombudsman RI 2026 sudah diundi pada" in page
    assert "ganti dengan alasan bila perlu" in page
    assert reverse("compliance_lokus:replace", args=[first.pk]) in page
    evaluator_page = _text(client_for("evaluator").post(reverse("compliance_lokus:create"),
                                                        _form(world)))
    assert reverse("compliance_lokus:replace", args=[first.pk]) not in evaluator_page


def test_the_admin_replaces_and_the_list_shows_both(world: World, units: Any,
                                                    client_for: Any) -> None:
    old = draw_a(world)
    admin = client_for("admin")
    form = _text(admin.get(reverse("compliance_lokus:replace", args=[old.pk])))
    assert 'value="2"' in form  # the old draw's choices are the starting point
    response = admin.post(reverse("compliance_lokus:replace", args=[old.pk]), _form(
        world, reason="Puskesmas Pelita sedang direnovasi.", draw_count="3"), follow=True)
    assert response.status_code == 200

    with scope(region=world.region_a.pk):
        new = Lokus.objects.get(status=LokusStatus.ACTIVE)
    assert "Lokus ini menggantikan undian sebelumnya" in _text(response)
    listing = _text(client_for("operator_a").get(reverse("compliance_lokus:list")))
    assert "Diganti" in listing and "Berlaku" in listing
    assert "Fajar Admin Contoh" in listing  # who replaced it
    assert "Puskesmas Pelita sedang direnovasi." in listing
    assert reverse("compliance_lokus:detail", args=[new.pk]) in listing
    assert reverse("compliance_lokus:detail", args=[old.pk]) in listing
    old_page = _text(client_for("leader").get(reverse("compliance_lokus:detail", args=[old.pk])))
    assert "Lokus ini diganti pada" in old_page and "Lihat lokus pengganti" in old_page
    assert "Ganti lokus" not in old_page


def test_a_replacement_without_reason_is_refused_on_the_form(world: World, units: Any,
                                                             client_for: Any) -> None:
    old = draw_a(world)
    response = client_for("admin").post(reverse("compliance_lokus:replace", args=[old.pk]),
                                        _form(world, reason=""))

    assert "Tuliskan alasan penggantian lokus." in _text(response)
    with scope(region=world.region_a.pk):
        assert Lokus.objects.get().status == LokusStatus.ACTIVE


def test_repeating_the_draw_shows_that_it_matches(world: World, units: Any,
                                                  client_for: Any) -> None:
    lokus = draw_a(world)

    response = client_for("operator_b").post(reverse("compliance_lokus:check", args=[lokus.pk]),
                                             follow=True)

    assert "hasilnya sama dengan unit lokus yang tersimpan" in _text(response)
    with scope(region=world.region_a.pk):
        assert AuditEvent.objects.filter(action="compliance.lokus.checked").count() == 1


def test_only_the_back_office_sees_the_draw_button(world: World, units: Any,
                                                   client_for: Any) -> None:
    draw_a(world)
    url = reverse("compliance_lokus:create")
    assert url not in _text(client_for("operator_a").get(reverse("compliance_lokus:list")))
    assert url in _text(client_for("evaluator").get(reverse("compliance_lokus:list")))


def test_the_units_export_to_xlsx(world: World, units: Any, client_for: Any) -> None:
    lokus = draw_a(world, all_of_kind=True)

    response = client_for("head_a").get(reverse("compliance_lokus:xlsx", args=[lokus.pk]))

    book = load_workbook(io.BytesIO(response.content))
    units_sheet, candidates_sheet = book.worksheets
    rows = [row for row in units_sheet.iter_rows(values_only=True) if row and row[0] is not None]
    assert "uji-2026" in rows[1][0]
    header = rows.index(("No.", "Unit layanan", "Jenis", "OPD", "Alasan"))
    body = rows[header + 1:]
    assert body[0] == (1, "Loket Layanan Disdik", "Front office / loket OPD", "Dinas Pendidikan",
                       "Wajib")
    assert [row[4] for row in body] == ["Wajib", "Hasil undian", "Hasil undian",
                                        *["Penilaian mandiri semua unit"] * 3]
    candidates = [row for row in candidates_sheet.iter_rows(values_only=True)
                  if row and isinstance(row[0], int)]
    assert [row[1] for row in candidates] == [c["name"] for c in lokus.candidates]
    assert sorted(row[3] for row in candidates if row[3]) == [1, 2]


def test_units_link_to_their_self_assessment_for_those_who_may_open_it(
        world: World, units: Any, client_for: Any) -> None:
    lokus = draw_a(world, mandatory_units=[world.unit_a, world.unit_b], draw_count=0)
    sheet_a = reverse("compliance_assessment:sheet", args=[2026, world.unit_a.pk, "ombudsman"])
    sheet_b = reverse("compliance_assessment:sheet", args=[2026, world.unit_b.pk, "ombudsman"])
    detail = reverse("compliance_lokus:detail", args=[lokus.pk])

    operator_page = _text(client_for("operator_a").get(detail))
    evaluator_page = _text(client_for("evaluator").get(detail))

    assert sheet_a in operator_page and sheet_b not in operator_page  # OPD B's is not theirs
    assert sheet_a in evaluator_page and sheet_b in evaluator_page
