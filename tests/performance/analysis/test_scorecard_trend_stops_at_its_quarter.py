"""The trend of a TW III scorecard (page and XLSX) ends at TW III; a year's scorecard still shows
all four quarters."""

from __future__ import annotations

import io
from typing import Any

from django.urls import reverse
from openpyxl import load_workbook

from pantau.tenancy.models import Period
from tests.performance.analysis.builders import (
    indicator,
    quarter,
    realize,
    renstra,
    year_period,
)
from tests.performance.plans.conftest import Plans, plans  # noqa: F401 (fixture)
from tests.personas import World


def _rows_after_header(sheet: Any, first: str) -> list[tuple[Any, ...]]:
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[0] == first)
    return rows[header + 1:]


def _four_quarters(world: World) -> Period:
    item = indicator(renstra(world.opd_a)["program"], world.opd_a, "Cakupan", annual=100)
    realize(item, 2026, {1: 20, 2: 40, 3: 60, 4: 80})  # TW IV: an early draft
    return quarter(world.region_a, 2026, 3)


def test_tw_iii_scorecard_trend_and_its_xlsx_stop_at_tw_iii(world: World,
                                                           client_for: Any) -> None:
    period = _four_quarters(world)
    client = client_for("operator_a")
    query = f"?periode={period.pk}"

    page = client.get(reverse("performance_analysis:scorecard", args=[world.opd_a.pk]) + query)
    book = load_workbook(io.BytesIO(client.get(reverse(
        "performance_analysis:scorecard_xlsx", args=[world.opd_a.pk]) + query).content))

    assert [p["label"] for p in page.context["chart"]["trend"]] == ["TW I", "TW II", "TW III"]
    trend = _rows_after_header(book["Tren"], "Triwulan")
    assert [(row[0], float(row[1])) for row in trend] == [
        ("TW I", 20.0), ("TW II", 40.0), ("TW III", 60.0)]


def test_a_year_scorecard_still_shows_all_four_quarters(world: World, client_for: Any) -> None:
    _four_quarters(world)
    query = f"?periode={year_period(world.region_a, 2026).pk}"

    page = client_for("evaluator").get(
        reverse("performance_analysis:scorecard", args=[world.opd_a.pk]) + query)

    assert len(page.context["chart"]["trend"]) == 4
