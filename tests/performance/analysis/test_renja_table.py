"""The Renja evaluation table of a small known dataset, column by column, on page and in XLSX."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from pantau.performance.models import Target
from pantau.performance.selectors.renja import RENJA_COLUMNS, renja_table
from tests.performance.analysis.builders import budget, indicator, realize, renstra
from tests.personas import World


def _dataset(world: World) -> None:
    nodes = renstra(world.opd_a, 2025, 2029)
    item = indicator(nodes["sub_kegiatan"], world.opd_a, "Izin terbit", aggregation="sum",
                     annual=100, year=2026)
    with scopes_disabled():
        Target.objects.create(region=world.region_a, indicator=item, year=2029,
                              value=Decimal(500))
    realize(item, 2025, {1: 20, 2: 30, 3: 25, 4: 25})  # 100 in the year before
    realize(item, 2026, {1: 10, 2: 20}, drivers="Layanan daring", obstacles="Sinyal",
            follow_up_plan="Tambah loket")
    budget(nodes["sub_kegiatan"], world.opd_a, 1000000, {1: 100000, 2: 250000})


def test_columns_of_a_known_dataset(world: World) -> None:
    _dataset(world)
    with scope(region=world.region_a.pk):
        [row] = renja_table(agency=world.opd_a, year=2026)
    assert row.renstra_target == Decimal(500)
    assert row.earlier_realization == Decimal(100)
    assert (row.target, row.pagu) == (Decimal(100), Decimal(1000000))
    assert row.quarters == ((Decimal(10), Decimal(100000)), (Decimal(20), Decimal(250000)),
                            (None, None), (None, None))
    assert (row.year_realization, row.year_spent) == (Decimal(30), Decimal(350000))
    assert row.cumulative == Decimal(130)
    assert row.achievement == Decimal("26.00")  # 130 / 500
    assert row.rating == "Sangat Rendah"
    assert row.drivers_obstacles == "Layanan daring / Sinyal"
    assert row.follow_up == "Tambah loket"


def test_page_and_xlsx_follow_the_regulation_layout(world: World, client_for: Any) -> None:
    _dataset(world)
    client = client_for("head_a")
    page = client.get(reverse("performance_analysis:renja", args=[world.opd_a.pk]) + "?tahun=2026")
    assert "26,00" in page.content.decode()
    response = client.get(
        reverse("performance_analysis:renja_xlsx", args=[world.opd_a.pk]) + "?tahun=2026")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header_index = next(i for i, r in enumerate(rows) if r and r[0] == "No.")
    assert list(rows[header_index]) == [str(c) for c in RENJA_COLUMNS]
    data = rows[header_index + 1]
    assert data[3] == "Izin terbit" and data[5] == 500 and data[6] == 100
    assert data[19] == 130 and float(data[20]) == 26.0
