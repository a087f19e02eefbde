"""The scorecard XLSX writes its sentences in Indonesian number format; numbers stay numbers."""

from __future__ import annotations

import io
from typing import Any

from django.urls import reverse
from openpyxl import load_workbook

from tests.performance.analysis.builders import (
    budget,
    indicator,
    quarter,
    realize,
    renstra,
)
from tests.performance.plans.conftest import Plans, plans  # noqa: F401 (fixture)
from tests.personas import World


def _rows_after_header(sheet: Any, first: str) -> list[tuple[Any, ...]]:
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[0] == first)
    return rows[header + 1:]


def test_scorecard_xlsx_heading_in_indonesian_format(world: World, client_for: Any) -> None:
    nodes = renstra(world.opd_a)
    item = indicator(nodes["program"], world.opd_a, "Rentang", annual=80, annual_high=90,
                     is_range=True)
    realize(item, 2026, {1: 70})  # capaian 87,50 %
    budget(nodes["sub_kegiatan"], world.opd_a, 1_000_000, {1: 250_000})  # serapan 25,00 %
    query = f"?periode={quarter(world.region_a, 2026, 1).pk}"

    response = client_for("operator_a").get(
        reverse("performance_analysis:scorecard_xlsx", args=[world.opd_a.pk]) + query)

    sheet = load_workbook(io.BytesIO(response.content))["Program"]
    assert sheet["A2"].value == "Capaian OPD: 87,50 %; serapan: 25,00 %"
    program = _rows_after_header(sheet, "Program")[0]
    assert isinstance(program[2], int | float) and float(program[2]) == 87.5
    header = next(r for r in sheet.iter_rows() if r[0].value == "Program")[0].row
    assert sheet.cell(row=header + 1, column=3).number_format == "#,##0.00"
