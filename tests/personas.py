"""The two Pemda and the personas of the test suite (see tests/conftest.py for the table)."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    AgencyFactory,
    MembershipFactory,
    PeriodFactory,
    RegionFactory,
    ServiceProductFactory,
    ServiceUnitFactory,
    UserFactory,
)


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


def build_world() -> World:
    """Creates both Pemda, their OPDs, units, products, periods and the personas."""
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
