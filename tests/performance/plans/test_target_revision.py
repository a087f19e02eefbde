"""An official revision (perubahan) keeps the original target and switches the counted one;
after the year is closed any target change is refused in Indonesian and the attempt audited."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.performance.models import Target
from pantau.tenancy.models import Period, PeriodStatus
from tests.performance.plans.conftest import Plans
from tests.personas import World


def _target(plans: Plans) -> Target:
    with scopes_disabled():
        return Target.objects.get(indicator=plans.indicator_a, year=2026, quarter=None)


def test_a_revision_keeps_the_original_and_switches_the_counted_value(
    plans: Plans, client_for: Any
) -> None:
    url = reverse("performance_plans:target_revision", args=[plans.indicator_a.pk])

    response = client_for("operator_a").post(url, {
        "v_2026_0": "85", "u_2026_0": "on", "note": "Perkada 12/2026 perubahan Renstra"})

    assert response.status_code == 302
    target = _target(plans)
    assert target.value == Decimal("90") and target.revised_value == Decimal("85")
    assert target.counted_value == Decimal("85")
    assert target.revision_note == "Perkada 12/2026 perubahan Renstra"
    detail = client_for("evaluator").get(
        reverse("performance_plans:indicator_detail", args=[plans.indicator_a.pk]))
    body = detail.content.decode()
    assert "perubahan: 85" in body and "berlaku" in body and ">90<" in body
    assert "Dasar perubahan: Perkada 12/2026 perubahan Renstra" in body
    with scopes_disabled():
        event = AuditEvent.objects.get(action="performance.target.revised")
    assert event.changes == {"2026": [[None, None, False], ["85", None, True]]}


def test_switching_back_counts_the_original_again(plans: Plans, client_for: Any) -> None:
    client = client_for("evaluator")
    url = reverse("performance_plans:target_revision", args=[plans.indicator_a.pk])
    client.post(url, {"v_2026_0": "85", "u_2026_0": "on", "note": "Perubahan I"})

    client.post(url, {"v_2026_0": "85", "note": "Perubahan I dibatalkan"})

    target = _target(plans)
    assert target.revised_value == Decimal("85") and target.counted_value == Decimal("90")


def test_a_revision_without_its_basis_is_refused(plans: Plans, client_for: Any) -> None:
    url = reverse("performance_plans:target_revision", args=[plans.indicator_a.pk])

    response = client_for("operator_a").post(url, {"v_2026_0": "85", "u_2026_0": "on"})

    assert "Isi dasar perubahan" in response.content.decode()
    assert _target(plans).revised_value is None


def test_a_revision_after_the_year_is_closed_is_refused_and_audited(
    world: World, plans: Plans, client_for: Any
) -> None:
    with scopes_disabled():
        Period.objects.filter(pk=world.period_a.pk).update(status=PeriodStatus.CLOSED)
    url = reverse("performance_plans:target_revision", args=[plans.indicator_a.pk])

    response = client_for("operator_a").post(url, {
        "v_2026_0": "85", "u_2026_0": "on", "note": "Perubahan terlambat"})

    body = response.content.decode()
    assert response.status_code == 200
    assert ("Tahun 2026 sudah ditutup; target tahun itu tidak dapat diubah. "
            "Perubahan ditolak dan dicatat.") in body
    target = _target(plans)
    assert target.revised_value is None and target.counted_value == Decimal("90")
    with scopes_disabled():
        refused = AuditEvent.objects.get(action="performance.locked.refused")
    assert refused.object_id == str(plans.indicator_a.pk)
    assert refused.actor == world.user("operator_a")


def test_open_years_stay_editable_when_another_year_is_closed(
    world: World, plans: Plans, client_for: Any
) -> None:
    with scopes_disabled():
        Period.objects.filter(pk=world.period_a.pk).update(status=PeriodStatus.CLOSED)
    url = reverse("performance_plans:target_grid", args=[plans.indicator_a.pk])

    response = client_for("operator_a").post(url, {"v_2026_0": "90", "v_2027_0": "92"})

    assert response.status_code == 302
    with scopes_disabled():
        assert Target.objects.get(indicator=plans.indicator_a, year=2027).value == 92
