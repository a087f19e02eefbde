"""The demo Pemda's lokus: this year's Ombudsman and KemenPAN-RB lokus, and last year's Ombudsman
lokus, whose first draw was replaced once the Ombudsman named its own Puskesmas.

This year's Ombudsman lokus follows the 2023 rule (methods.md §3): the front offices of
Disdukcapil, DPMPTSP, Dinas Pendidikan, Dinas Kesehatan and Dinas Sosial, plus two Puskesmas
drawn with a fixed seed. KemenPAN-RB's has one unit each for administrative services, services
(jasa) and goods (barang), as in its 2023 scheme, plus one drawn kecamatan. The draws go through
the same service as the pages, so they can be repeated from the page's recipe. Deterministic;
written once (nothing is written when the Pemda already has a lokus).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django_scopes import scope

from pantau.compliance.models import Assessor, Lokus
from pantau.compliance.services.lokus import lokus_draw, lokus_replace
from pantau.tenancy.models import Membership, Region, Role, ServiceUnit, UnitKind

OMBUDSMAN_MANDATORY = ("Loket Pelayanan Disdukcapil", "Front Office DPMPTSP",
                       "Loket Pelayanan Dinas Pendidikan", "Loket Pelayanan Dinas Kesehatan",
                       "Loket Pelayanan Dinas Sosial")
KEMENPANRB_MANDATORY = ("Front Office DPMPTSP", "RSUD Sehat Sentosa — Instalasi Rawat Jalan",
                        "UPTD Instalasi Farmasi")
OMBUDSMAN_SEED = "kabupaten-contoh-ombudsman"
KEMENPANRB_SEED = "kabupaten-contoh-pekppp"
LAST_YEAR_SEED = "kabupaten-contoh-ombudsman-awal"
# Last year the Ombudsman's representative named the two Puskesmas it would visit.
NAMED_BY_OMBUDSMAN = ("Puskesmas Sungai Jernih", "Puskesmas Tegal Sari")
REPLACED_REASON = ("Surat Ombudsman RI Perwakilan Provinsi Contoh menetapkan Puskesmas Sungai "
                   "Jernih dan Puskesmas Tegal Sari sebagai lokus; undian Pemda diganti dengan "
                   "kedua Puskesmas itu sebagai unit wajib.")


def _units(region: Region, names: tuple[str, ...]) -> list[ServiceUnit]:
    by_name = {u.name: u for u in ServiceUnit.objects.filter(region=region, name__in=names)}
    return [by_name[name] for name in names if name in by_name]


def _member(region: Region, role: str) -> Any:
    membership = (Membership.objects.filter(region=region, role=role, is_active=True)
                  .select_related("user").order_by("pk").first())
    return membership.user if membership else None


def _moment(today: datetime.date, month: int, day: int, *, year: int) -> datetime.datetime:
    """9:00 on the day in the Pemda's clock, never after today."""
    day_of = min(datetime.date(year, month, day), today)
    return timezone.make_aware(datetime.datetime.combine(day_of, datetime.time(9)))


def lokus_demo_load(*, region: Region, today: datetime.date | None = None) -> int:
    """Writes the demo lokus once; returns how many were written (0 if the Pemda has one)."""
    today = today or timezone.localdate()
    year = today.year
    with scope(region=region.pk), transaction.atomic():
        if Lokus.objects.filter(region=region).exists():
            return 0
        evaluator, admin = _member(region, Role.EVALUATOR), _member(region, Role.ADMIN)
        first = lokus_draw(
            actor=evaluator, region=region, year=year - 1, assessor=Assessor.OMBUDSMAN,
            mandatory_units=_units(region, OMBUDSMAN_MANDATORY), drawn_kind=UnitKind.PUSKESMAS,
            draw_count=2, all_of_kind=False, seed=LAST_YEAR_SEED)
        announced = lokus_replace(
            actor=admin, lokus=first, reason=REPLACED_REASON,
            mandatory_units=_units(region, OMBUDSMAN_MANDATORY + NAMED_BY_OMBUDSMAN),
            drawn_kind="", draw_count=0, all_of_kind=False)
        ombudsman = lokus_draw(
            actor=evaluator, region=region, year=year, assessor=Assessor.OMBUDSMAN,
            mandatory_units=_units(region, OMBUDSMAN_MANDATORY), drawn_kind=UnitKind.PUSKESMAS,
            draw_count=2, all_of_kind=False, seed=OMBUDSMAN_SEED,
            note="Aturan lokus 2023: Dinkes + 2 Puskesmas, Disdik, Dinsos, DPMPTSP, "
                 "Disdukcapil.")
        kemenpanrb = lokus_draw(
            actor=evaluator, region=region, year=year, assessor=Assessor.KEMENPANRB,
            mandatory_units=_units(region, KEMENPANRB_MANDATORY), drawn_kind=UnitKind.KECAMATAN,
            draw_count=1, all_of_kind=False, seed=KEMENPANRB_SEED,
            note="Satu lokus layanan administratif, jasa dan barang, ditambah satu layanan "
                 "kecamatan hasil undian untuk PEKPPP mandiri.")
        # The demo's dates: drawn early in the year, last year's replaced in the spring.
        Lokus.objects.filter(pk=first.pk).update(
            created_at=_moment(today, 2, 10, year=year - 1),
            replaced_at=_moment(today, 5, 20, year=year - 1))
        Lokus.objects.filter(pk=announced.pk).update(
            created_at=_moment(today, 5, 20, year=year - 1))
        Lokus.objects.filter(pk__in=[ombudsman.pk, kemenpanrb.pk]).update(
            created_at=_moment(today, 2, 10, year=year))
        return 4
