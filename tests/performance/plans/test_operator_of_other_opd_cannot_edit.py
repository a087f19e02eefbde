"""OPD B's operator cannot change OPD A's Renstra (403, nothing changes); a user of another
Pemda does not even find it (404)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.performance.models import Indicator, PlanNode, Target
from tests.performance.plans.conftest import Plans


def _state() -> tuple[Any, ...]:
    with scopes_disabled():
        return (
            list(PlanNode.objects.values_list("pk", "name", "is_active").order_by("pk")),
            list(Indicator.objects.values_list("pk", "name", "is_active").order_by("pk")),
            list(Target.objects.values_list("pk", "value", "revised_value").order_by("pk")),
            AuditEvent.objects.count(),
        )


def _posts(p: Plans) -> list[tuple[str, list[int], dict[str, Any]]]:
    return [
        ("node_create", [p.renstra_a.pk], {"level": "tujuan", "code": "T9", "name": "X",
                                           "position": 0}),
        ("node_update", [p.program_a.pk], {"code": "1.02.02", "name": "Diubah", "position": 0}),
        ("node_toggle", [p.program_a.pk], {}),
        ("indicator_create", [p.program_a.pk], {"name": "X", "unit": "%",
                                                "polarity": "positive", "aggregation": "last",
                                                "position": 0}),
        ("indicator_update", [p.indicator_a.pk], {"name": "Diubah", "unit": "%",
                                                  "polarity": "positive",
                                                  "aggregation": "last", "position": 0}),
        ("indicator_toggle", [p.indicator_a.pk], {}),
        ("target_grid", [p.indicator_a.pk], {"v_2026_0": "10"}),
        ("target_revision", [p.indicator_a.pk], {"v_2026_0": "10", "u_2026_0": "on",
                                                 "note": "X"}),
    ]


@pytest.mark.parametrize(("persona", "status"), [("operator_b", 403), ("other_admin", 404)])
def test_every_write_to_opd_a_renstra_is_refused(
    plans: Plans, client_for: Any, persona: str, status: int
) -> None:
    before = _state()
    client = client_for(persona)

    for name, args, data in _posts(plans):
        response = client.post(reverse(f"performance_plans:{name}", args=args), data)
        assert response.status_code == status, name

    assert _state() == before


def test_an_operator_cannot_change_the_rpjmd(plans: Plans, client_for: Any) -> None:
    before = _state()

    response = client_for("operator_a").post(
        reverse("performance_plans:indicator_update", args=[plans.rpjmd_indicator.pk]),
        {"name": "Diubah", "unit": "%", "polarity": "positive", "aggregation": "last",
         "agency": plans.indicator_a.agency_id, "position": 0})

    assert response.status_code == 403
    assert _state() == before
