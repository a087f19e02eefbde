"""Shared fixtures: two Pemda and their personas (in the spirit of healthchecks' BaseTestCase).

Region A, "Kabupaten Contoh" (WIB), has OPD A (Dinas Kesehatan) and OPD B (Dinas Pendidikan), each
with one service unit and one product, and an open 2026 period. Region B, "Kota Lain" (WITA), has
its own OPD and unit. Personas are users with one Membership each:

=============  ==============  ==========================
persona        role            Pemda / OPD
=============  ==============  ==========================
operator_a     operator        Kabupaten Contoh / OPD A
operator_b     operator        Kabupaten Contoh / OPD B
head_a         agency_head     Kabupaten Contoh / OPD A
evaluator      evaluator       Kabupaten Contoh
leader         leader          Kabupaten Contoh
admin          admin           Kabupaten Contoh
assessor       assessor        Kabupaten Contoh
other_admin    admin           Kota Lain
anonymous      (not logged in)
=============  ==============  ==========================

Tenant data is created with scopes disabled. Tests that query the ORM themselves wrap the query in
``scopes_disabled()`` or ``scope(region=...)``: outside a scope a tenant query raises ScopeError.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from pantau.accounts.models import User
from tests.factories import PASSWORD
from tests.large_ids import start_ids_high
from tests.personas import World, build_world


@pytest.fixture(autouse=True)
def _test_settings(settings: Any, tmp_path: Any) -> None:
    """Fast hashing, tasks run at once, uploads in a temporary folder."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix: None) -> None:
    """Gives each run its own PostgreSQL test databases when scripts/with_postgres.py asks for it.

    Two runs against one shared server (two worktrees, a developer and CI) would otherwise drop
    each other's ``test_<name>_gw0`` databases.
    """
    from django.conf import settings

    suffix = os.environ.get("PANTAU_TEST_DB_SUFFIX", "")
    if not suffix:
        return
    for db in settings.DATABASES.values():
        if "postgresql" not in db["ENGINE"]:
            continue
        test = db.setdefault("TEST", {})
        test["NAME"] = f"{test.get('NAME') or 'test_' + db['NAME']}_{suffix}"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    """Every test database (one per xdist worker) hands out ids above 100 000 (large_ids.py)."""
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            start_ids_high(connection)


@pytest.fixture
def world(db: None) -> World:
    return build_world()


@pytest.fixture
def client_for(world: World) -> Callable[[str], Client]:
    """A test client logged in as the persona ("anonymous": not logged in)."""

    def make(persona: str) -> Client:
        client = Client()
        if persona != "anonymous":
            client.force_login(world.user(persona))
        return client

    return make


def _persona_fixture(name: str) -> Any:
    @pytest.fixture(name=name)
    def persona(world: World) -> User:
        return world.user(name)

    return persona


operator_a = _persona_fixture("operator_a")
operator_b = _persona_fixture("operator_b")
head_a = _persona_fixture("head_a")
evaluator = _persona_fixture("evaluator")
leader = _persona_fixture("leader")
admin = _persona_fixture("admin")
assessor = _persona_fixture("assessor")
other_admin = _persona_fixture("other_admin")


@pytest.fixture
def password() -> str:
    """The password every persona has."""
    return PASSWORD
