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
from pantau.compliance.models import ServiceStandard, UnitMaklumat
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


# The 14 components of a service standard, each filled in (tests leave some empty).
STANDARD_TEXTS = {
    "requirements": "KTP-el asli dan fotokopi Kartu Keluarga.",
    "procedure": "Pemohon mengambil nomor antrean, berkas diperiksa, dokumen dicetak.",
    "duration": "1 hari kerja sejak berkas lengkap.",
    "fee": "Tidak dipungut biaya.",
    "output": "Dokumen yang dimohon.",
    "complaints": "Kotak saran, SP4N-LAPOR!, WhatsApp pengaduan.",
    "legal_basis": "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
    "facilities": "Ruang tunggu, loket prioritas, toilet, ramp.",
    "staff_competence": "Pelaksana telah mengikuti bimbingan teknis pelayanan.",
    "internal_supervision": "Pengawasan oleh atasan langsung dan Inspektorat.",
    "staff_count": "4 orang pelaksana.",
    "service_guarantee": "Pelayanan sesuai standar dijamin dengan maklumat pelayanan.",
    "security_guarantee": "APAR, jalur evakuasi, CCTV.",
    "staff_evaluation": "Evaluasi kinerja pelaksana setiap semester.",
}


class ServiceStandardFactory(ScopeFreeFactory):
    """A complete standard (all 14 components), not yet enacted, displayed or reviewed."""

    class Meta:
        model = ServiceStandard

    product = factory.SubFactory(ServiceProductFactory)
    region = factory.SelfAttribute("product.region")
    requirements = STANDARD_TEXTS["requirements"]
    procedure = STANDARD_TEXTS["procedure"]
    duration = STANDARD_TEXTS["duration"]
    fee = STANDARD_TEXTS["fee"]
    output = STANDARD_TEXTS["output"]
    complaints = STANDARD_TEXTS["complaints"]
    legal_basis = STANDARD_TEXTS["legal_basis"]
    facilities = STANDARD_TEXTS["facilities"]
    staff_competence = STANDARD_TEXTS["staff_competence"]
    internal_supervision = STANDARD_TEXTS["internal_supervision"]
    staff_count = STANDARD_TEXTS["staff_count"]
    service_guarantee = STANDARD_TEXTS["service_guarantee"]
    security_guarantee = STANDARD_TEXTS["security_guarantee"]
    staff_evaluation = STANDARD_TEXTS["staff_evaluation"]


class UnitMaklumatFactory(ScopeFreeFactory):
    """A maklumat with its text only (not enacted, not displayed)."""

    class Meta:
        model = UnitMaklumat

    unit = factory.SubFactory(ServiceUnitFactory)
    region = factory.SelfAttribute("unit.region")
    text = ("Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan.")
