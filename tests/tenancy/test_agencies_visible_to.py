"""One rule for whose OPD data a user reads in lists: Pemda-wide roles every OPD, operators and
heads their own OPD, anyone else (no membership, a deactivated one, an OPD role whose
membership names no OPD) none."""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scope

from pantau.tenancy.models import ServiceProduct, ServiceUnit
from pantau.tenancy.selectors import agency_ids_visible_to, visible_to
from tests.personas import World


def _as_member(world: World, persona: str) -> Any:
    user = world.user(persona)
    user.membership = world.memberships[persona]  # as the middleware sets it
    return user


@pytest.mark.parametrize("persona", ["evaluator", "admin", "leader", "assessor"])
def test_region_wide_roles_read_every_opd(world: World, persona: str) -> None:
    user = _as_member(world, persona)

    with scope(region=world.region_a.pk):
        units = set(visible_to(ServiceUnit.objects.all(), user=user))

    assert agency_ids_visible_to(user=user) is None
    assert {world.unit_a, world.unit_b} <= units


@pytest.mark.parametrize(("persona", "own"), [("operator_a", "a"), ("head_a", "a"),
                                              ("operator_b", "b")])
def test_opd_staff_read_their_own_opd_only(world: World, persona: str, own: str) -> None:
    user = _as_member(world, persona)
    agency = getattr(world, f"opd_{own}")

    with scope(region=world.region_a.pk):
        units = set(visible_to(ServiceUnit.objects.all(), user=user))
        products = set(visible_to(ServiceProduct.objects.all(), user=user,
                                  agency="unit__agency"))

    assert agency_ids_visible_to(user=user) == (agency.pk,)
    assert units == {getattr(world, f"unit_{own}")}
    assert products == {getattr(world, f"product_{own}")}


def test_without_an_active_membership_nothing_is_visible(world: World) -> None:
    user = _as_member(world, "operator_a")
    user.membership.is_active = False

    with scope(region=world.region_a.pk):
        assert not visible_to(ServiceUnit.objects.all(), user=user).exists()
    assert agency_ids_visible_to(user=user) == ()


def test_an_opd_role_naming_no_opd_reads_no_opd(world: World) -> None:
    user = _as_member(world, "operator_a")
    user.membership.agency_id = None

    with scope(region=world.region_a.pk):
        assert not visible_to(ServiceUnit.objects.all(), user=user).exists()
    assert agency_ids_visible_to(user=user) == ()
