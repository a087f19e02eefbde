"""The demo Pemda's official compliance results: from the red zone to the green one.

The figures follow the shape of real published series (a Pemda below 51 in 2019, yellow for two
years, green from 2023; a PEKPPP index climbing from C to A-). They are the fictional Kabupaten
Contoh's own; the links point at the assessors' sites, where real results are published.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django_scopes import scope

from pantau.compliance.models import Assessor, OfficialResult
from pantau.compliance.services.results import official_result_create
from pantau.tenancy.models import Region

OMBUDSMAN_SOURCE = "https://ombudsman.go.id/"
KEMENPANRB_SOURCE = "https://www.menpan.go.id/"

# (year, score, opini as published where the year's ranges are not public, the assessor's note)
OMBUDSMAN_RESULTS = (
    (2019, "48.36", "", "Zona merah: standar pelayanan belum dipajang di sebagian besar unit."),
    (2020, "58.12", "", "Naik ke zona kuning setelah standar pelayanan ditetapkan per OPD."),
    (2021, "69.80", "", "Maklumat pelayanan terpasang; pengelolaan pengaduan masih lemah."),
    (2022, "76.41", "", "Kategori C; dimensi Pengaduan terendah."),
    (2023, "87.56", "", "Kategori B; Puskesmas lokus memperbaiki sarana dan kompetensi pelaksana."),
    (2024, "91.84", "", "Kategori A, zona hijau."),
    (2025, "89.20", "Kualitas Tinggi", "Metode baru (Penilaian Maladministrasi)."),
)
PEKPPP_RESULTS = (
    (2022, "3.21", "Indeks awal evaluasi PEKPPP."),
    (2023, "3.62", "Kebijakan pelayanan dan inovasi meningkat."),
    (2024, "4.08", "Konsultasi dan pengaduan terintegrasi SP4N-LAPOR!."),
    (2025, "4.27", "Profesionalisme SDM dan sarana prasarana membaik."),
)


def results_demo_load(*, region: Region) -> int:
    """Writes the official results once; returns how many were written (0 if present)."""
    with scope(region=region.pk), transaction.atomic():
        if OfficialResult.objects.filter(region=region).exists():
            return 0
        written = 0
        for year, score, opini, note in OMBUDSMAN_RESULTS:
            official_result_create(
                actor=None, region=region, year=year, assessor=Assessor.OMBUDSMAN,
                score=Decimal(score), label=opini, opinion=note, source_url=OMBUDSMAN_SOURCE)
            written += 1
        for year, score, note in PEKPPP_RESULTS:
            official_result_create(
                actor=None, region=region, year=year, assessor=Assessor.KEMENPANRB,
                score=Decimal(score), opinion=note, source_url=KEMENPANRB_SOURCE)
            written += 1
        return written
