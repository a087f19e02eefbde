"""Numbers on the report form: targets without trailing zeros; a saved budget shows grouped and
saves again unchanged."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import Any

import pytest
from django_scopes import scopes_disabled

from pantau.performance.models import BudgetRealization, Target
from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import (
    Reporting,
    events,
    form_data,
    page_text,
)


def _input_values(page: str) -> dict[str, str]:
    """What the form's inputs hold, as the browser would post them back."""
    return {name: html.unescape(value) for name, value in re.findall(
        r'<input type="text"[^>]*name="([\w-]+)"[^>]*value="([^"]*)"', page)}


def _spent(rep: Reporting, period: Period | None = None) -> Decimal | None:
    with scopes_disabled():
        row = BudgetRealization.objects.filter(line=rep.line, period=period or rep.q1).first()
    return row.amount if row else None


def test_targets_show_without_trailing_zeros(rep: Reporting, client_for: Any) -> None:
    with scopes_disabled():
        Target.objects.filter(indicator=rep.percent, quarter=None).update(value=Decimal("70.42"))
        Target.objects.filter(indicator=rep.people, quarter=None).update(value=Decimal("1500"))
        Target.objects.filter(indicator=rep.percent, quarter=1).update(value=Decimal("12.5"))

    page = page_text(client_for("operator_a"), rep.form_url())

    assert ">70,42<" in page and ">1.500<" in page and ">12,5<" in page
    assert "70,4200" not in page and "12,5000" not in page


@pytest.mark.parametrize(("typed", "shown", "stored"), [
    ("1.250.000,5", "1.250.000,50", Decimal("1250000.5")),
    ("1250", "1.250,00", Decimal("1250")),  # "1.250" alone would be refused as ambiguous
])
def test_a_saved_budget_shows_grouped_and_saves_again_unchanged(
        rep: Reporting, client_for: Any, typed: str, shown: str, stored: Decimal) -> None:
    operator = client_for("operator_a")
    operator.post(rep.form_url(), form_data(rep, budget=typed))

    page = page_text(operator, rep.form_url())
    values = _input_values(page)
    assert values[f"budget-{rep.line.pk}"] == shown

    again = operator.post(rep.form_url(), {**form_data(rep), **values}, follow=True)
    assert "Draf tersimpan." in again.content.decode()
    assert _spent(rep) == stored
    assert len(events("performance.realization.saved")) == 1  # the second save changed nothing
