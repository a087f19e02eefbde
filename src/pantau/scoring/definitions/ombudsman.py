"""Ombudsman RI compliance assessment: 2015–2021 zones, 2022–2024 dimensions, 2025 placeholder."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pantau.scoring.methods import Band, Fact, Method, Years


@dataclass(frozen=True)
class Dimension:
    code: str
    name: str
    weight: Decimal  # points of 100


@dataclass(frozen=True)
class Indicator:
    """An editable instrument row; the app copies the seed into its database."""

    code: str
    name: str
    group: str
    weight: Decimal = Decimal(1)


@dataclass(frozen=True, kw_only=True)
class OmbudsmanMethod(Method):
    dimensions: tuple[Dimension, ...] = ()
    input_indicators: tuple[Indicator, ...] = ()
    indicator_max: Decimal = Decimal(3)
    dimension_share: Decimal | None = None  # 2025+: share of the four dimensions (0,70)
    public_trust_share: Decimal | None = None  # 2025+: share of public trust (0,30)

    def details(self) -> dict[str, object]:
        return {
            "dimensions": [
                {"code": d.code, "name": d.name, "weight": d.weight} for d in self.dimensions
            ],
            "input_indicators": [
                {"code": i.code, "name": i.name, "group": i.group, "weight": i.weight}
                for i in self.input_indicators
            ],
            "indicator_range": [0, self.indicator_max] if self.dimensions else None,
            "dimension_share": self.dimension_share,
            "public_trust_share": self.public_trust_share,
        }


DIMENSIONS = (
    Dimension("input", "Input (kompetensi pelaksana dan sarana prasarana)", Decimal("21.85")),
    Dimension("proses", "Proses (pemenuhan komponen standar pelayanan)", Decimal("32.37")),
    Dimension("output", "Output (persepsi maladministrasi pengguna layanan)", Decimal("24.24")),
    Dimension("pengaduan", "Pengelolaan pengaduan", Decimal("21.54")),
)

_KNOWLEDGE = "kompetensi pelaksana"
_FACILITY = "sarana prasarana"
INPUT_INDICATORS = tuple(
    Indicator(f"input-{number:02d}", name, group)
    for number, (name, group) in enumerate(
        (
            ("Pengetahuan tentang komponen standar pelayanan", _KNOWLEDGE),
            ("Pengetahuan tentang tugas dan kewenangan", _KNOWLEDGE),
            ("Pengetahuan tentang Ombudsman", _KNOWLEDGE),
            ("Pengetahuan tentang bentuk-bentuk maladministrasi", _KNOWLEDGE),
            ("Pengetahuan tentang rekomendasi Ombudsman", _KNOWLEDGE),
            ("Pengetahuan tentang pelayanan bagi kelompok rentan", _KNOWLEDGE),
            ("Frekuensi pengawasan internal", _KNOWLEDGE),
            ("Kesesuaian jumlah pelaksana dengan beban kerja", _KNOWLEDGE),
            ("Mekanisme kompensasi", _KNOWLEDGE),
            ("Jaminan keamanan dan keselamatan", _KNOWLEDGE),
            ("Ruang tunggu", _FACILITY),
            ("Toilet", _FACILITY),
            ("Sarana bagi penyandang disabilitas", _FACILITY),
            ("Sarana bagi anak", _FACILITY),
            ("Sarana bagi lanjut usia", _FACILITY),
            ("Sarana bagi ibu hamil", _FACILITY),
            ("Tempat parkir", _FACILITY),
        ),
        start=1,
    )
)

BANDS_2022 = (
    Band(Decimal("88.00"), "A", "Kualitas Tertinggi", "Hijau"),
    Band(Decimal("78.00"), "B", "Kualitas Tinggi", "Hijau"),
    Band(Decimal("54.00"), "C", "Kualitas Sedang", "Kuning"),
    Band(Decimal("32.00"), "D", "Kualitas Rendah", "Merah"),
    Band(None, "E", "Kualitas Terendah", "Merah"),
)

_INSTRUMENT_FACT = Fact(
    "instrumen",
    "Daftar indikator dan bobotnya berubah tiap tahun dan tidak dipublikasikan: disimpan sebagai "
    "data yang dapat diubah, diisi awal dengan indikator dimensi Input yang diketahui (bobot 1).",
    "open",
)

OMBUDSMAN_2015 = OmbudsmanMethod(
    id="ombudsman-2015",
    family="ombudsman",
    name="Penilaian Kepatuhan Standar Pelayanan Publik (zonasi)",
    legal_basis="UU 25/2009 jo. UU 37/2008; Penilaian Kepatuhan Ombudsman RI 2015–2021",
    years=Years(2015, 2021),
    score_min=Decimal(0),
    score_max=Decimal(100),
    bands=(
        Band(Decimal("81.00"), None, "Kepatuhan Tinggi", "Hijau"),
        Band(Decimal("51.00"), None, "Kepatuhan Sedang", "Kuning"),
        Band(None, None, "Kepatuhan Rendah", "Merah"),
    ),
    facts=(
        Fact("skala", "Satu nilai 0–100 dari ketersediaan komponen standar pelayanan.", "practice"),
        Fact("zona", "Hijau ≥ 81,00; Kuning ≥ 51,00; Merah < 51,00.", "practice"),
        Fact("kategori", "Belum ada kategori A–E sebelum 2022.", "practice"),
    ),
)

OMBUDSMAN_2022 = OmbudsmanMethod(
    id="ombudsman-2022",
    family="ombudsman",
    name="Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik (empat dimensi)",
    legal_basis="Penilaian Kepatuhan Ombudsman RI 2022–2024 (bahan resmi penilaian)",
    years=Years(2022, 2024),
    score_min=Decimal(0),
    score_max=Decimal(100),
    bands=BANDS_2022,
    dimensions=DIMENSIONS,
    input_indicators=INPUT_INDICATORS,
    facts=(
        Fact(
            "bobot dimensi",
            "Input 21,85; Proses 32,37; Output 24,24; Pengaduan 21,54.",
            "regulation",
        ),
        Fact("rumus dimensi", "Dimensi = bobot × Σ(wᵢ·sᵢ) / Σ(wᵢ·3), sᵢ ∈ 0..3.", "regulation"),
        Fact("nilai unit", "Nilai unit = jumlah keempat dimensi (0–100).", "regulation"),
        Fact(
            "nilai Pemda", "Rata-rata hitung nilai unit lokus, dibulatkan 2 desimal.", "regulation"
        ),
        Fact("kategori", "A ≥ 88; B ≥ 78; C ≥ 54; D ≥ 32; E < 32 (opini dan zona).", "practice"),
        _INSTRUMENT_FACT,
    ),
)

OMBUDSMAN_2025 = OmbudsmanMethod(
    id="ombudsman-2025",
    family="ombudsman",
    name="Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik (sementara)",
    legal_basis="PerOmbudsman 61/2025",
    years=Years(2025, None),
    score_min=Decimal(0),
    score_max=Decimal(100),
    bands=BANDS_2022,
    dimensions=DIMENSIONS,
    input_indicators=INPUT_INDICATORS,
    dimension_share=Decimal("0.70"),
    public_trust_share=Decimal("0.30"),
    facts=(
        Fact("komposisi", "Empat dimensi 70 %, komponen kepercayaan publik 30 %.", "regulation"),
        Fact(
            "rumus",
            "Sementara: nilai = 0,70 × jumlah dimensi (0–100) + 0,30 × kepercayaan publik (0–100).",
            "open",
        ),
        Fact("bobot dimensi", "Sementara memakai bobot dimensi 2022.", "open"),
        Fact(
            "kategori",
            "Rentang kategori belum diketahui: sementara memakai rentang 2022, dapat diatur.",
            "open",
        ),
        _INSTRUMENT_FACT,
    ),
)
