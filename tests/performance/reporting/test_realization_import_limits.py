"""A realization file longer than the row cap is refused whole; a long error list is cut short."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.performance.reporting.conftest import Reporting, realizations
from tests.performance.reporting.test_realization_import import _import
from tests.xlsx import realization_xlsx


def test_a_file_over_the_row_cap_is_refused_and_nothing_is_written(
        rep: Reporting, client_for: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pantau.spreadsheets.reader.MAX_ROWS", 3)
    rows = [("IK-A1", "90"), ("IK-A2", 5), ("IK-XX", 1), ("IK-YY", 2)]

    response = _import(rep, client_for("operator_a"), realization_xlsx(rows))

    assert response.status_code == 400
    assert "lebih dari 3 baris data; bagi berkasnya" in response.content.decode()
    assert realizations(rep) == {}


def test_only_the_first_hundred_bad_rows_are_listed(rep: Reporting, client_for: Any) -> None:
    rows = [(f"IK-X{n}", "1") for n in range(150)]

    response = _import(rep, client_for("operator_a"), realization_xlsx(rows))

    page = response.content.decode()
    assert "150 baris bermasalah" in page
    assert len(re.findall(r'<td class="num">\d+</td>', page)) == 100
    assert "dan 50 kesalahan lainnya" in page
    assert "IK-X99" in page and "IK-X100" not in page
