"""SKM / IKM: PermenPANRB 14/2017 (current) and KepmenPAN 25/2004 (legacy, reading only)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pantau.scoring.methods import Band, Fact, Method, Years


@dataclass(frozen=True)
class SkmElement:
    """One questionnaire element; ``answers`` are the labels of answers 1..4, lowest first."""

    code: str
    name: str
    answers: tuple[str, str, str, str]


@dataclass(frozen=True, kw_only=True)
class SkmMethod(Method):
    element_count: int
    elements: tuple[SkmElement, ...] = ()
    answer_min: int = 1
    answer_max: int = 4
    legacy_weight: Decimal | None = None  # the rounded weight older reports used, if any
    score_factor: Decimal = Decimal(25)  # SKM = IKM × 25

    def details(self) -> dict[str, object]:
        return {
            "element_count": self.element_count,
            "elements": [
                {"code": e.code, "name": e.name, "answers": list(e.answers)} for e in self.elements
            ],
            "answer_range": [self.answer_min, self.answer_max],
            "weights": {"exact": f"1/{self.element_count}", "legacy": self.legacy_weight},
            "score_factor": self.score_factor,
        }


_ELEMENTS = (
    SkmElement("U1", "Persyaratan", ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
    SkmElement(
        "U2",
        "Sistem, mekanisme, dan prosedur",
        ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    ),
    SkmElement(
        "U3", "Waktu penyelesaian", ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat")
    ),
    SkmElement("U4", "Biaya/tarif", ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")),
    SkmElement(
        "U5",
        "Produk spesifikasi jenis pelayanan",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    SkmElement(
        "U6",
        "Kompetensi pelaksana",
        ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    ),
    SkmElement(
        "U7",
        "Perilaku pelaksana",
        (
            "Tidak sopan dan ramah",
            "Kurang sopan dan ramah",
            "Sopan dan ramah",
            "Sangat sopan dan ramah",
        ),
    ),
    SkmElement("U8", "Sarana dan prasarana", ("Buruk", "Cukup", "Baik", "Sangat baik")),
    SkmElement(
        "U9",
        "Penanganan pengaduan, saran dan masukan",
        (
            "Tidak ada",
            "Ada tetapi tidak berfungsi",
            "Berfungsi kurang maksimal",
            "Dikelola dengan baik",
        ),
    ),
)

SKM_2017 = SkmMethod(
    id="skm-2017",
    family="skm",
    name="Survei Kepuasan Masyarakat (SKM/IKM) 9 unsur",
    legal_basis="PermenPANRB 14/2017",
    years=Years(2017, None),
    element_count=9,
    elements=_ELEMENTS,
    legacy_weight=Decimal("0.111"),
    score_min=Decimal(25),
    score_max=Decimal(100),
    bands=(
        Band(Decimal("88.31"), "A", "Sangat Baik"),
        Band(Decimal("76.61"), "B", "Baik"),
        Band(Decimal("65.00"), "C", "Kurang Baik"),
        Band(None, "D", "Tidak Baik"),
    ),
    facts=(
        Fact("unsur", "Sembilan unsur U1–U9, jawaban 1–4 dengan label per unsur.", "regulation"),
        Fact(
            "NRR",
            "NRR unsur = jumlah nilai unsur / jumlah responden yang menjawab unsur itu.",
            "regulation",
        ),
        Fact("bobot", "IKM = Σ NRR × 1/9 (bawaan); pengaturan: bobot lama 0,111.", "regulation"),
        Fact("konversi", "SKM = IKM × 25, dari IKM yang belum dibulatkan.", "regulation"),
        Fact(
            "mutu",
            "A 88,31–100 (IKM 3,5324–4,00) Sangat Baik; B 76,61–88,30 (3,0644–3,532) Baik; "
            "C 65,00–76,60 (2,60–3,064) Kurang Baik; D 25,00–64,99 (1,00–2,5996) Tidak Baik.",
            "regulation",
        ),
        Fact(
            "pembulatan", "NRR dan IKM ditampilkan 4 desimal, SKM 2 desimal (half-up).", "practice"
        ),
    ),
)

SKM_2004 = SkmMethod(
    id="skm-2004",
    family="skm",
    name="Indeks Kepuasan Masyarakat 14 unsur (lama, hanya untuk membaca data lama)",
    legal_basis="KepmenPAN 25/2004",
    years=Years(2004, 2016),
    element_count=14,
    score_min=Decimal(25),
    score_max=Decimal(100),
    bands=(
        Band(Decimal("81.26"), "A", "Sangat Baik"),
        Band(Decimal("62.51"), "B", "Baik"),
        Band(Decimal("43.76"), "C", "Kurang Baik"),
        Band(None, "D", "Tidak Baik"),
    ),
    facts=(
        Fact("unsur", "14 unsur, bobot 1/14, nilai konversi = IKM × 25.", "regulation"),
        Fact("mutu", "A ≥ 81,26; B ≥ 62,51; C ≥ 43,76; selain itu D.", "regulation"),
        Fact(
            "penggunaan",
            "Hanya untuk membaca hasil lama; survei baru memakai skm-2017.",
            "practice",
        ),
        Fact(
            "tahun",
            "Batas akhir 2016 adalah asumsi; PermenPANRB 16/2014 (masa peralihan) tidak "
            "dimodelkan, pilih metode secara eksplisit bila perlu.",
            "open",
        ),
    ),
)
