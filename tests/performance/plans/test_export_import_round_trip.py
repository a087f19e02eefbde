"""The XLSX export of a plan uses the template layout: importing it into an empty plan of the
same years rebuilds the same tree, indicators and targets."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import Indicator, Plan, PlanNode, Target
from tests.performance.plans.conftest import Plans, make_node
from tests.xlsx import uploaded


def _shape(plan: Plan) -> tuple[Any, ...]:
    with scopes_disabled():
        nodes = sorted((n.parent.code if n.parent else "", n.level, n.name)
                       for n in PlanNode.objects.filter(plan=plan, is_active=True))
        indicators = sorted(
            (i.node.code, i.name, i.unit, i.polarity, i.aggregation, i.is_key, i.is_range,
             i.baseline, i.agency_id, i.supports_id)
            for i in Indicator.objects.filter(node__plan=plan))
        targets = sorted((t.indicator.name, t.year, t.quarter or 0, t.value, t.value_high)
                         for t in Target.objects.filter(indicator__node__plan=plan))
    return nodes, indicators, targets


def test_export_then_import_into_another_plan_rebuilds_it(plans: Plans,
                                                         client_for: Any) -> None:
    with scopes_disabled():
        make_node(plans.renstra_a, plans.program_a, "kegiatan", "", "Kegiatan tanpa kode")
        Indicator.objects.filter(pk=plans.indicator_a.pk).update(
            is_range=True, baseline=Decimal("77.5"), is_key=True, aggregation="sum",
            code="")
        Target.objects.create(region_id=plans.renstra_a.region_id, indicator=plans.indicator_a,
                              year=2027, quarter=2, value=Decimal("40"),
                              value_high=Decimal("45.25"))
    client = client_for("admin")

    exported = client.get(reverse("performance_plans:plan_export", args=[plans.renstra_a.pk]))
    original = _shape(plans.renstra_a)
    with scopes_disabled():  # the same OPD's next Renstra, given the same years to compare
        Plan.objects.filter(pk=plans.renstra_a.pk).update(start_year=2020, end_year=2024)
        copy = Plan.objects.create(region_id=plans.renstra_a.region_id, level="renstra",
                                   agency=plans.renstra_a.agency, title="Salinan",
                                   start_year=2025, end_year=2029)
    response = client.post(reverse("performance_plans:plan_import", args=[copy.pk]),
                           {"file": uploaded(exported.content, "indikator.xlsx")})

    assert response.status_code == 302, response.content.decode()[-3000:]
    rebuilt = _shape(copy)
    assert rebuilt == original
    with scopes_disabled():  # a node without a code gets its export key ("S<id>") as code
        codes = set(PlanNode.objects.filter(plan=copy).values_list("code", flat=True))
    assert {"T1", "T1.S1", "1.02.02"} < codes and any(c.startswith("S") for c in codes)


def test_exporting_the_same_plan_twice_gives_the_same_rows(plans: Plans,
                                                           client_for: Any) -> None:
    client = client_for("leader")
    url = reverse("performance_plans:plan_export", args=[plans.rpjmd.pk])

    first, second = client.get(url), client.get(url)

    assert first.status_code == 200 and first["Content-Type"].startswith(
        "application/vnd.openxmlformats")
    from tests.xlsx import sheet_values
    assert sheet_values(first.content, "Indikator") == sheet_values(second.content, "Indikator")
    assert sheet_values(first.content, "Indikator")[3][4:6] == ["IKU-1", "Prevalensi stunting"]
