"""Indicators filled from the standards register: complete, enacted, displayed, reviewed and
the maklumat, worked cases on the PEKPPP (0–5) and Ombudsman (0–3) scales."""

from __future__ import annotations

import datetime
from fractions import Fraction
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.compliance.models import Instrument, ServiceStandard, UnitMaklumat
from pantau.compliance.selectors.auto_facts import AutoFact, auto_facts
from pantau.tenancy.models import ServiceUnit
from tests.compliance.autofill_data import THIS_YEAR, indicator
from tests.factories import ServiceProductFactory, ServiceStandardFactory, UnitMaklumatFactory
from tests.personas import World

pytestmark = pytest.mark.django_db
PHOTO = "kepatuhan/standar/2026/loket.jpg"


def _fact(world: World, ind: Any, unit: ServiceUnit | None = None,
          year: int = THIS_YEAR) -> AutoFact:
    unit = unit or world.unit_a
    with scope(region=world.region_a.pk):
        facts = auto_facts(region=world.region_a, year=year, units=[unit], indicators=[ind])
    return facts[unit.pk, ind.pk]


def _second_product(world: World, **standard: Any) -> ServiceStandard:
    product = ServiceProductFactory(unit=world.unit_a, name="Surat Keterangan Sehat")
    return ServiceStandardFactory(product=product, **standard)


def test_complete_counts_every_active_product(world: World,
                                              seeded: dict[str, Instrument]) -> None:
    complete = indicator(seeded["pekppp"], "1.a.Ak")
    assert complete.auto_source == "standard_complete"
    none = _fact(world, complete)
    assert (none.met, none.score) == (False, 0)
    assert "0 dari 1 produk layanan aktif" in none.text
    assert none.url == reverse("compliance_standards:unit", args=[world.unit_a.pk])

    ServiceStandardFactory(product=world.product_a)
    _second_product(world, fee="", staff_count=" ", legal_basis="")
    # An inactive product does not count, whatever its standard.
    ServiceProductFactory(unit=world.unit_a, name="Layanan Lama", is_active=False)
    fact = _fact(world, complete)
    assert fact.met == Fraction(1, 2)
    assert fact.score == 2  # ⌊½ × 5⌋
    assert fact.text == ("Standar pelayanan memuat 14 komponen: 1 dari 2 produk layanan aktif. "
                         "Belum: Surat Keterangan Sehat (11 dari 14 komponen).")


def test_unit_without_products_meets_nothing(world: World,
                                             seeded: dict[str, Instrument]) -> None:
    complete = indicator(seeded["pekppp"], "1.a.Ak")
    with scopes_disabled():
        world.product_a.is_active = False
        world.product_a.save()
    fact = _fact(world, complete)
    assert (fact.met, fact.score) == (False, 0)
    assert fact.text.endswith("unit belum punya produk layanan aktif.")


def test_enacted_needs_date_in_the_year_and_decree(world: World,
                                                   seeded: dict[str, Instrument]) -> None:
    enacted = indicator(seeded["ombudsman_2025"], "input-12")
    assert enacted.auto_source == "standard_enacted"
    ServiceStandardFactory(product=world.product_a, enacted_on=datetime.date(THIS_YEAR, 2, 3),
                           decree="Keputusan Kepala Dinas Kesehatan Nomor 12 Tahun 2026")
    assert (_fact(world, enacted).met, _fact(world, enacted).score) == (True, 3)
    other = _second_product(world, enacted_on=datetime.date(THIS_YEAR, 2, 3), decree="")
    partial = _fact(world, enacted)
    assert (partial.met, partial.score) == (Fraction(1, 2), 1)  # ⌊½ × 3⌋
    with scopes_disabled():
        ServiceStandard.objects.filter(pk=other.pk).update(
            decree="Nomor 13", enacted_on=datetime.date(THIS_YEAR + 1, 1, 2))
    assert _fact(world, enacted).met == Fraction(1, 2)  # enacted after the year's end
    assert _fact(world, enacted, year=THIS_YEAR + 1).met is True


def test_displayed_at_counter_and_online_with_evidence(world: World,
                                                       seeded: dict[str, Instrument]) -> None:
    displayed = indicator(seeded["ombudsman_2025"], "proses-01")
    assert displayed.auto_source == "standard_displayed"
    standard = ServiceStandardFactory(product=world.product_a, displayed_at_counter=True,
                                      displayed_online=True, online_url="https://dinkes.go.id/sp")
    assert _fact(world, displayed).score == 0  # no photo of the counter
    with scopes_disabled():
        ServiceStandard.objects.filter(pk=standard.pk).update(counter_photo=PHOTO)
    fact = _fact(world, displayed)
    assert (fact.met, fact.score) == (True, 3)
    with scopes_disabled():
        ServiceStandard.objects.filter(pk=standard.pk).update(online_url="")
    assert _fact(world, displayed).score == 0  # online without an address or a screenshot


def test_reviewed_within_twelve_months_with_the_public(world: World,
                                                       seeded: dict[str, Instrument]) -> None:
    reviewed = indicator(seeded["pekppp"], "4.a.K")
    assert reviewed.auto_source == "standard_reviewed"
    today = timezone.localdate()
    standard = ServiceStandardFactory(product=world.product_a,
                                      last_reviewed_on=today - datetime.timedelta(days=30),
                                      public_involved=True)
    assert _fact(world, reviewed).score == 5
    with scopes_disabled():
        ServiceStandard.objects.filter(pk=standard.pk).update(public_involved=False)
    assert _fact(world, reviewed).score == 0
    with scopes_disabled():
        ServiceStandard.objects.filter(pk=standard.pk).update(
            public_involved=True, last_reviewed_on=datetime.date(THIS_YEAR - 1, 12, 31))
    # A past year counts the 12 months up to its 31 December.
    assert _fact(world, reviewed, year=THIS_YEAR - 1).score == 5
    with scopes_disabled():
        ServiceStandard.objects.filter(pk=standard.pk).update(
            last_reviewed_on=datetime.date(THIS_YEAR - 1, 1, 1))
    assert _fact(world, reviewed, year=THIS_YEAR - 1).score == 5
    with scopes_disabled():
        ServiceStandard.objects.filter(pk=standard.pk).update(
            last_reviewed_on=datetime.date(THIS_YEAR - 2, 12, 31))
    old = _fact(world, reviewed, year=THIS_YEAR - 1)
    assert old.score == 0
    assert f"31 Desember {THIS_YEAR - 1}" in old.text


def test_maklumat_steps_exists_enacted_displayed(world: World,
                                                 seeded: dict[str, Instrument]) -> None:
    pekppp = indicator(seeded["pekppp"], "5.a.K")
    ombudsman = indicator(seeded["ombudsman_2025"], "proses-06a")
    assert pekppp.auto_source == ombudsman.auto_source == "maklumat"
    steps = [(_fact(world, pekppp).score, _fact(world, ombudsman).score)]
    pledge = UnitMaklumatFactory(unit=world.unit_a)
    steps.append((_fact(world, pekppp).score, _fact(world, ombudsman).score))
    with scopes_disabled():
        UnitMaklumat.objects.filter(pk=pledge.pk).update(
            enacted_on=datetime.date(THIS_YEAR, 1, 15), decree="Nomor 800/12/Dinkes/2026")
    steps.append((_fact(world, pekppp).score, _fact(world, ombudsman).score))
    with scopes_disabled():
        UnitMaklumat.objects.filter(pk=pledge.pk).update(displayed=True, photo=PHOTO)
    steps.append((_fact(world, pekppp).score, _fact(world, ombudsman).score))
    # 0, ⅓, ⅔, 1 of the range: PEKPPP 0/1/3/5, Ombudsman 0/1/2/3.
    assert steps == [(0, 0), (1, 1), (3, 2), (5, 3)]
    fact = _fact(world, ombudsman)
    assert fact.text == ("Maklumat pelayanan ditetapkan 15 Januari "
                         f"{THIS_YEAR} dengan Nomor 800/12/Dinkes/2026, terpajang di unit dengan "
                         "foto.")


def test_another_pemdas_register_is_never_counted(world: World,
                                                  seeded: dict[str, Instrument]) -> None:
    complete = indicator(seeded["pekppp"], "1.a.Ak")
    other_product = ServiceProductFactory(unit=world.unit_other)
    ServiceStandardFactory(product=other_product)
    UnitMaklumatFactory(unit=world.unit_other)
    with scope(region=world.region_a.pk):
        facts = auto_facts(region=world.region_a, year=THIS_YEAR,
                           units=[world.unit_a, world.unit_other], indicators=[complete])
    assert list(facts) == [(world.unit_a.pk, complete.pk)]
