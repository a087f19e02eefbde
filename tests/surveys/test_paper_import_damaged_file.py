"""A paper-survey file with a cell openpyxl cannot read is refused as damaged; nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from pantau.surveys.models import Survey
from tests.reports.damaged_xlsx import DAMAGED_CELLS, damage_cell
from tests.surveys.conftest import tally_count, valid_count
from tests.surveys.test_paper_import_checks import FOURS, _page, _post, _xlsx


@pytest.mark.parametrize("cell", DAMAGED_CELLS.values(), ids=DAMAGED_CELLS.keys())
@pytest.mark.parametrize("ref", ["B2", "A3"])
def test_an_unreadable_cell_makes_the_file_damaged(survey_a: Survey, client_for: Any,
                                                   cell: str, ref: str) -> None:
    today = timezone.localdate()
    content = damage_cell(_xlsx([[today, *FOURS], [today, *FOURS]]), "Formulir", ref, cell)

    response = _post(client_for("operator_a"), survey_a, content)

    assert response.status_code == 200
    assert "Berkas XLSX rusak atau tidak dapat dibaca." in _page(response)
    assert valid_count(survey_a) == 0 and tally_count(survey_a) == 0
