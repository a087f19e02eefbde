"""A node's level must follow CHILD_LEVELS: a program under a tujuan, or a misi in a Renstra,
is refused with an Indonesian message and nothing is created."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import PlanNode
from tests.performance.plans.conftest import Plans


def _count() -> int:
    with scopes_disabled():
        return PlanNode.objects.count()


@pytest.mark.parametrize(("parent", "level"), [
    ("tujuan_a", "program"), ("program_a", "sub_kegiatan"), (None, "misi"), (None, "sasaran"),
])
def test_a_level_that_may_not_sit_there_is_refused(
    plans: Plans, client_for: Any, parent: str | None, level: str
) -> None:
    before = _count()
    url = reverse("performance_plans:node_create", args=[plans.renstra_a.pk])
    if parent:
        url += f"?induk={getattr(plans, parent).pk}"

    response = client_for("operator_a").post(url, {"level": level, "code": "X", "name": "X",
                                                   "position": 0})

    body = response.content.decode()
    assert response.status_code == 200
    assert "bukan salah satu dari pilihan yang tersedia" in body, re.findall(
        r'invalid-feedback d-block">([^<]*)<', body)
    assert _count() == before


def test_the_service_refuses_a_level_the_form_did_not_offer(plans: Plans, operator_a: Any) -> None:
    from django.core.exceptions import ValidationError

    from pantau.performance.services.plans import node_create

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        node_create(actor=operator_a, plan=plans.rpjmd, parent=plans.rpjmd_sasaran,
                    level="program", name="Program di RPJMD")

    assert "Tingkat “Program” tidak boleh di bawah sasaran." in error.value.messages


def test_nothing_may_be_added_under_a_sub_kegiatan_or_an_rpjmd_sasaran(
    plans: Plans, client_for: Any
) -> None:
    url = reverse("performance_plans:node_create", args=[plans.rpjmd.pk])

    response = client_for("evaluator").get(f"{url}?induk={plans.rpjmd_sasaran.pk}")

    assert "Tidak ada tingkat yang boleh ditambahkan" in response.content.decode()


def test_a_node_code_is_unique_within_its_plan(plans: Plans, client_for: Any) -> None:
    before = _count()
    url = reverse("performance_plans:node_create", args=[plans.renstra_a.pk])

    response = client_for("operator_a").post(f"{url}?induk={plans.tujuan_a.pk}", {
        "level": "sasaran", "code": "t1.s1", "name": "Sasaran ganda", "position": 0})

    assert "Kode “t1.s1” sudah dipakai simpul lain di dokumen ini." in response.content.decode()
    assert _count() == before
