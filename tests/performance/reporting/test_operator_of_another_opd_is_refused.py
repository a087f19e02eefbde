"""An operator of OPD B cannot read or change OPD A's report."""

from __future__ import annotations

from typing import Any

from tests.performance.reporting.conftest import Reporting, form_data, realizations, report_status


def test_operator_of_opd_b_posting_to_opd_a_form_gets_403_and_nothing_changes(
        rep: Reporting, client_for: Any) -> None:
    operator_b = client_for("operator_b")

    assert operator_b.post(rep.form_url(), form_data(rep)).status_code == 403
    assert operator_b.post(rep.action_url("ajukan")).status_code == 403
    assert realizations(rep) == {}
    assert report_status(rep) is None


def test_readers_see_the_form_without_inputs(rep: Reporting, client_for: Any) -> None:
    page = client_for("leader").get(rep.form_url()).content.decode()

    assert "Simpan draf" not in page and "disabled" in page
    assert client_for("leader").post(rep.form_url(), form_data(rep)).status_code == 403
