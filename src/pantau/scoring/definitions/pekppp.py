"""PEKPPP: PermenPANRB 29/2022 (amended 4/2023) and the legacy PermenPANRB 17/2017."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from pantau.scoring.methods import Band, Fact, Method, Years
from pantau.scoring.weights import as_decimal, shares


@dataclass(frozen=True)
class PekpppIndicator:
    """weight: share inside its aspect (0..1); None = not published, shares the remainder."""

    code: str
    name: str
    weight: Decimal | None = None


@dataclass(frozen=True)
class Aspect:
    code: str
    name: str
    weight: Decimal  # share of the index (0..1)
    indicators: tuple[PekpppIndicator, ...]

    def effective_weights(self) -> tuple[Fraction, ...]:
        """Indicator shares summing to exactly 1 (unpublished ones split the remainder)."""
        return shares([i.weight for i in self.indicators], f"bobot indikator aspek {self.name}")


@dataclass(frozen=True, kw_only=True)
class PekpppMethod(Method):
    aspects: tuple[Aspect, ...]
    answer_min: int
    answer_max: int

    def details(self) -> dict[str, object]:
        return {
            "answer_range": [self.answer_min, self.answer_max],
            "aspects": [
                {
                    "code": a.code,
                    "name": a.name,
                    "weight": a.weight,
                    "indicators": [
                        {
                            "code": i.code,
                            "name": i.name,
                            "weight": i.weight,
                            "effective_weight": as_decimal(share),
                        }
                        for i, share in zip(a.indicators, a.effective_weights(), strict=True)
                    ],
                }
                for a in self.aspects
            ],
        }


def _unnamed(aspect_code: str, aspect_name: str, count: int) -> tuple[PekpppIndicator, ...]:
    return tuple(
        PekpppIndicator(
            f"{aspect_code}.{n}", f"Indikator {n} aspek {aspect_name} (nama belum diisi)"
        )
        for n in range(1, count + 1)
    )


_KEBIJAKAN_2022 = (
    PekpppIndicator("kebijakan.1", "Standar pelayanan", Decimal("0.17")),
    PekpppIndicator(
        "kebijakan.2", "Pelibatan masyarakat dalam penyusunan standar pelayanan", Decimal("0.14")
    ),
    PekpppIndicator("kebijakan.3", "Publikasi standar pelayanan", Decimal("0.07")),
    PekpppIndicator(
        "kebijakan.4", "Reviu dan perbaikan standar pelayanan secara berkala", Decimal("0.14")
    ),
    PekpppIndicator("kebijakan.5", "Maklumat pelayanan", Decimal("0.10")),
    PekpppIndicator("kebijakan.6", "Survei kepuasan masyarakat (SKM)", Decimal("0.17")),
    PekpppIndicator("kebijakan.7", "Publikasi hasil SKM", Decimal("0.07")),
    PekpppIndicator("kebijakan.8", "Tindak lanjut hasil SKM"),
    PekpppIndicator("kebijakan.9", "Indikator 9 aspek Kebijakan Pelayanan (nama belum diisi)"),
)

_ASPECT_NAMES = {
    "kebijakan": "Kebijakan Pelayanan",
    "sdm": "Profesionalisme SDM",
    "sarpras": "Sarana Prasarana",
    "sipp": "Sistem Informasi Pelayanan Publik",
    "pengaduan": "Konsultasi dan Pengaduan",
    "inovasi": "Inovasi",
}


def _aspect(code: str, weight: str, indicators: tuple[PekpppIndicator, ...]) -> Aspect:
    return Aspect(code, _ASPECT_NAMES[code], Decimal(weight), indicators)


PEKPPP_2022 = PekpppMethod(
    id="pekppp-2022",
    family="pekppp",
    name="Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik",
    legal_basis="PermenPANRB 29/2022 sebagaimana diubah PermenPANRB 4/2023",
    years=Years(2022, None),
    answer_min=0,
    answer_max=5,
    score_min=Decimal(0),
    score_max=Decimal(5),
    aspects=(
        _aspect("kebijakan", "0.24", _KEBIJAKAN_2022),
        _aspect("sdm", "0.25", _unnamed("sdm", _ASPECT_NAMES["sdm"], 3)),
        _aspect("sarpras", "0.18", _unnamed("sarpras", _ASPECT_NAMES["sarpras"], 3)),
        _aspect("sipp", "0.11", _unnamed("sipp", _ASPECT_NAMES["sipp"], 1)),
        _aspect("pengaduan", "0.10", _unnamed("pengaduan", _ASPECT_NAMES["pengaduan"], 4)),
        _aspect("inovasi", "0.12", _unnamed("inovasi", _ASPECT_NAMES["inovasi"], 2)),
    ),
    bands=(
        Band(Decimal("4.51"), "A", "Pelayanan Prima"),
        Band(Decimal("4.01"), "A-", "Sangat Baik"),
        Band(Decimal("3.51"), "B", "Baik"),
        Band(Decimal("3.01"), "B-", "Baik (Dengan Catatan)"),
        Band(Decimal("2.51"), "C", "Cukup"),
        Band(Decimal("2.01"), "C-", "Cukup (Dengan Catatan)"),
        Band(Decimal("1.51"), "D", "Buruk"),
        Band(Decimal("1.01"), "E", "Sangat Buruk"),
        Band(None, "F", "Gagal"),
    ),
    facts=(
        Fact(
            "bobot aspek",
            "Kebijakan 24 %, SDM 25 %, Sarpras 18 %, SIPP 11 %, Konsultasi dan "
            "Pengaduan 10 %, Inovasi 12 %.",
            "regulation",
        ),
        Fact(
            "rumus",
            "Indeks = Σ aspek Wₐ × Σ (wᵢ × sᵢ), skala 0–5, dibulatkan 2 desimal.",
            "regulation",
        ),
        Fact(
            "bobot indikator Kebijakan",
            "Standar pelayanan 17 %, pelibatan masyarakat 14 %, "
            "publikasi standar 7 %, reviu berkala 14 %, maklumat 10 %, SKM 17 %, publikasi SKM "
            "7 %.",
            "regulation",
        ),
        Fact(
            "bobot indikator lain",
            "Bobot yang tidak dipublikasikan dibagi rata dari sisa "
            "bobot aspeknya (Kebijakan: 14 % untuk dua indikator → 7 % masing-masing); nama "
            "indikator aspek lain belum diisi. Semua dapat diubah.",
            "open",
        ),
        Fact(
            "predikat",
            "A ≥ 4,51 Pelayanan Prima; A- ≥ 4,01; B ≥ 3,51; B- ≥ 3,01; C ≥ 2,51; "
            "C- ≥ 2,01; D ≥ 1,51; E ≥ 1,01; F < 1,01.",
            "practice",
        ),
        Fact(
            "persepsi pengguna",
            "Cara menggabungkan survei persepsi pengguna belum diketahui "
            "(satu implementasi: formulir evaluator 75 %); tidak dihitung di sini.",
            "open",
        ),
    ),
)

PEKPPP_2017 = PekpppMethod(
    id="pekppp-2017",
    family="pekppp",
    name="Evaluasi Penyelenggaraan Pelayanan Publik (lama)",
    legal_basis="PermenPANRB 17/2017",
    years=Years(2017, 2021),
    answer_min=1,
    answer_max=5,
    score_min=Decimal(0),
    score_max=Decimal(5),
    aspects=tuple(
        _aspect(code, weight, (PekpppIndicator(f"{code}.nilai", f"Nilai aspek {name}"),))
        for (code, name), weight in zip(
            _ASPECT_NAMES.items(), ("0.30", "0.18", "0.15", "0.15", "0.15", "0.07"), strict=True
        )
    ),
    bands=PEKPPP_2022.bands,
    facts=(
        Fact("bobot aspek", "Enam aspek yang sama dengan bobot 30/18/15/15/15/7 %.", "practice"),
        Fact("skala", "Indikator dinilai 1–5.", "practice"),
        Fact(
            "indikator",
            "Daftar indikator lama tidak dimodelkan: tiap aspek diisi satu nilai "
            "aspek (1–5); dapat diganti dengan daftar indikator sendiri.",
            "open",
        ),
        Fact(
            "predikat",
            "Memakai tabel predikat yang sama dengan PermenPANRB 29/2022; tabel "
            "lama belum diverifikasi terhadap teks peraturan.",
            "open",
        ),
    ),
)
