"""Shared fixtures: two Pemda and the personas who use them (in the spirit of healthchecks' BaseTestCase).

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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from pantau.accounts.models import User
from pantau.tenancy.models import (
    Agency,
    AgencyKind,
    Membership,
    Period,
    Region,
    RegionKind,
    RegionTimezone,
    Role,
    ServiceProduct,
    ServiceUnit,
    UnitKind,
)
from tests.factories import (
    PASSWORD,
    AgencyFactory,
    MembershipFactory,
    PeriodFactory,
    RegionFactory,
    ServiceProductFactory,
    ServiceUnitFactory,
    UserFactory,
)


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


@dataclass
class World:
    region_a: Region
    region_b: Region
    opd_a: Agency
    opd_b: Agency
    opd_other: Agency
    unit_a: ServiceUnit
    unit_b: ServiceUnit
    unit_other: ServiceUnit
    product_a: ServiceProduct
    product_b: ServiceProduct
    period_a: Period
    period_other: Period
    users: dict[str, User] = field(default_factory=dict)
    memberships: dict[str, Membership] = field(default_factory=dict)

    def user(self, persona: str) -> User:
        return self.users[persona]


def _persona(
    world: World, name: str, full_name: str, region: Region, role: str, agency: Agency | None
) -> None:
    user = UserFactory(username=name, email=f"{name}@contoh.go.id", full_name=full_name)
    world.users[name] = user
    world.memberships[name] = MembershipFactory(
        region=region, user=user, role=role, agency=agency
    )


@pytest.fixture
def world(db: None) -> World:
    with scopes_disabled():
        region_a = RegionFactory(
            kind=RegionKind.KABUPATEN, name="Kabupaten Contoh", code="99.01",
            slug="kabupaten-contoh", timezone=RegionTimezone.WIB,
        )
        region_b = RegionFactory(
            kind=RegionKind.KOTA, name="Kota Lain", code="99.71", slug="kota-lain",
            timezone=RegionTimezone.WITA,
        )
        opd_a = AgencyFactory(region=region_a, name="Dinas Kesehatan", short_name="Dinkes",
                              kind=AgencyKind.DINAS, head_name="dr. Sari Wulandari")
        opd_b = AgencyFactory(region=region_a, name="Dinas Pendidikan", short_name="Disdik",
                              kind=AgencyKind.DINAS)
        opd_other = AgencyFactory(region=region_b, name="Dinas Perhubungan Kota Lain",
                                  short_name="Dishub", kind=AgencyKind.DINAS)
        unit_a = ServiceUnitFactory(agency=opd_a, name="Puskesmas Sukamaju",
                                    kind=UnitKind.PUSKESMAS)
        unit_b = ServiceUnitFactory(agency=opd_b, name="Loket Layanan Disdik",
                                    kind=UnitKind.FRONT_OFFICE)
        unit_other = ServiceUnitFactory(agency=opd_other, name="Terminal Kota Lain",
                                        kind=UnitKind.UPTD)
        world = World(
            region_a=region_a, region_b=region_b,
            opd_a=opd_a, opd_b=opd_b, opd_other=opd_other,
            unit_a=unit_a, unit_b=unit_b, unit_other=unit_other,
            product_a=ServiceProductFactory(unit=unit_a, name="Imunisasi Dasar"),
            product_b=ServiceProductFactory(unit=unit_b, name="Legalisir Ijazah"),
            period_a=PeriodFactory(region=region_a, year=2026),
            period_other=PeriodFactory(region=region_b, year=2026),
        )
        _persona(world, "operator_a", "Ani Operator Dinkes", region_a, Role.OPERATOR, opd_a)
        _persona(world, "operator_b", "Budi Operator Disdik", region_a, Role.OPERATOR, opd_b)
        _persona(world, "head_a", "Citra Kepala Dinkes", region_a, Role.AGENCY_HEAD, opd_a)
        _persona(world, "evaluator", "Dedi Evaluator", region_a, Role.EVALUATOR, None)
        _persona(world, "leader", "Eka Pimpinan", region_a, Role.LEADER, None)
        _persona(world, "admin", "Fajar Admin Contoh", region_a, Role.ADMIN, None)
        _persona(world, "assessor", "Gita Penilai", region_a, Role.ASSESSOR, None)
        _persona(world, "other_admin", "Hana Admin Kota Lain", region_b, Role.ADMIN, None)
    return world


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


@pytest.fixture
def no_scope() -> Iterator[None]:
    with scopes_disabled():
        yield
