"""A plan's export and import template are named after the plan."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from tests.performance.plans.conftest import Plans, plans  # noqa: F401 (fixture)


def test_plan_export_and_template_are_named_after_the_plan(plans: Plans,  # noqa: F811
                                                           client_for: Any) -> None:
    client = client_for("evaluator")

    renstra_file = client.get(reverse("performance_plans:plan_export",
                                      args=[plans.renstra_a.pk]))
    rpjmd_file = client.get(reverse("performance_plans:plan_export", args=[plans.rpjmd.pk]))
    template = client.get(reverse("performance_plans:plan_import_template",
                                  args=[plans.renstra_a.pk]))

    assert 'filename="renstra-dinkes-2025-2029.xlsx"' in renstra_file["Content-Disposition"]
    assert ('filename="rpjmd-kabupaten-contoh-2025-2029.xlsx"'
            in rpjmd_file["Content-Disposition"])
    assert ('filename="templat-indikator-renstra-dinkes-2025-2029.xlsx"'
            in template["Content-Disposition"])
