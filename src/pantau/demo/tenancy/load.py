"""Loads (or refreshes) the demo Pemda, its OPDs, units, periods and logins.

Idempotent: rows are found by their natural keys.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django_scopes import scopes_disabled

from pantau.audit.services import audit_record
from pantau.demo.tenancy import data
from pantau.tenancy.models import (
    Agency,
    Membership,
    Period,
    PeriodStatus,
    Region,
    RegionKind,
    ServiceProduct,
    ServiceUnit,
)

MPP_ADDRESS = "Mal Pelayanan Publik, Jl. Jenderal Sudirman No. 1"


@dataclass
class DemoSummary:
    region: Region
    agencies: int
    units: int
    products: int
    periods: int
    users: list[dict[str, Any]]


def _unit(region: Region, agency: Agency, name: str, kind: str, address: str,
          products: list[str]) -> None:
    unit, _ = ServiceUnit.objects.update_or_create(
        region=region, name=name,
        defaults={"agency": agency, "kind": kind, "address": address, "is_active": True},
    )
    for product in products:
        ServiceProduct.objects.update_or_create(
            region=region, unit=unit, name=product, defaults={"is_active": True}
        )


def _agencies(region: Region) -> dict[str, Agency]:
    by_short: dict[str, Agency] = {}
    rows = [*data.AGENCIES, *(
        (f"Kecamatan {name}", f"Kec. {name}", "kecamatan", "") for name, _ in data.KECAMATAN
    )]
    for name, short, kind, head in rows:
        agency, _ = Agency.objects.update_or_create(
            region=region, short_name=short,
            defaults={"name": name, "kind": kind, "head_name": head, "is_active": True},
        )
        by_short[short] = agency
    return by_short


def _units(region: Region, agencies: dict[str, Agency]) -> None:
    for name, kind, short, address, products in data.FRONT_OFFICES:
        _unit(region, agencies[short], name, kind, address, products)
    for name, short, products in data.MPP_COUNTERS:
        _unit(region, agencies[short], name, "mpp", MPP_ADDRESS, products)
    for name, kind, short, products in data.UPTD:
        _unit(region, agencies[short], name, kind, "", products)
    for name, products in data.RSUD_UNITS:
        _unit(region, agencies["RSUD"], name, "rsud", "Jl. Dr. Wahidin No. 20", products)
    school = 0
    for index, (kecamatan, puskesmas_names) in enumerate(data.KECAMATAN):
        agency = agencies[f"Kec. {kecamatan}"]
        address = f"Kecamatan {kecamatan}"
        _unit(region, agency, f"Layanan PATEN Kecamatan {kecamatan}", "kecamatan", address,
              data.PATEN_PRODUCTS)
        for kelurahan in data.KELURAHAN.get(kecamatan, []):
            _unit(region, agency, f"Kantor {kelurahan}", "kecamatan", address,
                  data.KELURAHAN_PRODUCTS)
        for n, puskesmas in enumerate(puskesmas_names):
            _unit(region, agencies["Dinkes"], puskesmas, "puskesmas", address,
                  data.PUSKESMAS_PRODUCTS[(index + n) % len(data.PUSKESMAS_PRODUCTS)])
        _unit(region, agencies["Distankan"], f"Balai Penyuluhan Pertanian {kecamatan}", "uptd",
              address, data.BPP_PRODUCTS)
        for _ in range(1 if index % 3 else 2):
            school += 1
            _unit(region, agencies["Disdik"], f"SMP Negeri {school} Kabupaten Contoh", "uptd",
                  address, data.SMP_PRODUCTS)
    for number in range(1, 31):
        kecamatan = data.KECAMATAN[(number - 1) % len(data.KECAMATAN)][0]
        _unit(region, agencies["Disdik"], f"SD Negeri {number} {kecamatan}", "uptd",
              f"Kecamatan {kecamatan}", data.SD_PRODUCTS)


def _periods(region: Region, today: datetime.date) -> None:
    for year in data.RPJMD_YEARS:
        annual, created = Period.objects.get_or_create(region=region, year=year, quarter=None)
        if created and today >= datetime.date(year + 1, 4, 1):
            annual.status = PeriodStatus.CLOSED
            annual.save(update_fields=["status"])
        for quarter in range(1, 5):
            # Reports of a quarter come in the month after it, verification takes two more:
            # the demo closes a quarter three months after it ends.
            months = year * 12 + quarter * 3 + 3
            closes = datetime.date(months // 12, months % 12 + 1, 1)
            period, created = Period.objects.get_or_create(
                region=region, year=year, quarter=quarter
            )
            if created and today >= closes:
                period.status = PeriodStatus.CLOSED
                period.save(update_fields=["status"])


def _users(region: Region, agencies: dict[str, Agency]) -> list[dict[str, Any]]:
    user_model = get_user_model()
    logins = []
    for spec in data.DEMO_USERS:
        username = str(spec["username"])
        user, created = user_model._default_manager.get_or_create(
            username=username,
            defaults={"email": f"{username}@kabupaten-contoh.example",
                      "full_name": str(spec["full_name"])},
        )
        if created or not user.has_usable_password():
            user.set_password(data.DEMO_PASSWORD)
            user.save(update_fields=["password"])
        agency = agencies[str(spec["agency"])] if spec["agency"] else None
        Membership.objects.update_or_create(
            region=region, user=user,
            defaults={"role": str(spec["role"]), "agency": agency, "is_active": True},
        )
        logins.append({"username": username, "role": spec["role"],
                       "agency": agency.short_name if agency else ""})
    return logins


@transaction.atomic
def tenancy_demo_load(*, today: datetime.date | None = None) -> DemoSummary:
    today = today or datetime.date.today()
    with scopes_disabled():
        province, _ = Region.objects.update_or_create(
            code=data.PROVINCE["code"],
            defaults={"name": data.PROVINCE["name"], "slug": data.PROVINCE["slug"],
                      "kind": RegionKind.PROVINSI},
        )
        region, created = Region.objects.update_or_create(
            code=data.REGION["code"],
            defaults={"name": data.REGION["name"], "slug": data.REGION["slug"],
                      "kind": RegionKind.KABUPATEN, "parent": province, "is_active": True},
        )
        agencies = _agencies(region)
        _units(region, agencies)
        _periods(region, today)
        users = _users(region, agencies)
        if created:
            audit_record(actor=None, action="tenancy.demo.loaded", region=region, obj=region)
        return DemoSummary(
            region=region,
            agencies=Agency.objects.filter(region=region).count(),
            units=ServiceUnit.objects.filter(region=region).count(),
            products=ServiceProduct.objects.filter(region=region).count(),
            periods=Period.objects.filter(region=region).count(),
            users=users,
        )
