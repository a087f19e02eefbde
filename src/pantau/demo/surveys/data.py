"""What the SKM demo is made of: how busy each unit is, when it is open, who its users are, how good
its service is and what people write. Fictional, shaped like a kabupaten's SKM year.

Units are matched by the names of ``pantau.demo.tenancy.data``; any other unit gets its kind's
profile, so the generator works for any set of units.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class UnitProfile:
    volume: int  # responses in a year, before jitter and scaling to the demo's total
    schedule: str  # key of SCHEDULES
    audience: str  # key of AUDIENCES
    tendency: float  # quality leaning (units are ranked on it into grades A–D)
    season: str = "flat"  # key of SEASONS
    topic: str = ""  # key of TOPICS: what its users write about
    bias: tuple[tuple[int, float], ...] = ()  # (element 1–9, shift of the answers) of this unit


P = UnitProfile

UNITS: dict[str, UnitProfile] = {
    "Loket Pelayanan Disdukcapil": P(6500, "office", "general", -0.2, "dukcapil", "dukcapil",
                                     ((3, -0.35),)),
    "Front Office DPMPTSP": P(3000, "office", "business", 0.1, topic="permits"),
    "Loket Pelayanan Dinas Sosial": P(900, "office", "poor", -0.1, topic="social"),
    "Loket Pelayanan Dinas Kesehatan": P(350, "office", "business", 0.1),
    "Loket Pelayanan Dinas Pendidikan": P(500, "office", "parents", 0.0, "school"),
    "Loket Pelayanan Disnaker": P(900, "office", "job_seekers", 0.0, "jobs", "jobs"),
    "Loket Pelayanan Dishub": P(120, "office", "business", -0.2),
    "Loket Pelayanan DLH": P(180, "office", "business", -0.1),
    "Loket Pelayanan Disperkim": P(60, "office", "business", 0.0),
    "Loket Pelayanan DPUPR": P(120, "office", "business", -0.1, topic="permits"),
    "Loket Pelayanan DP3AP2KB": P(150, "office", "health", 0.2),
    "Loket Pelayanan Bapenda": P(1500, "office", "general", 0.0, "tax", "tax"),
    "Loket Pelayanan BKPSDM": P(400, "office", "civil_servants", 0.1),
    "Loket Pelayanan Diskopumdag": P(350, "office", "business", 0.1),
    "Loket Pelayanan Distankan": P(150, "office", "farmers", 0.0, "farming", "farming"),
    "Pos Pengaduan Satpol PP": P(100, "office", "general", -0.2),
    "Layanan Informasi Publik (PPID)": P(120, "office", "general", 0.1),
    "Layanan Perpustakaan Daerah": P(1400, "library", "students", 0.4),
    "Pusat Informasi Kebencanaan BPBD": P(50, "office", "general", 0.2),
    "MPP — Loket Disdukcapil": P(4800, "mpp", "general", 0.2, "dukcapil", "dukcapil"),
    "MPP — Loket DPMPTSP": P(2600, "mpp", "business", 0.35, topic="permits"),
    "MPP — Loket Bapenda": P(1200, "mpp", "general", 0.2, "tax", "tax"),
    "MPP — Loket Disnaker": P(500, "mpp", "job_seekers", 0.2, "jobs", "jobs"),
    "MPP — Loket Dinas Sosial": P(450, "mpp", "poor", 0.1, topic="social"),
    "MPP — Loket Dinas Kesehatan": P(200, "mpp", "business", 0.3),
    "MPP — Loket Diskopumdag": P(300, "mpp", "business", 0.3),
    "MPP — Loket Dishub": P(90, "mpp", "business", 0.1),
    "MPP — Loket BKPSDM": P(150, "mpp", "civil_servants", 0.3),
    "MPP — Loket Disdik": P(400, "mpp", "parents", 0.3, "school"),
    "MPP — Loket DLH": P(60, "mpp", "business", 0.2),
    "MPP — Loket Informasi dan Pengaduan": P(700, "mpp", "business", 0.3, topic="permits"),
    "UPTD Laboratorium Kesehatan Daerah": P(450, "office", "health", 0.1),
    "UPTD Instalasi Farmasi": P(25, "office", "civil_servants", 0.2),
    "UPTD Pasar Induk": P(700, "market", "traders", -0.35, topic="market",
                          bias=((4, -0.3), (8, -0.4))),
    "UPTD Pasar Sukamaju": P(260, "market", "traders", -0.2, topic="market", bias=((8, -0.3),)),
    "UPTD Pasar Sumber Rejo": P(240, "market", "traders", -0.25, topic="market",
                                bias=((8, -0.3),)),
    "UPTD Metrologi Legal": P(180, "office", "traders", 0.0),
    "UPTD Terminal Tipe C": P(420, "terminal", "general", -0.3, bias=((8, -0.4),)),
    # The one D unit: brokers and fees above the tariff are what its users write about.
    "UPTD Pengujian Kendaraan Bermotor": P(900, "office", "business", -3.0, topic="vehicle",
                                           bias=((4, -0.8), (9, -0.4), (3, -0.2))),
    "UPTD Perlindungan Perempuan dan Anak": P(60, "office", "health", 0.2),
    "UPTD Tempat Pemrosesan Akhir Sampah": P(90, "office", "business", -0.2),
    "UPTD Pemadam Kebakaran Pos Kota": P(45, "daily24", "general", 0.4),
    "UPTD Pemadam Kebakaran Pos Sungai Jernih": P(25, "daily24", "general", 0.3),
    "UPTD Pusat Kesehatan Hewan": P(220, "office", "farmers", 0.1, "farming"),
    "UPTD Balai Benih Ikan": P(70, "office", "farmers", 0.0),
    "UPTD Sanggar Kegiatan Belajar": P(120, "office", "students", 0.0, "school"),
    "UPTD Balai Latihan Kerja": P(260, "office", "job_seekers", 0.15, "jobs", "jobs"),
    "UPTD Gelanggang Olahraga": P(200, "tourism", "visitors", -0.1),
    "UPTD Objek Wisata Pantai Pasir Putih": P(1100, "tourism", "visitors", -0.15, "tourism",
                                              "tourism", ((8, -0.3),)),
    "RSUD Sehat Sentosa — Instalasi Rawat Jalan": P(5200, "outpatient", "health", -0.1, "health",
                                                    "outpatient", ((3, -0.3),)),
    "RSUD Sehat Sentosa — Instalasi Gawat Darurat": P(1300, "daily24", "health", -0.35,
                                                      topic="emergency",
                                                      bias=((3, -0.3), (8, -0.2))),
    "RSUD Sehat Sentosa — Rawat Inap": P(1600, "inpatient", "health", -0.1, topic="ward",
                                         bias=((8, -0.3), (4, -0.2))),
    "RSUD Sehat Sentosa — Penunjang Medik": P(3000, "outpatient", "health", 0.0, "health",
                                              "medical_support"),
}

# (unit kind, name prefix, profile) for the units a kabupaten has many of; first match wins.
PATTERNS: tuple[tuple[str, str, UnitProfile], ...] = (
    ("puskesmas", "", P(1900, "puskesmas", "health", 0.05, "health", "puskesmas")),
    ("kecamatan", "Layanan PATEN", P(800, "office", "general", 0.1, "dukcapil", "village")),
    ("kecamatan", "Kantor", P(380, "office", "general", 0.1, topic="village")),
    ("uptd", "Balai Penyuluhan Pertanian", P(90, "office", "farmers", 0.1, "farming", "farming")),
    ("uptd", "SMP Negeri", P(170, "school", "parents", 0.15, "school", "school")),
    ("uptd", "SD Negeri", P(55, "school", "parents", 0.2, "school", "school")),
)
BY_KIND: dict[str, UnitProfile] = {
    "front_office": P(300, "office", "general", 0.0),
    "puskesmas": PATTERNS[0][2],
    "uptd": P(150, "office", "general", 0.0),
    "rsud": P(1500, "outpatient", "health", 0.0, "health", "outpatient"),
    "mpp": P(400, "mpp", "general", 0.2),
    "kecamatan": P(400, "office", "general", 0.1, topic="village"),
}


def profile_of(*, name: str, kind: str) -> UnitProfile:
    if name in UNITS:
        return UNITS[name]
    for pattern_kind, prefix, profile in PATTERNS:
        if kind == pattern_kind and name.startswith(prefix):
            return profile
    return BY_KIND.get(kind, BY_KIND["front_office"])


@dataclass(frozen=True)
class Schedule:
    """Opening hours per weekday (Monday first): (opens, closes, relative traffic) or None."""

    days: tuple[tuple[float, float, float] | None, ...]
    holidays: float = 0.0  # traffic on public holidays relative to that weekday; 0: closed


def _week(weekday: tuple[float, float], friday: tuple[float, float],
          saturday: tuple[float, float, float] | None = None) -> tuple[
              tuple[float, float, float] | None, ...]:
    return ((*weekday, 1.25), (*weekday, 1.1), (*weekday, 1.0), (*weekday, 1.0),
            (*friday, 0.75), saturday, None)


def _every_day(opens: float, closes: float, weekday: float, saturday: float,
               sunday: float) -> tuple[tuple[float, float, float] | None, ...]:
    return (*[(opens, closes, weekday)] * 5, (opens, closes, saturday), (opens, closes, sunday))


SCHEDULES: dict[str, Schedule] = {
    "office": Schedule(_week((8.0, 15.5), (8.0, 14.5))),
    "mpp": Schedule(_week((8.0, 15.0), (8.0, 14.5), (8.0, 12.0, 0.45))),
    "puskesmas": Schedule(_week((7.5, 13.0), (7.5, 11.0), (7.5, 12.0, 0.6))),
    "outpatient": Schedule(_week((7.5, 14.0), (7.5, 11.5), (7.5, 12.0, 0.5))),
    "school": Schedule(_week((7.0, 13.0), (7.0, 11.0))),
    "library": Schedule(_week((8.0, 16.0), (8.0, 15.0), (8.0, 13.0, 0.8))),
    "daily24": Schedule(_every_day(0.0, 23.99, 1.0, 1.1, 1.1), holidays=1.2),
    "inpatient": Schedule(_every_day(9.0, 16.0, 1.0, 0.9, 0.7), holidays=0.8),
    "market": Schedule(_every_day(5.5, 12.0, 1.0, 1.1, 0.8), holidays=0.5),
    "terminal": Schedule(_every_day(5.0, 19.0, 1.0, 1.3, 1.3), holidays=2.0),
    "tourism": Schedule(_every_day(7.0, 18.0, 0.5, 1.6, 2.0), holidays=2.5),
}

# Traffic per calendar month (January first) relative to an ordinary month.
SEASONS: dict[str, tuple[float, ...]] = {
    "flat": (1.0,) * 12,
    "dukcapil": (1.0, 1.0, 0.8, 1.2, 1.1, 1.2, 1.35, 1.1, 1.0, 1.0, 0.95, 0.85),
    "health": (1.15, 1.2, 1.1, 0.9, 1.0, 0.95, 0.95, 1.0, 1.0, 1.05, 1.1, 1.15),
    "school": (0.5, 0.5, 0.6, 0.7, 1.2, 3.5, 3.0, 0.7, 0.6, 0.6, 0.6, 0.5),  # SPMB in June–July
    "tax": (0.8, 0.8, 0.9, 1.0, 1.0, 1.1, 1.3, 1.8, 1.6, 1.0, 0.8, 0.9),  # PBB due in Aug–Sep
    "farming": (1.2, 1.0, 1.0, 1.2, 0.9, 0.7, 0.7, 0.8, 1.0, 1.3, 1.4, 1.3),
    "tourism": (1.3, 0.8, 0.8, 1.6, 1.0, 1.5, 1.6, 1.0, 0.8, 0.8, 0.9, 1.6),
    "jobs": (1.4, 1.1, 0.9, 1.2, 1.1, 1.3, 1.2, 1.0, 0.9, 0.9, 0.9, 0.8),
}


def _dates(year: int, *days: tuple[int, int]) -> set[datetime.date]:
    return {datetime.date(year, month, day) for month, day in days}


# National holidays and joint leave (cuti bersama) of the demo's year.
HOLIDAYS = frozenset(
    _dates(2025, (1, 1), (1, 27), (1, 28), (1, 29), (3, 28), (3, 31), (4, 1), (4, 2), (4, 3),
           (4, 4), (4, 7), (4, 18), (5, 1), (5, 12), (5, 13), (5, 29), (5, 30), (6, 6), (6, 9),
           (6, 27), (8, 18), (9, 5), (12, 25), (12, 26))
    | _dates(2026, (1, 1), (1, 16), (2, 16), (2, 17), (3, 18), (3, 19), (3, 20), (3, 23),
             (3, 24), (4, 3), (5, 1), (5, 14), (5, 15), (5, 27), (5, 28), (6, 1), (6, 16),
             (8, 17), (8, 25), (12, 24), (12, 25))
)

# Respondent profile weights, in the order of the choices in ``pantau.surveys.questions``:
# age lt20 … 60p; sex L, P; education SD … S2; occupation PNS, swasta, wirausaha, pelajar,
# petani, rumah tangga, lainnya.
AUDIENCES: dict[str, tuple[tuple[int, ...], ...]] = {
    "general": ((4, 24, 27, 22, 14, 9), (48, 52), (14, 17, 40, 9, 18, 2),
                (8, 22, 20, 8, 14, 18, 10)),
    "health": ((5, 18, 24, 20, 16, 17), (37, 63), (22, 22, 34, 7, 13, 2),
               (5, 14, 14, 6, 18, 33, 10)),
    "parents": ((1, 14, 46, 31, 7, 1), (40, 60), (12, 20, 42, 8, 16, 2),
                (10, 18, 18, 0, 16, 30, 8)),
    "business": ((1, 22, 33, 26, 14, 4), (62, 38), (3, 6, 38, 12, 35, 6),
                 (3, 26, 55, 1, 3, 3, 9)),
    "farmers": ((1, 10, 21, 31, 26, 11), (76, 24), (30, 29, 30, 3, 7, 1),
                (2, 2, 8, 1, 80, 4, 3)),
    "civil_servants": ((0, 12, 28, 30, 28, 2), (50, 50), (0, 0, 12, 10, 58, 20),
                       (92, 2, 1, 0, 0, 0, 5)),
    "job_seekers": ((10, 62, 18, 7, 3, 0), (52, 48), (2, 8, 52, 12, 25, 1),
                    (0, 8, 5, 22, 4, 6, 55)),
    "students": ((38, 34, 10, 9, 6, 3), (42, 58), (4, 30, 38, 6, 18, 4),
                 (6, 6, 4, 64, 2, 10, 8)),
    "traders": ((2, 14, 26, 30, 20, 8), (48, 52), (20, 26, 38, 4, 10, 2),
                (1, 4, 82, 1, 4, 5, 3)),
    "poor": ((2, 12, 24, 24, 20, 18), (35, 65), (45, 27, 22, 2, 4, 0),
             (0, 4, 10, 2, 20, 40, 24)),
    "visitors": ((12, 34, 26, 16, 9, 3), (50, 50), (4, 10, 44, 12, 27, 3),
                 (6, 28, 16, 22, 6, 12, 10)),
}

PRAISE = (
    "Pelayanan cepat, terima kasih.",
    "Petugasnya ramah dan sabar menjelaskan.",
    "Alhamdulillah urusan selesai hari ini juga.",
    "Mantap, tidak dipungut biaya apa pun.",
    "Pelayanan sudah bagus, pertahankan.",
    "Terima kasih, antreannya tertib dan jelas.",
    "Ruang tunggu bersih dan nyaman.",
    "Prosesnya lebih cepat dari yang saya kira.",
    "Petugas sigap membantu orang tua dan lansia.",
    "Informasinya jelas, tidak perlu bolak-balik.",
)
SUGGESTIONS = (
    "Mohon jam pelayanan diperpanjang sampai sore.",
    "Sebaiknya ada papan informasi persyaratan yang lebih besar.",
    "Tolong disediakan kursi tunggu lebih banyak.",
    "Parkiran sempit, mohon ditata lagi.",
    "Mohon ada nomor WhatsApp untuk tanya persyaratan sebelum datang.",
    "Toilet perlu lebih sering dibersihkan.",
    "Nomor antrean sebaiknya bisa diambil online.",
    "Kipas angin di ruang tunggu kurang, panas sekali.",
    "Sudah cukup baik, tapi petugas di loket kurang.",
    "Mohon alur pelayanan ditempel di depan pintu.",
)
COMPLAINTS = (
    "Antrean terlalu lama, saya menunggu lebih dari dua jam.",
    "Petugas datang terlambat, loket baru buka jam sembilan.",
    "Persyaratan yang diminta berbeda-beda tiap petugas.",
    "Disuruh kembali besok tanpa penjelasan yang jelas.",
    "Petugas sibuk main HP waktu melayani.",
    "Sudah tiga kali datang, berkas belum juga selesai.",
    "Pengaduan saya bulan lalu belum ada tanggapan.",
    "Kurang ramah, ditanya malah dijawab ketus.",
    "Jam istirahat terlalu lama, loket kosong.",
    "Ruang tunggu panas dan kursinya rusak.",
)
# topic: (what unhappy users write, what happy users write)
TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "puskesmas": (
        ("Antrean pendaftaran pasien BPJS lama sekali.",
         "Dokter baru datang jam sepuluh, pasien sudah menumpuk.",
         "Obat yang diresepkan sering kosong, disuruh beli di apotek luar.",
         "Pendaftaran online tidak jalan, tetap harus antre dari pagi."),
        ("Bidannya ramah, anak saya diimunisasi dengan cepat.",
         "Terima kasih, pasien lansia didahulukan.",
         "Pelayanan KIA bagus, penjelasannya lengkap."),
    ),
    "dukcapil": (
        ("Blangko KTP-el kosong, hanya diberi surat keterangan.",
         "Server sering gangguan, perekaman tertunda.",
         "Antrean KK dan akta dicampur, jadi lama.",
         "Harus datang subuh supaya dapat nomor antrean."),
        ("Akta kelahiran jadi hari itu juga, terima kasih.",
         "KTP-el langsung dicetak, mantap.",
         "Senang bisa urus KK dan KIA sekaligus."),
    ),
    "permits": (
        ("Sistem OSS sering gangguan, NIB tertunda.",
         "Proses PBG terlalu lama, sudah lewat sebulan.",
         "Syarat teknis PBG kurang dijelaskan sejak awal."),
        ("Dibantu daftar NIB sampai selesai, terima kasih.",
         "Konsultasi perizinan sangat membantu UMKM."),
    ),
    "outpatient": (
        ("Antrean poli lama, jadwal dokter tidak pasti.",
         "Dari daftar sampai diperiksa hampir tiga jam.",
         "Rujukan BPJS harus bolak-balik ke Puskesmas."),
        ("Dokternya menjelaskan dengan sabar.",
         "Pendaftaran online memudahkan, tidak perlu antre subuh."),
    ),
    "emergency": (
        ("Pasien IGD menunggu lama di lorong.",
         "Keluarga pasien tidak diberi penjelasan kondisi pasien."),
        ("Pelayanan IGD cepat, keluarga kami tertolong.",
         "Petugas IGD sigap walaupun tengah malam."),
    ),
    "ward": (
        ("Kamar mandi ruang rawat inap kurang bersih.",
         "Jam besuk tidak tertib, pasien susah istirahat.",
         "Perawat lama datang kalau dipanggil."),
        ("Perawat sigap dan ramah.",
         "Makanan pasien tepat waktu, kamar bersih."),
    ),
    "medical_support": (
        ("Hasil laboratorium lama keluarnya.",
         "Antrean obat di farmasi lama sekali.",
         "Jadwal rontgen penuh, disuruh kembali minggu depan."),
        ("Hasil lab keluar cepat dan dijelaskan petugas.",),
    ),
    "school": (
        ("Informasi SPMB dan zonasi kurang jelas.",
         "Pengumuman hasil SPMB terlambat.",
         "Legalisir ijazah harus menunggu kepala sekolah ada."),
        ("Panitia SPMB membantu orang tua yang tidak paham daftar online.",
         "Guru dan staf TU ramah."),
    ),
    "market": (
        ("Los pasar bocor kalau hujan.",
         "Retribusi ditarik tanpa karcis.",
         "Saluran air pasar tersumbat, becek dan bau.",
         "Sampah pasar jarang diangkut."),
        ("Pasar sekarang lebih bersih, terima kasih.",),
    ),
    "vehicle": (
        ("Biaya uji KIR tidak sesuai tarif resmi.",
         "Masih ada calo di dalam area pengujian.",
         "Uji KIR lama karena alatnya sering rusak.",
         "Diminta uang tambahan supaya cepat lulus uji."),
        ("Sekarang bayar KIR non-tunai, lebih jelas.",),
    ),
    "village": (
        ("Camat atau lurah sering tidak di tempat, tanda tangan tertunda.",
         "Surat keterangan harus ditunggu sampai besok."),
        ("Surat domisili jadi dalam 15 menit, terima kasih.",
         "Pelayanan cepat dan tidak dipungut biaya."),
    ),
    "farming": (
        ("Penyuluh jarang turun ke kelompok tani.",
         "Kuota pupuk subsidi di e-RDKK tidak sesuai usulan."),
        ("Penyuluh membantu input e-RDKK kelompok kami.",),
    ),
    "tax": (
        ("Tagihan PBB tidak sesuai luas tanah sebenarnya.",
         "Validasi BPHTB lama, akta di notaris jadi tertunda."),
        ("Bayar PBB bisa pakai QRIS, praktis.",),
    ),
    "tourism": (
        ("Toilet di pantai kotor dan airnya mati.",
         "Ada parkir liar di pintu masuk pantai."),
        ("Pantainya bersih, petugas tiket ramah.",),
    ),
    "social": (
        ("Pengusulan DTSEN saya belum juga masuk.",
         "Bantuan tidak tepat sasaran, tetangga yang mampu malah dapat."),
        ("Petugas membantu mengecek data DTSEN dengan sabar.",),
    ),
    "jobs": (
        ("Kartu AK/I harus bolak-balik karena syaratnya kurang jelas.",),
        ("Kartu AK/I jadi cepat, terima kasih.",
         "Pelatihannya bermanfaat, semoga ada lanjutan."),
    ),
}

# The handful of responses an evaluator marked invalid: (comment, reason, how many).
TRIAL_COMMENTS = ("tes", "Uji coba QR", "coba", "tes 123", "test", "Uji coba petugas")
TRIAL_REASON = "Uji coba oleh petugas saat kode QR dipasang; bukan pengguna layanan."
BURST_REASON = ("Tujuh isian beruntun dalam 12 menit dari perangkat loket, semuanya bernilai 4; "
                "diduga diisi petugas.")
SPAM = (
    ("Jual pulsa dan paket data murah, hubungi 0812-0000-0000.",
     "Komentar berisi promosi; isian tidak terkait layanan."),
    ("Promo sedot WC dan servis AC, WA 0813-0000-0000.",
     "Komentar berisi promosi; isian tidak terkait layanan."),
)
# At the MPP the counters' QR codes hang side by side.
WRONG_COUNTER = (
    "Maaf, salah pindai kode QR; saya dilayani di loket sebelah.",
    "Salah scan, yang saya maksud loket Dukcapil.",
)
WRONG_COUNTER_REASON = ("Responden menilai loket lain (salah memindai kode QR), sesuai "
                        "keterangannya.")
