"""The form's progress counter counts each indicator once, and only those filled this quarter."""

from __future__ import annotations

from typing import Any

from tests.performance.reporting.conftest import (
    Reporting,
    form_data,
    page_text,
)


def test_progress_counts_each_indicator_once_after_saves_in_several_quarters(
        rep: Reporting, client_for: Any) -> None:
    operator = client_for("operator_a")
    for period in (rep.q1, rep.q2, rep.q1, rep.q2):  # four saves, two quarters
        assert operator.post(rep.form_url(period), form_data(rep)).status_code == 302

    assert "2 dari 2 indikator terisi" in page_text(operator, rep.form_url(rep.q1))
    assert "2 dari 2 indikator terisi" in page_text(operator, rep.form_url(rep.q2))


def test_progress_counts_only_the_indicators_filled_this_quarter(rep: Reporting,
                                                                 client_for: Any) -> None:
    operator = client_for("operator_a")
    operator.post(rep.form_url(rep.q1), form_data(rep))
    operator.post(rep.form_url(rep.q2), form_data(rep, people=""))

    assert "1 dari 2 indikator terisi" in page_text(operator, rep.form_url(rep.q2))
