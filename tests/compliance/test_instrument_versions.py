"""Instrument versions: a new version for a year is a full copy; a version with answers is never
changed (refused with the reason, the refusal audited); bad weights, options and categories are
refused with Indonesian messages and nothing is saved."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_scopes import scope

from pantau.audit.models import AuditEvent
from pantau.compliance.instrument_checks import InstrumentFrozen, shape_problems
from pantau.compliance.models import Answer, Instrument, InstrumentIndicator
from pantau.compliance.seed import SEEDS
from pantau.compliance.selectors.instruments import instrument_for_year, instrument_versions
from pantau.compliance.services.instruments import (
    dimension_update,
    indicator_update,
    instrument_update,
    instrument_version_create,
)
from tests.personas import World

pytestmark = pytest.mark.django_db
Seeded = dict[str, Instrument]


@pytest.fixture
def in_a(world: World) -> Any:
    with scope(region=world.region_a.pk):
        yield world


def _indicator(instrument: Instrument, code: str = "input-01") -> InstrumentIndicator:
    return instrument.indicators.select_related("instrument", "dimension").get(code=code)


def _answer(world: World, indicator: InstrumentIndicator, year: int = 2023) -> Answer:
    return Answer.objects.create(region=world.region_a, year=year, unit=world.unit_a,
                                 instrument=indicator.instrument, indicator=indicator,
                                 operator_score=2)


def _edit(indicator: InstrumentIndicator, actor: Any, **changes: Any) -> InstrumentIndicator:
    options = {o.score: o.meaning for o in indicator.options.all()}
    values: dict[str, Any] = {"text": indicator.text, "weight": indicator.weight,
                              "options": options, **changes}
    return indicator_update(actor=actor, indicator=indicator, **values)


def test_every_seed_passes_the_instrument_checks() -> None:
    assert [shape_problems(seed) for seed in SEEDS] == [[], [], []]


def test_a_new_version_for_a_year_copies_the_version_in_force(
    in_a: World, seeded: Seeded
) -> None:
    source = seeded["ombudsman_2022"]
    created = instrument_version_create(actor=in_a.user("admin"), region=in_a.region_a,
                                        family="ombudsman_2022", year_from=2024)

    assert (created.version, created.year_from, created.copied_from) == (2, 2024, source)
    assert created.indicators.count() == source.indicators.count() == 35
    assert (list(created.categories.values_list("lower", "label"))
            == list(source.categories.values_list("lower", "label")))
    assert instrument_for_year(region=in_a.region_a, family="ombudsman_2022", year=2023) == source
    assert instrument_for_year(region=in_a.region_a, family="ombudsman_2022", year=2024) == created
    rows = next(f for f in instrument_versions(region=in_a.region_a)
                if f.family == "ombudsman_2022").versions
    assert [row.years_text for row in rows] == ["2024", "2022–2023"]
    event = AuditEvent.objects.get(action="compliance.instrument.created")
    assert event.changes["year_from"] == [None, 2024]


def test_a_year_outside_the_family_is_refused(in_a: World, seeded: Seeded) -> None:
    with pytest.raises(ValidationError, match="tahun 2026 di luar itu"):
        instrument_version_create(actor=in_a.user("admin"), region=in_a.region_a,
                                  family="ombudsman_2022", year_from=2026)
    assert Instrument.objects.filter(family="ombudsman_2022").count() == 1


def test_editing_a_version_with_answers_is_refused_with_the_reason_and_audited(
    in_a: World, seeded: Seeded
) -> None:
    indicator = _indicator(seeded["ombudsman_2022"])
    _answer(in_a, indicator)
    admin = in_a.user("admin")

    with pytest.raises(InstrumentFrozen, match=r"sudah dipakai 1 jawaban.*Buat versi baru"):
        _edit(indicator, admin, weight=Decimal(5))
    with pytest.raises(InstrumentFrozen):
        dimension_update(actor=admin, dimension=indicator.dimension, name="Input",
                         weight=Decimal(30), note="")
    with pytest.raises(InstrumentFrozen):
        instrument_update(actor=admin, instrument=indicator.instrument, name="Baru", note="")

    indicator.refresh_from_db()
    indicator.dimension.refresh_from_db()
    assert indicator.weight == 1 and indicator.dimension.weight == Decimal("21.85")
    assert AuditEvent.objects.filter(action="compliance.instrument.refused").count() == 3


def test_answers_keep_their_version_when_a_new_one_is_made(in_a: World, seeded: Seeded) -> None:
    answer = _answer(in_a, _indicator(seeded["ombudsman_2022"]))
    created = instrument_version_create(actor=in_a.user("admin"), region=in_a.region_a,
                                        family="ombudsman_2022", year_from=2023)
    _edit(_indicator(created), in_a.user("admin"), weight=Decimal(3))

    answer.refresh_from_db()
    assert answer.instrument == seeded["ombudsman_2022"]
    assert answer.indicator.weight == 1


@pytest.mark.parametrize(("changes", "message"), [
    ({"weight": Decimal(-1)}, "tidak boleh negatif"),
    ({"options": {0: "a", 4: "b", 7: "c"}}, "Pilihan nilai 4, 7 pada indikator input-01 di luar "
                                           "rentang 0–3"),
    ({"text": "  "}, "Teks indikator wajib diisi"),
])
def test_bad_indicator_edits_are_refused_and_nothing_is_saved(
    in_a: World, seeded: Seeded, changes: dict[str, Any], message: str
) -> None:
    indicator = _indicator(seeded["ombudsman_2022"])
    with pytest.raises(ValidationError, match=message):
        _edit(indicator, in_a.user("admin"), **changes)
    indicator.refresh_from_db()
    assert indicator.weight == 1
    assert not AuditEvent.objects.filter(action="compliance.indicator.updated").exists()


def test_a_dimension_left_without_weighted_indicator_is_refused(
    in_a: World, seeded: Seeded
) -> None:
    pengaduan = list(seeded["ombudsman_2022"].indicators.select_related("instrument", "dimension")
                     .filter(dimension__code="pengaduan").order_by("position"))
    admin = in_a.user("admin")
    _edit(pengaduan[0], admin, weight=Decimal(0))
    _edit(pengaduan[1], admin, weight=Decimal(0))

    with pytest.raises(ValidationError, match="Dimensi Pengelolaan pengaduan tidak mempunyai "
                                              "indikator berbobot"):
        _edit(pengaduan[2], admin, weight=Decimal(0))
    pengaduan[2].refresh_from_db()
    assert pengaduan[2].weight == 1


def test_an_accepted_edit_is_audited_field_by_field(in_a: World, seeded: Seeded) -> None:
    indicator = _indicator(seeded["pekppp"], "1.a.Ak")
    _edit(indicator, in_a.user("admin"), weight=Decimal(18), options={0: "Belum ada SP"})

    event = AuditEvent.objects.get(action="compliance.indicator.updated")
    assert event.changes["weight"] == ["17.0000", "18"]
    assert event.changes["nilai 0"] == ["Tidak ada standar pelayanan", "Belum ada SP"]


def test_categories_must_fall_and_shares_must_sum_to_one(in_a: World, seeded: Seeded) -> None:
    instrument = seeded["ombudsman_2025"]
    rows = list(instrument.categories.order_by("position").values_list("lower", "label"))
    rising = [(Decimal(50), rows[0][1]), *rows[1:]]
    admin = in_a.user("admin")

    with pytest.raises(ValidationError, match="Batas bawah kategori harus menurun"):
        instrument_update(actor=admin, instrument=instrument, name=instrument.name, note="",
                          categories=rising, dimension_share=Decimal("0.7"),
                          public_trust_share=Decimal("0.3"))
    with pytest.raises(ValidationError, match="berjumlah 1"):
        instrument_update(actor=admin, instrument=instrument, name=instrument.name, note="",
                          categories=rows, dimension_share=Decimal("0.7"),
                          public_trust_share=Decimal("0.4"))
    instrument_update(actor=admin, instrument=instrument, name=instrument.name, note="",
                      categories=[(Decimal(85), rows[0][1]), *rows[1:]],
                      dimension_share=Decimal("0.6"), public_trust_share=Decimal("0.4"))
    instrument.refresh_from_db()
    assert instrument.categories.get(position=1).lower == Decimal(85)
    assert instrument.public_trust_share == Decimal("0.4")


def test_the_page_shows_the_refusal_of_a_version_with_answers(
    world: World, seeded: Seeded, client_for: Any
) -> None:
    with scope(region=world.region_a.pk):
        indicator = _indicator(seeded["ombudsman_2022"])
        _answer(world, indicator)
    url = reverse("compliance:indicator_update", args=[indicator.pk])

    page = client_for("admin").get(url)
    response = client_for("admin").post(url, {"text": "Diubah", "weight": "1",
                                              "source_status": "one"})

    assert "perubahan akan ditolak" in page.content.decode()
    assert response.status_code == 200
    assert "sudah dipakai 1 jawaban" in response.content.decode()
    with scope(region=world.region_a.pk):
        indicator.refresh_from_db()
    assert indicator.text != "Diubah"
