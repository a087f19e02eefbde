"""A realization file with a cell openpyxl cannot read is refused as damaged; nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from tests.performance.reporting.conftest import Reporting, events, realizations
from tests.performance.reporting.test_realization_import import _import
from tests.reports.damaged_xlsx import DAMAGED_CELLS, damage_cell
from tests.xlsx import realization_xlsx

GOOD_ROWS = [("IK-A1", "87,5"), ("IK-A2", 120)]


@pytest.mark.parametrize("cell", DAMAGED_CELLS.values(), ids=DAMAGED_CELLS.keys())
@pytest.mark.parametrize("ref", ["F2", "A3"])
def test_an_unreadable_cell_makes_the_file_damaged(rep: Reporting, client_for: Any, cell: str,
                                                   ref: str) -> None:
    content = damage_cell(realization_xlsx(GOOD_ROWS), "Realisasi", ref, cell)

    response = _import(rep, client_for("operator_a"), content)

    assert response.status_code == 400
    assert "Berkas XLSX rusak atau tidak dapat dibaca." in response.content.decode()
    assert realizations(rep) == {} and events("performance.realization.imported") == []
