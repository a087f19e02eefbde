"""The survey list pages by fifty, filters by OPD, status and text, keeps its filters, and never
shows an operator another OPD's surveys."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.surveys.models import Survey
from pantau.tenancy.models import ServiceUnit
from tests.personas import World
from tests.surveys.conftest import (
    make_survey,
)


def _many_surveys(unit: ServiceUnit, count: int, **extra: Any) -> None:
    today = timezone.localdate()
    with scopes_disabled():
        Survey.objects.bulk_create([
            Survey(region_id=unit.region_id, unit=unit, title=f"SKM {unit.name} ke-{number}",
                   starts_on=today - datetime.timedelta(days=400 + number),
                   ends_on=today - datetime.timedelta(days=200), **extra)
            for number in range(count)
        ])


def _titles(page: str) -> list[str]:
    return re.findall(r'/survei/\d+/">([^<]+)</a>', page)


def test_the_survey_list_pages_by_fifty_and_keeps_the_filters(
    world: World, client_for: Any
) -> None:
    _many_surveys(world.unit_a, 60)
    client = client_for("evaluator")
    url = reverse("surveys:survey_list")

    first = client.get(url, {"status": "aktif"}).content.decode()
    second = client.get(url, {"status": "aktif", "halaman": 2}).content.decode()

    assert len(_titles(first)) == 50 and len(_titles(second)) == 10
    assert "status=aktif&amp;halaman=2" in first
    assert "Menampilkan 1–50 dari 60 survei" in first
    assert not set(_titles(first)) & set(_titles(second))


def test_the_survey_list_filters_by_opd_status_and_text(
    world: World, survey_a: Survey, client_for: Any
) -> None:
    _many_surveys(world.unit_b, 2)
    old = make_survey(world.unit_a, title="SKM lama Puskesmas", is_active=False)
    client = client_for("evaluator")
    url = reverse("surveys:survey_list")

    by_opd = _titles(client.get(url, {"opd": world.opd_b.pk}).content.decode())
    running = _titles(client.get(url, {"status": "berjalan"}).content.decode())
    inactive = _titles(client.get(url, {"status": "nonaktif"}).content.decode())
    by_text = _titles(client.get(url, {"q": "loket"}).content.decode())

    assert sorted(by_opd) == [f"SKM {world.unit_b.name} ke-{n}" for n in range(2)]
    assert running == [survey_a.title]  # the unit B ones ended long ago
    assert inactive == [old.title]
    assert sorted(by_text) == sorted(by_opd)  # "Loket Layanan Disdik"


def test_an_operator_never_sees_another_opds_surveys(
    world: World, survey_a: Survey, survey_b: Survey, client_for: Any
) -> None:
    url = reverse("surveys:survey_list")
    client = client_for("operator_a")

    forced = client.get(url, {"opd": world.opd_b.pk}).content.decode()
    searched = client.get(url, {"q": "Loket"}).content.decode()

    assert survey_b.title not in forced and survey_a.title in forced
    assert "Pilih OPD dari daftar." in forced
    assert survey_b.title not in searched
    assert "Tidak ada survei yang cocok dengan saringan." in searched
