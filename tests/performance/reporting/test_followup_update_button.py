"""The follow-up update button shows only to who may update the follow-up."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import FollowUp
from tests.performance.reporting.conftest import (
    Reporting,
    page_text,
)


@pytest.fixture
def follow_up(rep: Reporting) -> FollowUp:
    with scopes_disabled():
        return FollowUp.objects.create(
            region=rep.world.region_a, agency=rep.world.opd_a, indicator=rep.percent,
            period=rep.q1, description="Sweeping imunisasi", owner="Kabid P2P",
            due_date=datetime.date(2026, 6, 30))


@pytest.mark.parametrize(("persona", "may_update"), [
    ("operator_a", True), ("head_a", True), ("evaluator", True), ("admin", True),
    ("leader", False), ("assessor", False),
])
def test_the_update_button_shows_only_to_who_may_update(
        follow_up: FollowUp, client_for: Any, persona: str, may_update: bool) -> None:
    client = client_for(persona)
    update_url = reverse("performance_reporting:followup_update", args=[follow_up.pk])

    page = page_text(client, reverse("performance_reporting:followup_list"))

    assert "Sweeping imunisasi" in page
    assert (update_url in page) is may_update
    assert (client.get(update_url).status_code == 200) is may_update
