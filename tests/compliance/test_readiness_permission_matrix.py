"""Every readiness-report URL × every persona: the back office and leaders make the report (it
covers every lokus unit); OPD staff and external assessors may not; another Pemda's admin makes
only its own Pemda's report."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.reports.models import GeneratedReport
from tests.matrix import Row, check_row, expect, no_args, persona_matrix
from tests.personas import World

MAKERS = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=200, admin=200,
                assessor=403, other_admin=200, anonymous=302)
MAKERS_POST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=302, leader=302,
                     admin=302, assessor=403, other_admin=302, anonymous=302)


def this_year(*context: Any) -> dict[str, Any]:
    return {"year": timezone.localdate().year, "format": "xlsx"}


MATRIX = [
    Row("compliance_readiness:index", "get", no_args, MAKERS),
    Row("compliance_readiness:index", "post", no_args, MAKERS_POST, this_year),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(row: Row, persona: str, world: World,
                                          client_for: Any) -> None:
    check_row(client_for(persona), row, persona, world)


@pytest.mark.parametrize("persona", ["operator_a", "head_a", "assessor"])
def test_staff_without_the_permission_cannot_queue_a_report(persona: str, world: World,
                                                            client_for: Any) -> None:
    response = client_for(persona).post("/kepatuhan/kesiapan/", this_year())

    assert response.status_code == 403
    with scopes_disabled():
        assert not GeneratedReport.objects.exists()


def test_another_pemdas_report_is_of_its_own_pemda(world: World, client_for: Any) -> None:
    client_for("other_admin").post("/kepatuhan/kesiapan/", this_year())

    with scopes_disabled():
        report = GeneratedReport.objects.get()
    assert report.region_id == world.region_b.pk
