"""The demo Pemda's gap actions: on this year's top gaps, in every state, written once and the
same every time."""

from __future__ import annotations

import datetime

import pytest
from django_scopes import scope

from pantau.compliance.models import ActionStatus, GapAction
from pantau.compliance.selectors.gaps import ombudsman_gap_list
from pantau.demo.compliance.gaps import gaps_demo_load
from pantau.demo.compliance.lokus import lokus_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load

TODAY = datetime.date(2026, 11, 23)


@pytest.mark.django_db
def test_the_demo_actions_cover_every_state_on_the_top_gaps_once() -> None:
    region = tenancy_demo_load(today=TODAY).region
    lokus_demo_load(region=region, today=TODAY)

    written = gaps_demo_load(region=region, today=TODAY)
    again = gaps_demo_load(region=region, today=TODAY)

    assert written == 11 and again == 0
    with scope(region=region.pk):
        actions = list(GapAction.objects.filter(year=2026).select_related("unit"))
        assert {a.status for a in actions} == set(ActionStatus.values)
        assert any(a.status == ActionStatus.PLANNED and a.due_date < TODAY for a in actions)
        done = [a for a in actions if a.status == ActionStatus.DONE]
        assert done and all(a.evidence and a.done_at for a in done)
        rows = ombudsman_gap_list(region=region, year=2026).rows
        with_actions = {(r.unit.pk, r.indicator.pk) for r in rows if r.actions}
        assert len(with_actions) == 8  # the Ombudsman actions sit on gaps of the list
        assert len({a.unit_id for a in actions}) >= 5


@pytest.mark.django_db
def test_the_demo_actions_are_the_same_every_time() -> None:
    region = tenancy_demo_load(today=TODAY).region
    lokus_demo_load(region=region, today=TODAY)
    gaps_demo_load(region=region, today=TODAY)
    with scope(region=region.pk):
        names = [(a.unit.name, a.indicator.code, a.status) for a in
                 GapAction.objects.order_by("pk").select_related("unit", "indicator")]
    assert names[0][2] == ActionStatus.DONE and len(names) == 11
    assert names == sorted(names, key=names.index)  # stable order, as written
