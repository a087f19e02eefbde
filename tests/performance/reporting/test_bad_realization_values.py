"""Text where a number is due, or a negative count: an error on that row, nothing saved."""

from __future__ import annotations

from typing import Any

from tests.performance.reporting.conftest import Reporting, form_data, realizations


def test_text_realization_shows_a_row_error_and_saves_nothing(rep: Reporting,
                                                              client_for: Any) -> None:
    response = client_for("operator_a").post(rep.form_url(), form_data(rep, percent="banyak"))

    assert response.status_code == 400
    page = response.content.decode()
    assert "bukan angka yang sah" in page and 'value="banyak"' in page and "is-invalid" in page
    assert realizations(rep) == {}


def test_negative_count_is_refused(rep: Reporting, client_for: Any) -> None:
    response = client_for("operator_a").post(rep.form_url(), form_data(rep, people="-3"))

    assert response.status_code == 400
    assert "tidak boleh negatif" in response.content.decode()
    assert realizations(rep) == {}


def test_negative_percentage_change_is_allowed_for_a_non_count_unit(
        rep: Reporting, client_for: Any) -> None:
    client_for("operator_a").post(rep.form_url(), form_data(rep, percent="-1,5"))

    assert str(realizations(rep)["IK-A1"]) == "-1.5000"


def test_negative_budget_is_refused(rep: Reporting, client_for: Any) -> None:
    response = client_for("operator_a").post(rep.form_url(), form_data(rep, budget="-5"))

    assert response.status_code == 400 and realizations(rep) == {}
