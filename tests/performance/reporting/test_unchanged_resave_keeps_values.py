"""Saving the quarterly form unchanged, as a browser posts it, keeps every stored value.

Test ids start above 100 000 (tests/large_ids.py), like a Pemda's after a few years: a field
rendered as ``value-100.012`` would not be read back and the row would be saved empty.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django_scopes import scopes_disabled

from pantau.performance.models import BudgetRealization, Realization
from tests.html_forms import form_fields
from tests.performance.reporting.conftest import Reporting, form_data


def _stored(rep: Reporting) -> dict[str, Any]:
    with scopes_disabled():
        rows = {r.indicator.code: (r.value, r.drivers, r.obstacles, r.follow_up_plan)
                for r in Realization.objects.filter(period=rep.q1).select_related("indicator")}
        budget = {b.line_id: b.amount for b in BudgetRealization.objects.filter(period=rep.q1)}
    return {"rows": rows, "budget": budget}


def test_an_unchanged_resave_keeps_every_value_of_an_opd_with_large_ids(
    rep: Reporting, client_for: Any
) -> None:
    operator = client_for("operator_a")
    assert min(rep.world.opd_a.pk, rep.percent.pk, rep.people.pk, rep.line.pk) >= 100_000
    saved = form_data(rep, percent="87,5", people="1234", budget="250.000.000",
                      obstacles="Cuaca")
    assert operator.post(rep.form_url(), saved).status_code == 302
    before = _stored(rep)
    assert len(before["rows"]) == 2 and before["budget"]

    fields = form_fields(operator.get(rep.form_url()).content.decode(), "form-realisasi")
    response = operator.post(rep.form_url(), fields)

    assert response.status_code == 302
    assert _stored(rep) == before


def test_a_row_missing_from_the_post_keeps_its_stored_values(rep: Reporting,
                                                              client_for: Any) -> None:
    """A field the form did not send is not an emptied field (as for the budget lines)."""
    operator = client_for("operator_a")
    operator.post(rep.form_url(), form_data(rep, percent="87,5", people="120"))
    before = _stored(rep)["rows"]
    partial = {key: value for key, value in form_data(rep, percent="90").items()
               if not key.endswith(f"-{rep.people.pk}")}

    assert operator.post(rep.form_url(), partial).status_code == 302

    after = _stored(rep)["rows"]
    assert after["IK-A2"] == before["IK-A2"]
    assert after["IK-A1"][0] == Decimal("90")
