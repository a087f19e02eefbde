"""Fixtures of the compliance tests: region A with its seeded instruments."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django_scopes import scope

from pantau.compliance.models import Family, Instrument
from pantau.compliance.services.seeding import instruments_seed
from tests.personas import World


@pytest.fixture
def seeded(world: World) -> dict[str, Instrument]:
    """Region A's seeded instruments by family."""
    with scope(region=world.region_a.pk):
        created = instruments_seed(region=world.region_a)
    return {Family(i.family).value: i for i in created}


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """The public standards page caches per unit and counts visits per address in the cache;
    ids repeat between tests, so each test starts with an empty one."""
    cache.clear()
