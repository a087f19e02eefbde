"""The worked examples reach the pages in Indonesian format, with the rule and the chart data."""

from __future__ import annotations

import io
import json
from typing import Any

from django.urls import reverse
from openpyxl import load_workbook

from tests.performance.analysis.builders import indicator, quarter, realize, renstra
from tests.personas import World


def _range_example(world: World) -> str:
    item = indicator(renstra(world.opd_a)["program"], world.opd_a, "Rentang", annual=80,
                     annual_high=90, is_range=True)
    realize(item, 2026, {1: 70}, obstacles="Stok vaksin terlambat",
            follow_up_plan="Koordinasi dengan provinsi")
    return f"?periode={quarter(world.region_a, 2026, 1).pk}"


def test_range_example_87_50_on_ranking_and_scorecard(world: World, client_for: Any) -> None:
    query = _range_example(world)
    client = client_for("evaluator")
    ranking = client.get(reverse("performance_analysis:ranking") + query)
    card = client.get(reverse("performance_analysis:scorecard", args=[world.opd_a.pk]) + query)
    assert "87,50" in ranking.content.decode()
    assert "Aturan peringkat" in ranking.content.decode()
    assert json.loads(ranking.context["chart"] and json.dumps(ranking.context["chart"]))[0][
        "capaian"] == 87.5
    body = card.content.decode()
    assert "87,50" in body and "Tinggi" in body
    assert "Stok vaksin terlambat" in body and "Koordinasi dengan provinsi" in body
    assert 'id="trend-chart-data"' in body and "<script>" not in body
    assert "?tahun=2026" in body  # a year is never written with a thousands separator


def test_ranking_export_has_the_rule_and_the_figures(world: World, client_for: Any) -> None:
    query = _range_example(world)
    response = client_for("leader").get(reverse("performance_analysis:ranking_xlsx") + query)
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Dinas Kesehatan" in values
    assert 87.5 in [float(v) for v in values if isinstance(v, int | float)]
    assert any(isinstance(v, str) and v.startswith("Peringkat menurut capaian") for v in values)


def test_scorecard_export_has_programs_indicators_and_trend(world: World,
                                                             client_for: Any) -> None:
    query = _range_example(world)
    response = client_for("operator_a").get(
        reverse("performance_analysis:scorecard_xlsx", args=[world.opd_a.pk]) + query)
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Program", "Indikator", "Tren"]
