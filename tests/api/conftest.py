"""API fixtures: the reporting world (OPD A's two indicators, TW I and TW II 2026) and a
personal API token for every persona, made through the service as the token page does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.cache import cache
from django_scopes import scope
from rest_framework.test import APIClient

from pantau.api.services import token_create
from tests.performance.reporting.conftest import Reporting, build_reporting
from tests.personas import World


@pytest.fixture(autouse=True)
def _fresh_throttle_counts() -> None:
    cache.clear()  # throttle counters live in the default cache


@pytest.fixture
def rep(world: World) -> Reporting:
    return build_reporting(world)


def make_token(world: World, persona: str, name: str = "Jembatan e-SAKIP") -> str:
    membership = world.memberships[persona]
    with scope(region=membership.region_id):
        _token, key = token_create(actor=world.user(persona), region=membership.region,
                                   name=name)
    return key


@pytest.fixture
def api_for(world: World) -> Callable[[str], APIClient]:
    """An API client with the persona's token ("anonymous": no credentials)."""

    def make(persona: str) -> APIClient:
        client = APIClient()
        if persona != "anonymous":
            client.credentials(HTTP_AUTHORIZATION=f"Token {make_token(world, persona)}")
        return client

    return make


@pytest.fixture
def session_api_for(world: World) -> Callable[[str], APIClient]:
    """An API client logged in with the persona's session (the browsable API's way)."""

    def make(persona: str) -> APIClient:
        client = APIClient()
        if persona != "anonymous":
            client.force_login(world.user(persona))
        return client

    return make


def body(response: Any) -> Any:
    return response.json()
