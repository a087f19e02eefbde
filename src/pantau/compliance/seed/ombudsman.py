"""Ombudsman RI instruments: 2022–2024 (four dimensions, indicators 0–3) and the 2025 placeholder.

Dimension codes, names and weights, the 0–3 scale, the category table and the 2025 shares come
from pantau.scoring; the indicator lists and their status from shared/domain/instruments.md §A.
Weights inside a dimension are not published: every indicator weighs 1 (equal shares).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pantau.compliance.seed.shapes import (
    NOT_FOUND,
    OFFICIAL,
    ONE,
    SEVERAL,
    CategorySeed,
    DimensionSeed,
    IndicatorSeed,
    InstrumentSeed,
)
from pantau.scoring.definitions.ombudsman import (
    OMBUDSMAN_2022,
    OMBUDSMAN_2025,
    OmbudsmanMethod,
)
from pantau.scoring.methods import Band

EQUAL_WEIGHTS = ("Bobot indikator di dalam dimensi tidak dipublikasikan: semua indikator "
                 "memakai bobot sama (1).")
LEVELS_UNKNOWN = "Arti tingkat 0–3 tidak dipublikasikan."
_KOMPETENSI = "Kompetensi pelaksana"
_SARPRAS = "Sarana prasarana"
_INTERVIEW = ("Dinilai lewat wawancara Ombudsman dengan pejabat/pelaksana unit. Siapkan: materi "
              "sosialisasi atau bimtek dan daftar hadirnya.")
_OBSERVE = "Observasi lapangan dan dokumen: foto sarana atau dokumen yang dimaksud."
_DISPLAY = ("Observasi dokumen dan tempat pelayanan: foto media informasi (papan, brosur, "
            "laman) yang memuat komponen ini untuk tiap produk layanan.")
_USERS = ("Dinilai lewat wawancara Ombudsman dengan pengguna layanan; bukti internal: hasil "
          "survei persepsi pengguna dan pengaduan terkait.")
_COMPLAINTS = ("Wawancara dengan pengelola pengaduan; siapkan SK pengelola pengaduan, SOP, "
               "register pengaduan dan bukti penyelesaiannya.")


def _input(number: int, text: str, group: str, status: str, *, evidence: str = "",
           note: str = "", auto_source: str = "") -> IndicatorSeed:
    default = _INTERVIEW if group == _KOMPETENSI else _OBSERVE
    return IndicatorSeed(f"input-{number:02d}", text, status, group=group,
                         evidence=evidence or default, note=note, auto_source=auto_source)


_INPUT = (
    _input(1, "Pengetahuan tentang komponen standar pelayanan", _KOMPETENSI, ONE,
           note="Satu sumber (bahan 2023) menyebut bobot indikator ini 12,22 % dari dimensi "
           "Input, jadi bobot resmi tidak sama rata; bobot lain tidak diketahui. "
           + EQUAL_WEIGHTS),
    _input(2, "Pengetahuan terkait tugas dan kewenangan jabatan", _KOMPETENSI, ONE),
    _input(3, "Pengetahuan tentang lembaga Ombudsman", _KOMPETENSI, ONE),
    _input(4, "Pengetahuan tentang bentuk-bentuk maladministrasi", _KOMPETENSI, ONE),
    _input(5, "Pengetahuan tentang rekomendasi Ombudsman", _KOMPETENSI, ONE),
    _input(6, "Pengetahuan tentang layanan yang ramah kelompok marginal/rentan", _KOMPETENSI,
           ONE),
    _input(7, "Frekuensi pengawasan internal", _SARPRAS, OFFICIAL,
           evidence="Jadwal dan laporan pengawasan internal (atasan langsung/Inspektorat)."),
    _input(8, "Ketersediaan jumlah petugas sesuai Analisis Beban Kerja (ABK)", _SARPRAS, ONE,
           evidence="Dokumen ABK unit dan daftar pelaksana."),
    _input(9, "Ketersediaan kegiatan penjaminan mutu untuk pelayanan yang diberikan", _SARPRAS,
           ONE, evidence="Dokumen penjaminan mutu (akreditasi, SOP mutu, audit mutu)."),
    _input(10, "Ketersediaan jaminan keamanan dan keselamatan pelayanan", _SARPRAS, ONE,
           evidence="Dokumen jaminan keamanan dan keselamatan; foto APAR, jalur evakuasi."),
    _input(11, "Ketersediaan instrumen evaluasi kinerja pelaksana", _SARPRAS, ONE,
           evidence="Instrumen dan hasil evaluasi kinerja pelaksana."),
    _input(12, "Ketersediaan dasar hukum atas standar pelayanan yang diterapkan", _SARPRAS, ONE,
           evidence="Keputusan penetapan standar pelayanan.", auto_source="standard_enacted"),
    _input(13, "Ketersediaan sarana, prasarana, dan fasilitas bagi pengguna layanan", _SARPRAS,
           ONE, evidence="Foto ruang tunggu, toilet, tempat parkir dan fasilitas lain."),
    _input(14, "Ketersediaan sarana prasarana bagi pengguna dengan perlakuan khusus", _SARPRAS,
           ONE, evidence="Foto sarana bagi penyandang disabilitas, lansia, ibu hamil dan anak "
           "(ramp, kursi roda, ruang laktasi, ruang bermain, loket prioritas)."),
    _input(15, "Ketersediaan kegiatan penyuluhan kepada masyarakat", _SARPRAS, ONE,
           evidence="Laporan dan foto kegiatan penyuluhan."),
)


def _proses(code: str, text: str, status: str = SEVERAL, *, evidence: str = _DISPLAY,
            note: str = "", auto_source: str = "") -> IndicatorSeed:
    return IndicatorSeed(f"proses-{code}", text, status, group="Standar pelayanan",
                         evidence=evidence, note=note, auto_source=auto_source)


_PROSES = (
    _proses("01", "Ketersediaan persyaratan", auto_source="standard_displayed"),
    _proses("02", "Ketersediaan sistem, mekanisme dan prosedur",
            auto_source="standard_displayed"),
    _proses("03", "Ketersediaan jangka waktu penyelesaian", auto_source="standard_displayed"),
    _proses("04", "Ketersediaan biaya/tarif", auto_source="standard_displayed"),
    _proses("05", "Ketersediaan produk pelayanan", auto_source="standard_displayed"),
    _proses("06a", "Maklumat layanan: publikasi maklumat", OFFICIAL, auto_source="maklumat",
            evidence="Foto maklumat pelayanan yang terpajang dan tautan publikasinya.",
            note="Indikator 6 punya dua butir (publikasi dan substansi maklumat), di sini dua "
            "indikator."),
    _proses("06b", "Maklumat layanan: substansi/kualitas maklumat", OFFICIAL,
            auto_source="maklumat", evidence="Naskah maklumat pelayanan yang ditetapkan.",
            note="Satu bahan Ombudsman menyebut nilai 3 pada substansi maklumat sebagai "
            "kekurangan; skala butir ini belum jelas."),
    _proses("07", "Pelayanan khusus", evidence="Foto loket/layanan khusus bagi kelompok rentan."),
    _proses("08", "Ketersediaan visi, misi pelayanan"),
    _proses("09", "Ketersediaan moto pelayanan"),
    _proses("10", "Ketersediaan atribut", evidence="Foto pelaksana dengan seragam dan tanda "
            "pengenal."),
    _proses("11", "Ketersediaan pelayanan terpadu"),
)

_OUTPUT_GUESS = ("Daftar indikator terpotong setelah butir 3; butir 4 dan 5 diperkirakan dari "
                 "survei persepsi Ombudsman sebelumnya (tidak kompeten, tidak patut, "
                 "diskriminasi pelayanan).")


def _output(number: int, text: str, status: str, note: str = "") -> IndicatorSeed:
    return IndicatorSeed(f"output-{number:02d}", text, status, group="Persepsi maladministrasi",
                         evidence=_USERS, note=note, auto_source="perception")


_OUTPUT = (
    _output(1, "Penundaan berlarut", ONE),
    _output(2, "Permintaan imbalan", ONE),
    _output(3, "Penyimpangan prosedur", ONE),
    _output(4, "Tidak kompeten", NOT_FOUND, _OUTPUT_GUESS),
    _output(5, "Tidak patut", NOT_FOUND, _OUTPUT_GUESS),
)

_PENGADUAN = (
    IndicatorSeed("pengaduan-01", "Pembinaan pengelola pengaduan", OFFICIAL,
                  group="Pengelolaan pengaduan", evidence=_COMPLAINTS),
    IndicatorSeed("pengaduan-02", "Pengaduan diselesaikan secara efisien dan sesuai SOP", ONE,
                  group="Pengelolaan pengaduan", evidence=_COMPLAINTS),
    IndicatorSeed("pengaduan-03", "Kontak pengaduan aktif dan milik instansi, bukan pribadi",
                  ONE, group="Pengelolaan pengaduan",
                  evidence="Foto media informasi kontak pengaduan; uji panggil/pesan ke "
                  "nomor tersebut."),
)

_INDICATORS = {"input": _INPUT, "proses": _PROSES, "output": _OUTPUT, "pengaduan": _PENGADUAN}
_DIMENSION_NOTES = {
    "pengaduan": "Daftar indikator dimensi Pengaduan tidak ditemukan; tiga indikator di sini "
    "dari satu bahan Ombudsman dan satu berita. Tambahkan sebagai versi baru bila diketahui.",
}


def _dimensions(method: OmbudsmanMethod, status: str, note_all: str = ""
                ) -> tuple[DimensionSeed, ...]:
    return tuple(
        DimensionSeed(
            dimension.code, dimension.name, dimension.weight, status,
            tuple(replace(i, note=i.note or EQUAL_WEIGHTS) for i in _INDICATORS[dimension.code]),
            note=" ".join(filter(None, (_DIMENSION_NOTES.get(dimension.code, ""), note_all))),
        )
        for dimension in method.dimensions
    )


OMBUDSMAN_2022_SEED = InstrumentSeed(
    key="ombudsman-2022",
    family="ombudsman_2022",
    year_from=2022,
    name="Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2022–2024",
    note=f"Bobot dimensi resmi; daftar indikator dari bahan sosialisasi dan berita. "
    f"{EQUAL_WEIGHTS} {LEVELS_UNKNOWN}",
    answer_min=0,
    answer_max=int(OMBUDSMAN_2022.indicator_max),
    dimensions=_dimensions(OMBUDSMAN_2022, OFFICIAL),
    categories=tuple(CategorySeed(band, SEVERAL) for band in OMBUDSMAN_2022.bands),
)

# 2025: only the four opini names are known; the ranges below repeat 2022's (observed 2025
# values fit them: 57,61–69,63 Sedang, 53,38 Rendah) and are configurable.
_OPINI_2025 = ("Kualitas Tertinggi", "Kualitas Tinggi", "Kualitas Sedang", "Kualitas Rendah")
_CATEGORIES_2025 = tuple(
    CategorySeed(Band(lower.lower if lower is not None else None, None, label, ""), NOT_FOUND)
    for lower, label in zip((*OMBUDSMAN_2025.bands[:3], None), _OPINI_2025, strict=True)
)
_NOT_PUBLISHED_2025 = ("Daftar indikator, bobot dan rentang kategori 2025 tidak dipublikasikan: "
                       "sementara memakai bobot dimensi dan indikator 2022–2024.")

OMBUDSMAN_2025_SEED = InstrumentSeed(
    key="ombudsman-2025",
    family="ombudsman_2025",
    year_from=2025,
    name="Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik (PerOmbudsman 61/2025)",
    note=f"{_NOT_PUBLISHED_2025} Porsi 70 % dimensi dan 30 % kepercayaan publik pernah "
    "diberitakan sekali dan belum terkonfirmasi. Opini dapat ditambah “Tanpa "
    "Maladministrasi” bila temuan Ombudsman sudah ditindaklanjuti.",
    answer_min=0,
    answer_max=int(OMBUDSMAN_2025.indicator_max),
    dimensions=_dimensions(OMBUDSMAN_2025, NOT_FOUND, _NOT_PUBLISHED_2025),
    categories=_CATEGORIES_2025,
    shares={"dimension_share": OMBUDSMAN_2025.dimension_share or Decimal("0.70"),
            "public_trust_share": OMBUDSMAN_2025.public_trust_share or Decimal("0.30")},
)
