"""The back office creates a plan, an OPD's staff builds its Renstra tree and indicators."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.performance.models import Indicator, Plan, PlanNode
from tests.performance.plans.conftest import Plans
from tests.personas import World


def test_the_evaluator_creates_a_renstra_for_an_opd(world: World, client_for: Any) -> None:
    response = client_for("evaluator").post(reverse("performance_plans:plan_create"), {
        "level": "renstra", "agency": world.opd_b.pk, "title": "Renstra Disdik 2025–2029",
        "start_year": 2025, "end_year": 2029})

    with scopes_disabled():
        plan = Plan.objects.get(title="Renstra Disdik 2025–2029")
        assert AuditEvent.objects.filter(action="performance.plan.created",
                                         object_id=str(plan.pk)).exists()
    assert response.status_code == 302
    assert plan.agency == world.opd_b and plan.level == "renstra"


def test_a_renstra_without_an_opd_is_refused_in_indonesian(world: World,
                                                            client_for: Any) -> None:
    response = client_for("admin").post(reverse("performance_plans:plan_create"), {
        "level": "renstra", "title": "Renstra tanpa OPD", "start_year": 2025, "end_year": 2029})

    assert response.status_code == 200
    assert "Renstra harus dimiliki satu OPD." in response.content.decode()
    with scopes_disabled():
        assert not Plan.objects.filter(title="Renstra tanpa OPD").exists()


def test_the_operator_adds_a_kegiatan_and_an_indicator_with_targets(
    plans: Plans, client_for: Any
) -> None:
    client = client_for("operator_a")
    url = reverse("performance_plans:node_create", args=[plans.renstra_a.pk])

    response = client.post(f"{url}?induk={plans.program_a.pk}", {
        "level": "kegiatan", "code": "1.02.02.2.01", "name": "Penyediaan layanan kesehatan",
        "position": 1})
    assert response.status_code == 302
    with scopes_disabled():
        kegiatan = PlanNode.objects.get(code="1.02.02.2.01")
    assert kegiatan.parent == plans.program_a

    response = client.post(reverse("performance_plans:indicator_create", args=[kegiatan.pk]), {
        "code": "IK-9", "name": "Jumlah balita ditimbang", "unit": "orang",
        "polarity": "positive", "aggregation": "sum", "data_source": "e-PPGBM",
        "is_key": "on", "supports": plans.rpjmd_indicator.pk, "baseline": "1.200",
        "baseline_year": 2024, "position": 0})
    assert response.status_code == 302, response.content.decode()[:2000]
    with scopes_disabled():
        indicator = Indicator.objects.get(code="IK-9")
    assert indicator.agency == plans.renstra_a.agency  # defaults to the Renstra's OPD
    assert indicator.supports == plans.rpjmd_indicator and indicator.is_key
    assert str(indicator.baseline) == "1200.0000"

    grid = {f"v_{y}_{q}": "" for y in range(2025, 2030) for q in range(5)}
    grid.update({"v_2026_0": "1.500", "v_2026_1": "300", "v_2027_0": "1.600,5"})
    response = client.post(reverse("performance_plans:target_grid", args=[indicator.pk]), grid)
    assert response.status_code == 302
    with scopes_disabled():
        values = {(t.year, t.quarter): str(t.value) for t in indicator.targets.all()}
    assert values == {(2026, None): "1500.0000", (2026, 1): "300.0000",
                      (2027, None): "1600.5000"}

    page = client.get(reverse("performance_plans:plan_detail", args=[plans.renstra_a.pk]))
    body = page.content.decode()
    assert "Penyediaan layanan kesehatan" in body and "Jumlah balita ditimbang" in body


def test_an_rpjmd_indicator_names_its_responsible_opd(
    world: World, plans: Plans, client_for: Any
) -> None:
    response = client_for("evaluator").post(
        reverse("performance_plans:indicator_create", args=[plans.rpjmd_sasaran.pk]), {
            "code": "IKU-2", "name": "Angka kematian bayi", "unit": "per 1.000 KH",
            "polarity": "negative", "aggregation": "last", "agency": world.opd_a.pk,
            "position": 0})

    assert response.status_code == 302
    with scopes_disabled():
        assert Indicator.objects.get(code="IKU-2").agency == world.opd_a


def test_a_node_is_deactivated_never_deleted(plans: Plans, client_for: Any) -> None:
    response = client_for("head_a").post(
        reverse("performance_plans:node_toggle", args=[plans.program_a.pk]))

    assert response.status_code == 302
    with scopes_disabled():
        node = PlanNode.objects.get(pk=plans.program_a.pk)
        assert AuditEvent.objects.filter(action="performance.node.deactivated",
                                         object_id=str(node.pk)).exists()
    assert node.is_active is False


def test_a_plan_with_nodes_cannot_change_its_kind_or_opd(
    world: World, plans: Plans, client_for: Any
) -> None:
    response = client_for("admin").post(
        reverse("performance_plans:plan_update", args=[plans.renstra_a.pk]), {
            "level": "renstra", "agency": world.opd_b.pk, "title": "Dipindah",
            "start_year": 2030, "end_year": 2034})

    body = response.content.decode()
    assert "tidak dapat diganti karena dokumen sudah berisi simpul" in body, re.findall(
        r"(?:invalid-feedback d-block|alert-danger[^>]*)\">\s*(?:<div>)?([^<]*)<", body)
    with scopes_disabled():
        assert Plan.objects.get(pk=plans.renstra_a.pk).agency == world.opd_a


def test_deactivating_a_node_deactivates_its_subtree_and_indicators(
    plans: Plans, client_for: Any
) -> None:
    client = client_for("operator_a")

    client.post(reverse("performance_plans:node_toggle", args=[plans.sasaran_a.pk]))

    with scopes_disabled():
        assert not PlanNode.objects.get(pk=plans.program_a.pk).is_active
        assert not Indicator.objects.get(pk=plans.indicator_a.pk).is_active
    body = client.get(reverse("performance_plans:plan_detail",
                              args=[plans.renstra_a.pk])).content.decode()
    assert "Program Pemenuhan Upaya Kesehatan" not in body
    assert "Meningkatnya mutu layanan kesehatan" in body
