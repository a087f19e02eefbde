"""Whether a quarter's realization may change is one rule (``locks.realization_editability``):
the quarterly form and the API answer alike for every state of the quarter and every reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled
from rest_framework.test import APIClient

from pantau.performance.locks import realization_editability
from pantau.performance.models import ReportStatus
from pantau.tenancy.models import Period, PeriodStatus
from tests.performance.reporting.conftest import Reporting, make_report


def _quarter(rep: Reporting, state: str) -> Period:
    """TW I 2026 in ``state`` (or TW I 2099, which has not started)."""
    with scopes_disabled():
        if state == "not_started":
            return Period.objects.create(region=rep.world.region_a, year=2099, quarter=1)
        if state == "closed":
            Period.objects.filter(pk=rep.q1.pk).update(status=PeriodStatus.CLOSED)
        elif state != "open":
            make_report(rep, rep.world.opd_a, state)
        return Period.objects.get(pk=rep.q1.pk)


@pytest.mark.parametrize(("state", "persona", "editable", "locked"), [
    ("open", "operator_a", True, False),
    ("open", "evaluator", False, False),  # reads every OPD, enters none
    (ReportStatus.RETURNED, "operator_a", True, False),
    (ReportStatus.SUBMITTED, "operator_a", False, False),
    (ReportStatus.APPROVED, "head_a", False, False),
    (ReportStatus.VERIFIED, "operator_a", False, True),
    ("closed", "operator_a", False, True),
    ("not_started", "operator_a", False, False),
])
def test_form_and_api_say_the_same(rep: Reporting, client_for: Callable[[str], Any],
                                   api_for: Callable[[str], APIClient], state: str,
                                   persona: str, editable: bool, locked: bool) -> None:
    period = _quarter(rep, state)
    agency = rep.world.opd_a

    form = client_for(persona).get(rep.form_url(period=period)).context
    api = api_for(persona).get(reverse("api:realization_list",
                                       args=[agency.pk, period.pk])).json()
    user = rep.world.user(persona)
    user.membership = rep.world.memberships[persona]  # as the scope middleware sets it
    with scopes_disabled():
        rule = realization_editability(user=user, agency=agency, period=period)

    assert form["editable"] is api["editable"] is rule.editable is editable
    assert form["lock_reason"] == api["lock_reason"] == rule.locked
    assert (rule.locked is not None) is locked
    assert (rule.reason is None) is (state in ("open", ReportStatus.RETURNED))
