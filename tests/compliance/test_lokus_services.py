"""Lokus draw, replacement and repeat check: what is stored, what is refused (with a message,
nothing saved, refusals of foreign data or a second draw audited)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scope

from pantau.audit.models import AuditEvent
from pantau.compliance.models import Lokus, LokusReason, LokusStatus, LokusUnit
from pantau.compliance.selectors.lokus import lokus_active, lokus_units
from pantau.compliance.services.lokus import lokus_draw_check, lokus_replace
from tests.compliance.lokus_fixtures import INACTIVE, add_puskesmas, draw_a
from tests.personas import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def units(world: World) -> dict[str, Any]:
    return add_puskesmas(world)


def _rows(lokus: Lokus) -> list[tuple[str, str]]:
    return [(row.unit.name, row.reason) for row in
            LokusUnit.objects.filter(lokus=lokus).select_related("unit").order_by("position")]


def _events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action))


def test_a_draw_stores_seed_candidates_and_units_in_order(world: World, units: Any) -> None:
    lokus = draw_a(world)

    with scope(region=world.region_a.pk):
        names = ["Puskesmas Banjarsari", "Puskesmas Cempaka", "Puskesmas Pelita",
                 "Puskesmas Sukamaju", "Puskesmas Wonoasri"]  # by name; the inactive one out
        assert [c["name"] for c in lokus.candidates] == names
        drawn = random.Random("uji-2026").sample(names, 2)
        assert _rows(lokus) == [("Loket Layanan Disdik", LokusReason.MANDATORY),
                                *[(name, LokusReason.DRAWN) for name in drawn]]
        assert (lokus.seed, lokus.draw_count, lokus.status) == ("uji-2026", 2, "active")
        assert lokus_active(region=world.region_a, year=2026, assessor="ombudsman") == lokus
        event = _events("compliance.lokus.drawn")[0]
        assert event.changes["seed"] == [None, "uji-2026"]
        assert event.changes["drawn"] == [None, drawn]
        assert event.actor == world.user("evaluator")


def test_without_a_seed_one_is_made_and_stored(world: World, units: Any) -> None:
    lokus = draw_a(world, seed="")

    assert len(lokus.seed) == 16
    int(lokus.seed, 16)
    with scope(region=world.region_a.pk):
        drawn = [name for name, reason in _rows(lokus) if reason == LokusReason.DRAWN]
    assert drawn == [c["name"] for c in random.Random(lokus.seed).sample(lokus.candidates, 2)]


def test_mandatory_units_are_not_candidates(world: World, units: Any) -> None:
    lokus = draw_a(world, mandatory_units=[world.unit_a, world.unit_b], draw_count=4)

    assert "Puskesmas Sukamaju" not in [c["name"] for c in lokus.candidates]
    with scope(region=world.region_a.pk):
        assert _rows(lokus)[:2] == [("Loket Layanan Disdik", LokusReason.MANDATORY),
                                    ("Puskesmas Sukamaju", LokusReason.MANDATORY)]
        assert len(set(lokus_units(lokus=lokus))) == 6


def test_every_unit_of_the_kind_is_added_after_the_draw(world: World, units: Any) -> None:
    lokus = draw_a(world, all_of_kind=True)

    with scope(region=world.region_a.pk):
        rows = _rows(lokus)
    assert [reason for _name, reason in rows] == [
        LokusReason.MANDATORY, LokusReason.DRAWN, LokusReason.DRAWN,
        LokusReason.ALL_OF_KIND, LokusReason.ALL_OF_KIND, LokusReason.ALL_OF_KIND]
    assert INACTIVE not in [name for name, _reason in rows]


def test_every_unit_of_the_kind_without_a_draw(world: World, units: Any) -> None:
    lokus = draw_a(world, mandatory_units=[], draw_count=0, all_of_kind=True)

    with scope(region=world.region_a.pk):
        assert {reason for _name, reason in _rows(lokus)} == {LokusReason.ALL_OF_KIND}
        assert len(_rows(lokus)) == 5


def test_a_second_draw_for_the_year_is_refused_and_audited(world: World, units: Any) -> None:
    first = draw_a(world)
    when = timezone.localtime(first.created_at)

    with pytest.raises(ValidationError) as refused:
        draw_a(world, seed="another")

    message = refused.value.messages[0]
    assert message.startswith("Lokus Ombudsman RI 2026 sudah diundi pada ")
    assert f"{when.year}" in message and message.endswith("ganti dengan alasan bila perlu.")
    with scope(region=world.region_a.pk):
        assert Lokus.objects.count() == 1
        assert [e.object_id for e in _events("compliance.lokus.refused")] == [str(first.pk)]
    # Another assessor's lokus for the same year is a lokus of its own.
    assert draw_a(world, assessor="kemenpanrb").status == LokusStatus.ACTIVE


@pytest.mark.parametrize("foreign", ["unit", "id"])
def test_a_unit_of_another_pemda_is_refused_and_audited(world: World, units: Any,
                                                        foreign: str) -> None:
    other = world.unit_other if foreign == "unit" else world.unit_other.pk

    with pytest.raises(ValidationError) as refused:
        draw_a(world, mandatory_units=[world.unit_b, other])

    message = refused.value.message_dict["mandatory_units"][0]
    assert f"#{world.unit_other.pk}" in message and "bukan milik Pemda ini" in message
    assert "Terminal Kota Lain" not in message
    with scope(region=world.region_a.pk):
        assert not Lokus.objects.exists() and not LokusUnit.objects.exists()
        event = _events("compliance.lokus.refused")[0]
        assert event.region_id == world.region_a.pk and event.actor == world.user("evaluator")


NEXT_YEAR_PLUS_ONE = timezone.localdate().year + 2


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"draw_count": 6}, "draw_count",
     "Hanya ada 5 unit Puskesmas aktif di luar unit wajib, jadi paling banyak 5 yang dapat "
     "diundi."),
    ({"draw_count": -1}, "draw_count", "Jumlah yang diundi tidak boleh negatif."),
    ({"year": 2012}, "year", f"Tahun lokus harus antara 2013 dan {NEXT_YEAR_PLUS_ONE - 1}."),
    ({"year": NEXT_YEAR_PLUS_ONE}, "year",
     f"Tahun lokus harus antara 2013 dan {NEXT_YEAR_PLUS_ONE - 1}."),
    ({"drawn_kind": ""}, "drawn_kind", "Pilih jenis unit yang diundi."),
    ({"assessor": "bpk"}, "assessor", "Pilih penilai: Ombudsman RI atau KemenPAN-RB."),
    ({"seed": "x" * 65}, "seed", "Benih undian paling panjang 64 karakter."),
    ({"mandatory_units": [], "draw_count": 0}, "__all__",
     "Lokus tanpa unit: pilih sedikitnya satu unit wajib, undi sedikitnya satu unit, atau "
     "nilai mandiri semua unit suatu jenis."),
])
def test_bad_input_is_refused_with_a_message_and_nothing_saved(
        world: World, units: Any, values: dict[str, Any], field: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        draw_a(world, **values)

    errors = refused.value.message_dict if hasattr(refused.value, "error_dict") else {
        "__all__": refused.value.messages}
    assert message in errors[field]
    with scope(region=world.region_a.pk):
        assert not Lokus.objects.exists() and not LokusUnit.objects.exists()
        assert not AuditEvent.objects.filter(action__startswith="compliance.lokus").exists()


def test_an_inactive_mandatory_unit_is_refused(world: World, units: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        draw_a(world, mandatory_units=[units[INACTIVE]])

    assert refused.value.message_dict["mandatory_units"] == [
        f"Unit tidak aktif tidak dapat menjadi lokus: {INACTIVE}."]


def test_replacing_keeps_both_and_points_the_old_one_at_the_new(world: World,
                                                                units: Any) -> None:
    old = draw_a(world)
    with scope(region=world.region_a.pk):
        new = lokus_replace(actor=world.user("admin"), lokus=old,
                            reason="Puskesmas Pelita direnovasi; Ombudsman memilih yang lain.",
                            mandatory_units=[world.unit_b], drawn_kind="puskesmas",
                            draw_count=3, all_of_kind=False, seed="ganti")
        old.refresh_from_db()

        assert (old.status, old.replaced_by, old.replaced_by_user) == (
            LokusStatus.REPLACED, new, world.user("admin"))
        assert old.replaced_reason.startswith("Puskesmas Pelita direnovasi")
        assert old.replaced_at is not None
        assert (new.status, new.year, new.assessor, new.seed) == ("active", 2026, "ombudsman",
                                                                 "ganti")
        assert lokus_active(region=world.region_a, year=2026, assessor="ombudsman") == new
        assert len(_rows(old)) == 3 and len(_rows(new)) == 4  # both kept, with their units
        event = _events("compliance.lokus.replaced")[0]
        assert event.object_id == str(old.pk) and event.note.startswith("Puskesmas Pelita")
        assert event.changes["seed"] == ["uji-2026", "ganti"]


def test_a_replacement_needs_a_reason_and_a_lokus_in_force(world: World, units: Any) -> None:
    old = draw_a(world)
    kwargs: dict[str, Any] = {"mandatory_units": [world.unit_b], "drawn_kind": "puskesmas",
                              "draw_count": 1, "all_of_kind": False}
    with scope(region=world.region_a.pk):
        with pytest.raises(ValidationError) as no_reason:
            lokus_replace(actor=world.user("admin"), lokus=old, reason="  ", **kwargs)
        assert no_reason.value.message_dict["reason"] == ["Tuliskan alasan penggantian lokus."]
        lokus_replace(actor=world.user("admin"), lokus=old, reason="Salah pilih", **kwargs)
        with pytest.raises(ValidationError) as again:
            lokus_replace(actor=world.user("admin"), lokus=old, reason="Lagi", **kwargs)
        assert "sudah diganti" in again.value.messages[0]
        assert Lokus.objects.count() == 2


def test_the_check_repeats_the_draw_from_what_is_stored(world: World, units: Any) -> None:
    lokus = draw_a(world, all_of_kind=True)

    with scope(region=world.region_a.pk):
        check = lokus_draw_check(actor=world.user("operator_a"), lokus=lokus)
        assert check.matches and check.expected == check.stored
        assert len(check.expected) == 2
        # A candidate list changed after the draw no longer gives the stored units.
        Lokus.objects.filter(pk=lokus.pk).update(candidates=list(reversed(lokus.candidates)))
        lokus.refresh_from_db()
        assert not lokus_draw_check(actor=world.user("operator_a"), lokus=lokus).matches
        assert len(_events("compliance.lokus.checked")) == 2
