"""An indicator file longer than the row cap is refused whole; nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from tests.performance.plans.conftest import Plans
from tests.performance.plans.test_import_indicators import _counts, _post
from tests.xlsx import indicator_import_file
from tests.xlsx import indicator_row as row


def test_a_file_over_the_row_cap_is_refused_and_nothing_is_written(
        plans: Plans, client_for: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pantau.spreadsheets.reader.MAX_ROWS", 3)
    before = _counts()
    rows = [row([f"1.02.02.2.0{n}", "1.02.02", "kegiatan", f"Kegiatan {n}"]) for n in range(4)]

    response = _post(client_for("operator_a"), plans, indicator_import_file(plans.renstra_a, rows))

    assert "lebih dari 3 baris data; bagi berkasnya" in response.content.decode()
    assert _counts() == before
