"""A clean XLSX file creates its OPDs and units in one go, each audited."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Agency, ServiceUnit
from tests.personas import World
from tests.xlsx import opd_import_file

AGENCIES = [
    ["Dinas Sosial", "Dinsos", "Dinas", "Drs. Harun"],
    ["Kecamatan Sukamaju", "Kec. Sukamaju", "kecamatan", None],
]
UNITS = [
    ["Loket Dinsos", "Front office / loket OPD", "Dinsos", "Jl. Merdeka 1"],
    ["Layanan PATEN Sukamaju", "Layanan kecamatan (PATEN)", "kec. sukamaju", ""],
    ["Puskesmas Mekarsari", "Puskesmas", "Dinkes", ""],  # an OPD already in the Pemda
]


def test_good_file_creates_the_opds_and_units(world: World, client_for: Any) -> None:
    response = client_for("admin").post(
        reverse("tenancy:agency_import"), {"file": opd_import_file(AGENCIES, UNITS)}, follow=True)

    assert "Impor berhasil: 2 OPD dan 3 unit layanan ditambahkan." in response.content.decode()
    with scope(region=world.region_a.pk):
        assert Agency.objects.get(short_name="Dinsos").head_name == "Drs. Harun"
        assert Agency.objects.get(name="Kecamatan Sukamaju").kind == "kecamatan"
        units = {u.name: u.agency.short_name for u in ServiceUnit.objects.select_related("agency")}
    assert units["Loket Dinsos"] == "Dinsos"
    assert units["Layanan PATEN Sukamaju"] == "Kec. Sukamaju"
    assert units["Puskesmas Mekarsari"] == "Dinkes"


def test_good_file_is_audited_row_by_row_and_as_one_import(world: World, client_for: Any) -> None:
    client_for("evaluator").post(reverse("tenancy:agency_import"),
                                 {"file": opd_import_file(AGENCIES, UNITS)})

    with scopes_disabled():
        actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert actions.count("tenancy.agency.created") == 2
    assert actions.count("tenancy.unit.created") == 3
    assert actions.count("tenancy.import.applied") == 1


def test_import_goes_to_the_importers_own_pemda(world: World, client_for: Any) -> None:
    client_for("other_admin").post(reverse("tenancy:agency_import"),
                                   {"file": opd_import_file(AGENCIES[:1], UNITS[:1])})

    with scopes_disabled():
        assert Agency.objects.get(short_name="Dinsos").region == world.region_b


def test_an_opd_added_while_the_import_runs_rolls_the_whole_import_back(
        world: World, client_for: Any, monkeypatch: Any) -> None:
    from pantau.tenancy.views import imports

    planned = imports.agencies_import_plan

    def plan_then_someone_adds_dinsos(**kwargs: Any) -> Any:
        plan = planned(**kwargs)
        with scopes_disabled():
            Agency.objects.create(region=world.region_a, name="Dinas Sosial",
                                  short_name="Dinsos", kind="dinas")
        return plan

    monkeypatch.setattr(imports, "agencies_import_plan", plan_then_someone_adds_dinsos)

    response = client_for("admin").post(
        reverse("tenancy:agency_import"), {"file": opd_import_file(AGENCIES, UNITS)})

    assert response.status_code == 200
    assert "Tidak ada yang disimpan" in response.content.decode()
    with scopes_disabled():
        assert not Agency.objects.filter(name="Kecamatan Sukamaju").exists()
        assert not ServiceUnit.objects.filter(name="Loket Dinsos").exists()
