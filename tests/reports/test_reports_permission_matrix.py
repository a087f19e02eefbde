"""Every report URL × every persona: only users of the report's Pemda with the kind's permission."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from pantau.reports import urls as report_urls
from pantau.reports.models import GeneratedReport
from tests.personas import World
from tests.test_permission_matrix import LOGIN_URL, PERSONAS, expect

ALLOWED = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=200,
                 admin=200, assessor=403, other_admin=404, anonymous=302)
MATRIX: list[tuple[str, dict[str, int]]] = [
    ("reports:status", ALLOWED),
    ("reports:progress", ALLOWED),
    ("reports:download", ALLOWED),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "expected"), MATRIX, ids=[row[0] for row in MATRIX])
def test_persona_gets_the_expected_status(name: str, expected: dict[str, int], persona: str,
                                          world: World, client_for: Any,
                                          done_report: GeneratedReport) -> None:
    response = client_for(persona).get(reverse(name, args=[done_report.pk]))

    assert response.status_code == expected[persona], f"{persona} GET {name}"
    if persona == "anonymous":
        assert response["Location"].startswith(LOGIN_URL)


def test_every_url_of_the_module_has_a_row() -> None:
    names = {f"{report_urls.app_name}:{p.name}" for p in report_urls.urlpatterns}
    assert names == {row[0] for row in MATRIX}
    assert all(set(row[1]) == set(PERSONAS) for row in MATRIX)
