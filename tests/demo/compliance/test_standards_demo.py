"""The demo Pemda's service standards have a believable spread: complete, enacted and displayed
standards, partial ones, empty ones, an overdue review, and a maklumat for most units."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django_scopes import scope

from pantau.compliance.models import ServiceStandard, UnitMaklumat
from pantau.compliance.selectors.standards import register
from pantau.demo.compliance.standards import standards_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load
from pantau.tenancy.models import Role

TODAY = datetime.date(2026, 11, 23)


def _region_wide_user() -> SimpleNamespace:
    membership = SimpleNamespace(is_active=True, role=Role.EVALUATOR, agency_id=None)
    return SimpleNamespace(membership=membership, is_authenticated=True)


@pytest.mark.django_db
def test_the_demo_standards_spread_from_empty_to_complete_once() -> None:
    region = tenancy_demo_load(today=TODAY).region

    written = standards_demo_load(region=region, today=TODAY)
    again = standards_demo_load(region=region, today=TODAY)

    with scope(region=region.pk):
        data = register(region=region, user=_region_wide_user(), today=TODAY)
        maklumat = UnitMaklumat.objects.count()
    lines = [line for agency in data.agencies for unit in agency.units for line in unit.products]
    assert written > 100 and again == 0
    assert any(line.complete and line.enacted and line.at_counter for line in lines)
    assert any(0 < line.filled < 14 for line in lines)
    assert any(line.standard is None for line in lines)
    assert any(line.review_due and line.enacted for line in lines)
    assert maklumat >= 0.8 * data.units
    assert data.tally.completeness is not None
    assert 20 < data.tally.completeness < 90  # neither done nor untouched


@pytest.mark.django_db
def test_the_demo_standards_come_out_the_same_each_time() -> None:
    region = tenancy_demo_load(today=TODAY).region
    standards_demo_load(region=region, today=TODAY)
    with scope(region=region.pk):
        first = list(ServiceStandard.objects.order_by("product__unit__name", "product__name")
                     .values_list("product__name", "fee", "decree", "enacted_on"))
        ServiceStandard.objects.all().delete()
        UnitMaklumat.objects.all().delete()
    standards_demo_load(region=region, today=TODAY)
    with scope(region=region.pk):
        second = list(ServiceStandard.objects.order_by("product__unit__name", "product__name")
                      .values_list("product__name", "fee", "decree", "enacted_on"))
    assert first == second
