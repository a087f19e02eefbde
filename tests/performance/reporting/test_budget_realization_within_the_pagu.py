"""Budget realization stays within the pagu: one quarter, the quarters together, and the service
itself; a line already above its pagu can still be lowered."""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scope, scopes_disabled

from pantau.performance.models import BudgetRealization
from pantau.performance.services.realizations import RealizationInput, report_draft_save
from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import (
    Reporting,
    form_data,
    realizations,
)


def _spent(rep: Reporting, period: Period | None = None) -> Decimal | None:
    with scopes_disabled():
        row = BudgetRealization.objects.filter(line=rep.line, period=period or rep.q1).first()
    return row.amount if row else None


def _set_pagu(rep: Reporting, pagu: str) -> None:
    with scopes_disabled():
        rep.line.pagu = Decimal(pagu)
        rep.line.save(update_fields=["pagu"])


def test_a_budget_realization_above_the_pagu_is_refused_on_its_row(rep: Reporting,
                                                                   client_for: Any) -> None:
    _set_pagu(rep, "309411000")

    response = client_for("operator_a").post(rep.form_url(),
                                             form_data(rep, budget="5.000.000.000"))

    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert "Realisasi anggaran Rp5.000.000.000 melebihi pagu Rp309.411.000." in page
    assert _spent(rep) is None
    assert realizations(rep) == {}  # the whole form waits for the bad row


def test_the_quarters_together_may_not_pass_the_pagu(rep: Reporting, client_for: Any) -> None:
    _set_pagu(rep, "309411000")
    operator = client_for("operator_a")
    assert operator.post(rep.form_url(rep.q1), form_data(rep, budget="300.000.000")
                         ).status_code == 302

    response = operator.post(rep.form_url(rep.q2), form_data(rep, budget="10.000.000"))

    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert "melebihi pagu Rp309.411.000 (sisa pagu Rp9.411.000)" in page
    assert _spent(rep, rep.q2) is None
    assert operator.post(rep.form_url(rep.q2), form_data(rep, budget="9.411.000")
                         ).status_code == 302
    assert _spent(rep, rep.q2) == Decimal("9411000")


def test_a_line_already_over_its_pagu_can_still_be_lowered(rep: Reporting,
                                                         client_for: Any) -> None:
    """Older data or a pagu lowered later: lowering is allowed, raising is not."""
    operator = client_for("operator_a")
    assert operator.post(rep.form_url(rep.q1), form_data(rep, budget="150")).status_code == 302
    assert operator.post(rep.form_url(rep.q2), form_data(rep, budget="50")).status_code == 302
    _set_pagu(rep, "100")

    raised = operator.post(rep.form_url(rep.q2), form_data(rep, budget="60"))
    lowered = operator.post(rep.form_url(rep.q2), form_data(rep, budget="10"))

    assert raised.status_code == 400
    assert lowered.status_code == 302 and _spent(rep, rep.q2) == Decimal(10)


def test_the_service_itself_refuses_an_amount_above_the_pagu(rep: Reporting) -> None:
    _set_pagu(rep, "309411000")

    with scope(region=rep.world.region_a.pk), pytest.raises(ValidationError) as refused:
        report_draft_save(actor=rep.world.user("operator_a"), agency=rep.world.opd_a,
                          period=rep.q1,
                          rows=[RealizationInput(indicator=rep.percent, value=Decimal(80))],
                          budget={rep.line.pk: Decimal("5000000000")})

    assert "Rp5.000.000.000 melebihi pagu Rp309.411.000" in " ".join(refused.value.messages)
    assert _spent(rep) is None
    assert realizations(rep) == {}
