"""The tree page reads nodes and indicators in a fixed number of queries, whatever the size."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.performance.plans.conftest import Plans, make_indicator, make_node
from tests.personas import World


def _queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_ten_times_the_nodes_and_indicators_cost_no_more_queries(
    world: World, plans: Plans, client_for: Any
) -> None:
    client = client_for("operator_a")
    url = reverse("performance_plans:plan_detail", args=[plans.renstra_a.pk])
    small = _queries(client, url)

    for n in range(10):
        kegiatan = make_node(plans.renstra_a, plans.program_a, "kegiatan", f"K{n}", f"Keg {n}")
        make_indicator(kegiatan, world.opd_a, f"IK-K{n}", f"Indikator {n}")

    assert _queries(client, url) == small
