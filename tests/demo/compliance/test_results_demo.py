"""The demo Pemda's official results tell a red-to-green story, classified by the method."""

from __future__ import annotations

import datetime

import pytest
from django_scopes import scope

from pantau.compliance.models import Assessor, OfficialResult
from pantau.demo.compliance.results import results_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load

TODAY = datetime.date(2026, 11, 23)


@pytest.mark.django_db
def test_official_results_go_from_red_to_green_once() -> None:
    region = tenancy_demo_load(today=TODAY).region

    written = results_demo_load(region=region)
    again = results_demo_load(region=region)

    with scope(region=region.pk):
        ombudsman = {r.year: r for r in OfficialResult.objects.filter(
            assessor=Assessor.OMBUDSMAN, unit=None)}
        pekppp = {r.year: r for r in OfficialResult.objects.filter(
            assessor=Assessor.KEMENPANRB, unit=None)}
    assert (written, again) == (11, 0)
    assert sorted(ombudsman) == list(range(2019, 2026))
    assert (ombudsman[2019].zone, ombudsman[2021].zone) == ("Merah", "Kuning")
    assert (ombudsman[2023].grade, ombudsman[2024].grade) == ("B", "A")
    assert ombudsman[2025].label == "Kualitas Tinggi"  # 2025: the opini as published
    assert [pekppp[y].score for y in sorted(pekppp)] == sorted(r.score for r in pekppp.values())
    assert all(r.source_url for r in [*ombudsman.values(), *pekppp.values()])
