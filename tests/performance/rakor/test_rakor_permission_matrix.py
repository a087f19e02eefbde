"""Every rakor URL × every persona: the back office and leaders make packs; OPD staff and external
assessors may not; another Pemda's admin sees only its own Pemda."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance import urls_rakor
from pantau.reports.models import GeneratedReport
from pantau.tenancy.models import Period
from tests.personas import World
from tests.test_permission_matrix import LOGIN_URL, PERSONAS, REGION_A_TEXT, expect

MAKERS = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=200, admin=200,
                assessor=403, other_admin=200, anonymous=302)
MATRIX: list[tuple[str, dict[str, int]]] = [("performance_rakor:index", MAKERS)]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "expected"), MATRIX, ids=[row[0] for row in MATRIX])
def test_persona_gets_the_expected_status(name: str, expected: dict[str, int], persona: str,
                                          world: World, client_for: Any,
                                          rakor_period: Period) -> None:
    response = client_for(persona).get(reverse(name))

    assert response.status_code == expected[persona], f"{persona} GET {name}"
    if persona == "anonymous":
        assert response["Location"].startswith(LOGIN_URL)
    if persona == "other_admin":
        body = response.content.decode(errors="replace")
        assert not [text for text in REGION_A_TEXT if text in body]
        assert "TW I 2026" not in body  # region A's periods are not offered


@pytest.mark.parametrize("persona", ["operator_a", "head_a", "assessor"])
def test_staff_without_the_permission_cannot_queue_a_pack(
    persona: str, world: World, client_for: Any, rakor_period: Period
) -> None:
    response = client_for(persona).post(reverse("performance_rakor:index"),
                                        {"period": rakor_period.pk, "format": "pdf"})

    assert response.status_code == 403
    with scopes_disabled():
        assert not GeneratedReport.objects.exists()


def test_another_pemda_cannot_make_a_pack_of_this_pemda(world: World, client_for: Any,
                                                        rakor_period: Period) -> None:
    response = client_for("other_admin").post(reverse("performance_rakor:index"),
                                              {"period": rakor_period.pk, "format": "pdf"})

    assert response.status_code == 200  # the form refuses a period it does not offer
    with scopes_disabled():
        assert not GeneratedReport.objects.exists()


def test_every_url_of_the_module_has_a_row() -> None:
    names = {f"{urls_rakor.app_name}:{p.name}" for p in urls_rakor.urlpatterns}
    assert names == {row[0] for row in MATRIX}
    assert all(set(row[1]) == set(PERSONAS) for row in MATRIX)
