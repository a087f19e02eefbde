"""SAKIP evaluation: PermenPANRB 88/2021 (as practised in the LKE worksheets)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pantau.scoring.methods import Band, Fact, Method, Years


@dataclass(frozen=True)
class SakipComponent:
    code: str
    name: str
    weight: Decimal  # points of 100


@dataclass(frozen=True, kw_only=True)
class SakipMethod(Method):
    components: tuple[SakipComponent, ...]
    # Pairs rather than dicts so the frozen method stays hashable.
    parts: tuple[tuple[str, Decimal], ...]  # share of a component: existence / quality / use
    criteria: tuple[tuple[str, Decimal], ...]  # answer letter → percent

    def details(self) -> dict[str, object]:
        return {
            "components": [
                {"code": c.code, "name": c.name, "weight": c.weight} for c in self.components
            ],
            "parts": dict(self.parts),
            "criteria": dict(self.criteria),
        }


SAKIP_2021 = SakipMethod(
    id="sakip-2021",
    family="sakip",
    name="Evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)",
    legal_basis="PermenPANRB 88/2021",
    years=Years(2021, None),
    score_min=Decimal(0),
    score_max=Decimal(100),
    boundary="lower_exclusive",
    components=(
        SakipComponent("perencanaan", "Perencanaan Kinerja", Decimal(30)),
        SakipComponent("pengukuran", "Pengukuran Kinerja", Decimal(30)),
        SakipComponent("pelaporan", "Pelaporan Kinerja", Decimal(15)),
        SakipComponent("evaluasi", "Evaluasi Akuntabilitas Kinerja Internal", Decimal(25)),
    ),
    parts=(
        ("keberadaan", Decimal("0.20")),
        ("kualitas", Decimal("0.30")),
        ("pemanfaatan", Decimal("0.50")),
    ),
    criteria=tuple(
        (letter, Decimal(percent))
        for letter, percent in (
            ("AA", 100),
            ("A", 90),
            ("BB", 80),
            ("B", 70),
            ("CC", 60),
            ("C", 50),
            ("D", 30),
            ("E", 0),
        )
    ),
    bands=(
        Band(Decimal(90), "AA", "Sangat Memuaskan"),
        Band(Decimal(80), "A", "Memuaskan"),
        Band(Decimal(70), "BB", "Sangat Baik"),
        Band(Decimal(60), "B", "Baik"),
        Band(Decimal(50), "CC", "Cukup"),
        Band(Decimal(30), "C", "Kurang"),
        Band(None, "D", "Sangat Kurang"),
    ),
    facts=(
        Fact(
            "komponen",
            "Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi Internal 25.",
            "practice",
        ),
        Fact(
            "subkomponen",
            "Tiap komponen: keberadaan 20 %, kualitas 30 %, pemanfaatan 50 %.",
            "practice",
        ),
        Fact(
            "kriteria",
            "Jawaban AA, A, BB, B, CC, C, D, E = 100, 90, 80, 70, 60, 50, 30, 0 %; "
            "beberapa kriteria dalam satu subkomponen dirata-rata.",
            "practice",
        ),
        Fact("predikat", "AA > 90; A > 80; BB > 70; B > 60; CC > 50; C > 30; D ≤ 30.", "practice"),
        Fact(
            "batas",
            "Apakah nilai tepat di batas (mis. 90,00) masuk ke atas atau ke bawah "
            "diperdebatkan: bawaan batas bawah tidak termasuk (90,00 → A), dapat diatur batas "
            "bawah termasuk (90,00 → AA).",
            "open",
        ),
        Fact(
            "tahun",
            "Tahun awal = tahun terbit peraturan; pedoman sebelumnya tidak dimodelkan.",
            "open",
        ),
    ),
)
