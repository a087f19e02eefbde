"""An indicator file with a cell openpyxl cannot read is refused as damaged; nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from tests.performance.plans.conftest import Plans
from tests.performance.plans.test_import_indicators import IND, _counts, _post
from tests.reports.damaged_xlsx import DAMAGED_CELLS, damage_cell
from tests.xlsx import indicator_import_file, uploaded
from tests.xlsx import indicator_row as row


@pytest.mark.parametrize("cell", DAMAGED_CELLS.values(), ids=DAMAGED_CELLS.keys())
@pytest.mark.parametrize("ref", ["A1", "A2", "P3"])
def test_an_unreadable_cell_makes_the_file_damaged(plans: Plans, client_for: Any, cell: str,
                                                   ref: str) -> None:
    before = _counts()
    good = indicator_import_file(plans.renstra_a, [
        row(["1.02.02.2.01", "1.02.02", "kegiatan", "Pelayanan gizi"]),
        row(["1.02.02.2.01.01", "1.02.02.2.01", "sub_kegiatan", "Pemberian makanan tambahan"],
            ["IK-20", *IND[1:]], {0: 85}),
    ]).read()

    response = _post(client_for("operator_a"), plans,
                     uploaded(damage_cell(good, "Indikator", ref, cell), "indikator.xlsx"))

    assert response.status_code == 200
    assert "Berkas XLSX rusak atau tidak dapat dibaca." in response.content.decode()
    assert _counts() == before
