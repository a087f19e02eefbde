"""Forgetting the Pemda is an error, not a leak: a tenant query outside a scope raises."""

from __future__ import annotations

import pytest
from django_scopes import ScopeError, scope, scopes_disabled

from pantau.tenancy.models import Agency, Membership, Period, ServiceProduct, ServiceUnit
from tests.personas import World


@pytest.mark.parametrize("model", [Agency, ServiceUnit, ServiceProduct, Period, Membership])
def test_unscoped_query_of_tenant_data_raises_scope_error(world: World, model: type) -> None:
    with pytest.raises(ScopeError):
        list(model.objects.all())  # type: ignore[attr-defined]


def test_count_and_get_outside_a_scope_raise_too(world: World) -> None:
    with pytest.raises(ScopeError):
        Agency.objects.count()
    with pytest.raises(ScopeError):
        Agency.objects.get(pk=world.opd_a.pk)


def test_a_scope_shows_only_its_own_pemda(world: World) -> None:
    with scope(region=world.region_b.pk):
        names = set(Agency.objects.values_list("name", flat=True))

    assert names == {"Dinas Perhubungan Kota Lain"}


def test_scopes_disabled_sees_every_pemda(world: World) -> None:
    with scopes_disabled():
        assert Agency.objects.count() == 3
