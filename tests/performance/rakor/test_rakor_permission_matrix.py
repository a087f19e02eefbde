"""Every rakor URL × every persona: the back office and leaders make packs; OPD staff and external
assessors may not; another Pemda's admin sees only its own Pemda."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.reports.models import GeneratedReport
from pantau.tenancy.models import Period
from tests.matrix import REGION_A_TEXT, Row, check_row, expect, no_args, persona_matrix
from tests.personas import World

MAKERS = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=200, admin=200,
                assessor=403, other_admin=200, anonymous=302)
MATRIX = [Row("performance_rakor:index", "get", no_args, MAKERS)]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(row: Row, persona: str, world: World, client_for: Any,
                                          rakor_period: Period) -> None:
    # Region A's periods are not offered to another Pemda either.
    check_row(client_for(persona), row, persona, world,
              region_text=(*REGION_A_TEXT, "TW I 2026"))


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
