"""Capaian kinerja: Permendagri 86/2017 evaluation table, PermenPANRB 6/2022 formulas."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pantau.scoring.methods import Band, Fact, Method, Years

POLARITIES = ("positive", "negative")
AGGREGATIONS = ("sum", "last", "avg", "max", "min")


@dataclass(frozen=True, kw_only=True)
class CapaianMethod(Method):
    polarities: tuple[str, ...] = POLARITIES
    aggregations: tuple[str, ...] = AGGREGATIONS

    def details(self) -> dict[str, object]:
        return {"polarities": list(self.polarities), "aggregations": list(self.aggregations)}


CAPAIAN_2017 = CapaianMethod(
    id="capaian-2017",
    family="capaian",
    name="Capaian kinerja dan kriteria penilaian (evaluasi Renja/RKPD)",
    legal_basis="Permendagri 86/2017; PermenPANRB 6/2022 (rumus polaritas negatif dan rentang)",
    years=Years(None, None),
    bands=(
        Band(Decimal("91"), None, "Sangat Tinggi"),
        Band(Decimal("76"), None, "Tinggi"),
        Band(Decimal("66"), None, "Sedang"),
        Band(Decimal("51"), None, "Rendah"),
        Band(None, None, "Sangat Rendah"),
    ),
    facts=(
        Fact("rumus positif", "Capaian = R / T × 100.", "regulation"),
        Fact(
            "rumus negatif",
            "Capaian = (2T − R) / T × 100 (PermenPANRB 6/2022; lazim di LKjIP).",
            "regulation",
        ),
        Fact(
            "target rentang",
            "R di dalam rentang → 100; di atas → dibanding batas atas; di bawah → dibanding batas "
            "bawah, dengan aturan polaritas (cermin untuk polaritas negatif).",
            "regulation",
        ),
        Fact(
            "target 0 atau negatif",
            "Tidak diatur: capaian tidak dapat dihitung (None) dan baris ditandai untuk evaluator.",
            "open",
        ),
        Fact(
            "kriteria",
            "Sangat Tinggi ≥ 91; Tinggi ≥ 76; Sedang ≥ 66; Rendah ≥ 51; Sangat Rendah < 51 "
            "(capaian > 100 tetap Sangat Tinggi).",
            "regulation",
        ),
        Fact(
            "agregasi triwulan",
            "Tiap indikator menyatakan cara agregasi: sum, last, avg, max atau min.",
            "practice",
        ),
        Fact(
            "batas atas rata-rata",
            "Saat merata-ratakan capaian indikator menjadi nilai OPD, batas atas (100 % atau "
            "120 %) per indikator adalah pengaturan; bawaan tanpa batas.",
            "practice",
        ),
        Fact("serapan", "Serapan = realisasi anggaran / pagu × 100.", "practice"),
        Fact(
            "efisiensi",
            "Perbandingan capaian dengan serapan belum punya rumus resmi: selisih dan rasio "
            "ditampilkan keduanya.",
            "open",
        ),
        Fact(
            "tahun",
            "Rumus dan kriteria tidak dibatasi tahun; metode dipakai untuk semua tahun.",
            "open",
        ),
    ),
)
