"""The scorecard lists the OPD's open follow-ups and the indicators flagged for the evaluator."""

from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import FollowUp
from tests.performance.analysis.builders import indicator, quarter, realize, renstra
from tests.personas import World


def test_open_follow_ups_and_flags_are_shown_done_ones_are_not(world: World,
                                                                client_for: Any) -> None:
    node = renstra(world.opd_a)["program"]
    realize(indicator(node, world.opd_a, "Cakupan imunisasi", annual=90), 2026, {1: 92})
    indicator(node, world.opd_a, "Indikator bertarget nol", annual=0)
    period = quarter(world.region_a, 2026, 1)
    with scopes_disabled():
        for description, status in (("Tambah posyandu keliling", "open"),
                                    ("Pelatihan kader selesai", "done")):
            FollowUp.objects.create(region=world.region_a, agency=world.opd_a, period=period,
                                    description=description, owner="Kabid P2P",
                                    due_date=datetime.date(2026, 6, 30), status=status)
    body = client_for("head_a").get(
        reverse("performance_analysis:scorecard", args=[world.opd_a.pk]) + f"?periode={period.pk}"
    ).content.decode()
    assert "Tambah posyandu keliling" in body
    assert "Pelatihan kader selesai" not in body
    assert "Indikator bertarget nol" in body and "Target 0" in body
    assert "102,22" in body
