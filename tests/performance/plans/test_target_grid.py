"""The target grid: ranges, zero or missing targets flagged, locked quarters refused."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.performance.models import AgencyReport, Indicator, ReportStatus, Target
from pantau.tenancy.models import Period
from tests.performance.plans.conftest import Plans
from tests.personas import World

FLAG = "Target 0/kosong: capaian tidak dapat dihitung"


def test_a_zero_target_saves_and_the_indicator_is_flagged(plans: Plans,
                                                          client_for: Any) -> None:
    client = client_for("operator_a")
    detail = reverse("performance_plans:indicator_detail", args=[plans.indicator_a.pk])

    response = client.post(reverse("performance_plans:target_grid", args=[plans.indicator_a.pk]),
                           {"v_2025_0": "5", "v_2026_0": "0", "v_2027_0": "5", "v_2028_0": "5",
                            "v_2029_0": "5"})

    assert response.status_code == 302
    with scopes_disabled():
        assert Target.objects.get(indicator=plans.indicator_a, year=2026,
                                  quarter=None).value == 0
    body = client.get(detail).content.decode()
    assert FLAG in body and "(2026)" in body


def test_missing_targets_are_flagged_too(plans: Plans, client_for: Any) -> None:
    body = client_for("evaluator").get(reverse(
        "performance_plans:indicator_detail", args=[plans.indicator_a.pk])).content.decode()

    assert FLAG in body and "2025, 2027, 2028, 2029" in body


def test_a_range_target_needs_its_upper_bound_above_the_lower(plans: Plans,
                                                             client_for: Any) -> None:
    with scopes_disabled():
        Indicator.objects.filter(pk=plans.indicator_a.pk).update(is_range=True)
    url = reverse("performance_plans:target_grid", args=[plans.indicator_a.pk])
    client = client_for("operator_a")

    bad = client.post(url, {"v_2026_0": "90", "h_2026_0": "80"})
    good = client.post(url, {"v_2026_0": "80", "h_2026_0": "90"})

    assert "2026: batas atas lebih kecil dari batas bawah." in bad.content.decode()
    assert good.status_code == 302
    with scopes_disabled():
        target = Target.objects.get(indicator=plans.indicator_a, year=2026, quarter=None)
    assert (target.value, target.value_high) == (Decimal("80"), Decimal("90"))


def test_text_in_a_target_cell_is_refused(plans: Plans, client_for: Any) -> None:
    url = reverse("performance_plans:target_grid", args=[plans.indicator_a.pk])

    response = client_for("operator_a").post(url, {"v_2026_0": "sembilan puluh"})

    assert response.status_code == 200
    assert "Isi dengan angka, mis. 1.234,5." in response.content.decode()
    with scopes_disabled():
        assert Target.objects.get(indicator=plans.indicator_a, year=2026).value == 90


def test_a_quarter_target_of_a_locked_report_is_refused_and_audited(
    world: World, plans: Plans, client_for: Any
) -> None:
    with scopes_disabled():
        quarter = Period.objects.create(region=world.region_a, year=2026, quarter=1)
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_a, period=quarter,
                                    status=ReportStatus.LOCKED)
    url = reverse("performance_plans:target_grid", args=[plans.indicator_a.pk])

    response = client_for("operator_a").post(url, {"v_2026_0": "90", "v_2026_1": "20"})

    assert "sudah dikunci" in response.content.decode()
    with scopes_disabled():
        assert not Target.objects.filter(indicator=plans.indicator_a, quarter=1).exists()
        assert AuditEvent.objects.filter(action="performance.locked.refused").exists()
