"""factory-boy factories for Pantau's models.

Tenant models use django-scopes managers: every factory creates its row with scopes disabled, so a
factory works inside or outside a test's scope.
"""

from __future__ import annotations

from typing import Any

import factory
from django_scopes import scopes_disabled
from factory.django import DjangoModelFactory

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

PASSWORD = "sandi-rahasia-2026"


class ScopeFreeFactory(DjangoModelFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class: Any, *args: Any, **kwargs: Any) -> Any:
        with scopes_disabled():
            return super()._create(model_class, *args, **kwargs)


class RegionFactory(ScopeFreeFactory):
    class Meta:
        model = Region

    kind = RegionKind.KABUPATEN
    name = factory.Sequence(lambda n: f"Kabupaten Uji {n}")
    code = factory.Sequence(lambda n: f"98.{n:02d}")
    slug = factory.Sequence(lambda n: f"kabupaten-uji-{n}")
    timezone = RegionTimezone.WIB


class AgencyFactory(ScopeFreeFactory):
    class Meta:
        model = Agency

    region = factory.SubFactory(RegionFactory)
    name = factory.Sequence(lambda n: f"Dinas Uji {n}")
    short_name = factory.Sequence(lambda n: f"DU{n}")
    kind = AgencyKind.DINAS


class ServiceUnitFactory(ScopeFreeFactory):
    class Meta:
        model = ServiceUnit

    agency = factory.SubFactory(AgencyFactory)
    region = factory.SelfAttribute("agency.region")
    name = factory.Sequence(lambda n: f"Unit Layanan Uji {n}")
    kind = UnitKind.FRONT_OFFICE


class ServiceProductFactory(ScopeFreeFactory):
    class Meta:
        model = ServiceProduct

    unit = factory.SubFactory(ServiceUnitFactory)
    region = factory.SelfAttribute("unit.region")
    name = factory.Sequence(lambda n: f"Produk Layanan Uji {n}")


class PeriodFactory(ScopeFreeFactory):
    class Meta:
        model = Period

    region = factory.SubFactory(RegionFactory)
    year = 2026
    quarter = None


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"pengguna{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@contoh.go.id")
    full_name = factory.Sequence(lambda n: f"Pengguna Uji {n}")
    password = factory.django.Password(PASSWORD)


class MembershipFactory(ScopeFreeFactory):
    class Meta:
        model = Membership

    region = factory.SubFactory(RegionFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.EVALUATOR
    agency = None
