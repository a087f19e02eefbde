"""Only ASCII digits are numbers: Arabic-Indic, fullwidth or Devanagari digits are refused in the
quarterly form and in the realization import, with the usual message, and nothing is saved."""

from __future__ import annotations

from typing import Any

import pytest

from tests.performance.reporting.conftest import Reporting, form_data, realizations
from tests.performance.reporting.test_realization_import import _import
from tests.xlsx import realization_xlsx

OTHER_SCRIPTS = {"arabic-indic": "١٢٣", "fullwidth": "１２３", "devanagari": "१२३"}


@pytest.mark.parametrize("value", OTHER_SCRIPTS.values(), ids=OTHER_SCRIPTS.keys())
def test_the_form_refuses_digits_of_other_scripts(rep: Reporting, client_for: Any,
                                                  value: str) -> None:
    response = client_for("operator_a").post(rep.form_url(), form_data(rep, percent=value))

    assert response.status_code == 400
    assert "bukan angka yang sah" in response.content.decode()
    assert realizations(rep) == {}


@pytest.mark.parametrize("value", OTHER_SCRIPTS.values(), ids=OTHER_SCRIPTS.keys())
def test_the_import_refuses_digits_of_other_scripts(rep: Reporting, client_for: Any,
                                                    value: str) -> None:
    response = _import(rep, client_for("operator_a"), realization_xlsx([("IK-A1", value)]))

    page = response.content.decode()
    assert response.status_code == 400
    assert '<td class="num">2</td>' in page and "bukan angka yang sah" in page
    assert realizations(rep) == {}
