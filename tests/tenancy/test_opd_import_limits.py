"""An OPD/unit file longer than the row cap is refused whole; a long error list is cut short."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.tenancy.models import Agency
from tests.personas import World
from tests.xlsx import opd_import_file


def test_a_file_over_the_row_cap_is_refused_and_nothing_is_created(
        world: World, client_for: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pantau.spreadsheets.reader.MAX_ROWS", 3)
    agencies = [[f"Dinas {n}", f"D{n}", "Dinas", ""] for n in range(4)]
    with scopes_disabled():
        before = Agency.objects.count()

    response = client_for("admin").post(reverse("tenancy:agency_import"),
                                        {"file": opd_import_file(agencies, [])})

    assert "lebih dari 3 baris data; bagi berkasnya" in response.content.decode()
    with scopes_disabled():
        assert Agency.objects.count() == before


def test_only_the_first_hundred_bad_rows_are_listed(world: World, client_for: Any) -> None:
    agencies = [[f"Dinas {n}", f"D{n}", "bukan jenis", ""] for n in range(120)]

    response = client_for("admin").post(reverse("tenancy:agency_import"),
                                        {"file": opd_import_file(agencies, [])})

    page = response.content.decode()
    assert "120 baris bermasalah" in page
    assert len(re.findall(r"<tr><td>OPD</td>", page)) == 100
    assert "dan 20 kesalahan lainnya" in page
