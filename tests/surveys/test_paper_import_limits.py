"""A paper-survey file longer than the row cap is refused whole; a long error list is cut short."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from pantau.surveys.models import Survey
from tests.surveys.conftest import tally_count, valid_count
from tests.surveys.test_paper_import_checks import FOURS, _page, _post, _xlsx


def test_a_file_over_the_row_cap_is_refused_and_nothing_is_stored(
        survey_a: Survey, client_for: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pantau.spreadsheets.reader.MAX_ROWS", 3)
    rows = [[timezone.localdate(), *FOURS] for _ in range(4)]

    response = _post(client_for("operator_a"), survey_a, _xlsx(rows))

    assert "lebih dari 3 baris data; bagi berkasnya" in _page(response)
    assert valid_count(survey_a) == 0 and tally_count(survey_a) == 0


def test_only_the_first_hundred_bad_rows_are_listed(survey_a: Survey, client_for: Any) -> None:
    rows = [[timezone.localdate(), 5, *FOURS[1:]] for _ in range(130)]

    response = _post(client_for("operator_a"), survey_a, _xlsx(rows))

    page = _page(response)
    assert "130 baris bermasalah" in page
    assert page.count("di luar 1–4") == 100
    assert "dan 30 kesalahan lainnya" in page
