"""The priority indicators as seen in acting heads' presentations (pj.md Table A and B).

The Ministry's own list of sub-items (Lampiran III of 575/IJ) could not be read, so these are
the items real presentations showed; every Pemda edits its copy per year. Order follows the
usual presentation order. ``source`` names the kind of source where another Pantau module owns
the figure (it is then read, never typed).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SubSeed:
    name: str
    unit: str = ""
    polarity: str = "up"  # up, down, band, context, narrative
    data_source: str = ""
    source: str = "manual"  # a SourceKind value
    band: tuple[str, str] | None = None


@dataclass(frozen=True)
class IndicatorSeed:
    code: str
    name: str
    aspect: str
    subs: tuple[SubSeed, ...] = field(default_factory=tuple)
    year_from: int = 2023


PRIORITY_INDICATORS: tuple[IndicatorSeed, ...] = (
    IndicatorSeed("P01", "Pengendalian inflasi", "pembangunan", (
        SubSeed("Inflasi year-on-year (IHK)", "%", "band", "BPS (IHK, Survei Biaya Hidup)",
                band=("1.5", "3.5")),
        SubSeed("Indeks Perkembangan Harga (IPH) mingguan", "%", "down",
                "Kemendagri/BPS (rakor inflasi)"),
        SubSeed("Anggaran pengendalian inflasi", "Rp", "up", "APBD"),
        SubSeed("Langkah konkret (rakor TPID, gerakan pangan murah, pemantauan harga dan stok)",
                "", "narrative"),
    )),
    IndicatorSeed("P02", "Penurunan stunting", "pembangunan", (
        SubSeed("Prevalensi stunting (e-PPGBM)", "%", "down", "e-PPGBM (Kemenkes)"),
        SubSeed("Jumlah balita stunting", "jiwa", "down", "e-PPGBM (Kemenkes)"),
        SubSeed("Prevalensi stunting hasil survei (SSGI/SKI)", "%", "down", "Kemenkes"),
        SubSeed("Anggaran percepatan penurunan stunting", "Rp", "up", "APBD/DPA"),
    )),
    IndicatorSeed("P03", "Penghapusan kemiskinan ekstrem", "kemasyarakatan", (
        SubSeed("Persentase penduduk miskin ekstrem", "%", "down", "BPS"),
        SubSeed("Jumlah keluarga miskin ekstrem (P3KE)", "KK", "down", "P3KE (Kemenko PMK)"),
    )),
    IndicatorSeed("P04", "Penanganan pengangguran", "pembangunan", (
        SubSeed("Tingkat Pengangguran Terbuka (TPT)", "%", "down", "BPS (Sakernas)"),
    )),
    IndicatorSeed("P05", "Realisasi APBD", "pemerintahan", (
        SubSeed("Realisasi belanja APBD", "%", "up", "Pantau (serapan anggaran)",
                source="serapan"),
        SubSeed("Realisasi pendapatan daerah", "%", "up", "LRA"),
    )),
    IndicatorSeed("P06", "Pelayanan publik", "pemerintahan", (
        SubSeed("Indeks Kepuasan Masyarakat (IKM) Pemda", "poin", "up", "Pantau (SKM)",
                source="skm"),
        SubSeed("Prediksi nilai kepatuhan Ombudsman", "poin", "up", "Pantau (penilaian mandiri)",
                source="ombudsman"),
        SubSeed("Prediksi indeks PEKPPP", "indeks", "up", "Pantau (penilaian mandiri)",
                source="pekppp"),
        SubSeed("Perubahan dan inovasi layanan publik", "", "narrative"),
    )),
    IndicatorSeed("P07", "Perizinan dan investasi", "pembangunan", (
        SubSeed("Realisasi investasi", "Rp", "up", "DPMPTSP/OSS"),
        SubSeed("Jumlah NIB terbit", "dokumen", "up", "OSS-RBA"),
        SubSeed("Jumlah PBG terbit", "dokumen", "up", "SIMBG"),
    )),
    IndicatorSeed("P08", "Kesehatan", "kemasyarakatan", (
        SubSeed("Cakupan UHC/JKN", "%", "up", "BPJS Kesehatan"),
        SubSeed("Dokter spesialis tersedia", "orang", "up", "Dinkes/RSUD"),
    )),
    IndicatorSeed("P09", "Badan Usaha Milik Daerah (BUMD)", "pembangunan", (
        SubSeed("Jumlah BUMD sehat", "BUMD", "up", "Bagian Perekonomian"),
        SubSeed("Dividen BUMD disetor", "Rp", "up", "Bagian Perekonomian"),
    )),
    IndicatorSeed("P10", "Kegiatan unggulan kepala daerah", "pembangunan", (
        SubSeed("Kemajuan kegiatan unggulan", "%", "up", "OPD pelaksana"),
        SubSeed("Uraian kegiatan unggulan", "", "narrative"),
    )),
    IndicatorSeed("P11", "Badan Usaha Milik Desa (BUMDes)", "pembangunan", (
        SubSeed("Jumlah desa", "desa", "context", "Kemendagri/Kemendes"),
        SubSeed("BUM Desa yang sudah mendaftarkan nama", "%", "up", "Kemendes"),
        SubSeed("BUM Desa bersertifikat badan hukum", "%", "up", "Kemenkumham/Kemendes"),
        SubSeed("Peringkat BUM Desa (maju/berkembang/pemula/perintis)", "", "context",
                "Kemendes (Permendes PDTT 3/2021)"),
        SubSeed("Persentase laba BUM Desa", "%", "up", "Laporan BUM Desa"),
    ), year_from=2024),
)


def seeds_for(year: int) -> tuple[IndicatorSeed, ...]:
    return tuple(seed for seed in PRIORITY_INDICATORS if seed.year_from <= year)
