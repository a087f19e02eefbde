"""PEKPPP aspects IV (SIPP), V (Konsultasi dan Pengaduan) and VI (Inovasi): indicators, weights
inside the aspect (percent), six levels (0–5) and unsur, from shared/domain/instruments.md §B.3.

Rows: (official code, text, weight %, levels 0..5, evidence, checklist, note).
"""

from __future__ import annotations

from pantau.compliance.seed.pekppp_service import counted
from pantau.compliance.seed.shapes import PekpppRow

INFORMATION: tuple[PekpppRow, ...] = (
    ("21.d.T", "Tersedia sistem informasi pelayanan publik untuk informasi publik", "30",
     ("Tidak ada SIPP, elektronik maupun non-elektronik",
      "Non-elektronik, lisan (meja informasi)", "Lisan, papan pengumuman dan media cetak",
      "Elektronik tetapi luring (kios, TV, monitor)", "Daring (laman)",
      "Daring dan terhubung ke SIPP Nasional, layanan yang diadopsi diisi di SIPPN"),
     "Foto dan tautan media informasi; tangkapan layar SIPP Nasional.", (), ""),
    ("22.d.B", "Tersedia sistem informasi pelayanan publik pendukung operasional pelayanan",
     "20",
     ("Tidak ada", "Minimal data pendukung (standar pelayanan)", "Ditambah pengaduan SP4N-LAPOR!",
      "Ditambah SKM", "Ditambah penilaian kinerja pelaksana",
      "Ditambah FAQ, pengelolaan biaya untuk layanan berbayar, atau lainnya"),
     "Tangkapan layar setiap modul sistem pendukung.", (),
     "Versi lain: tingkat 1–5 = sistem pendukung dengan 1 / 2 / 3 / 4 / lebih dari 4 kondisi."),
    ("23.d.As", "Kualitas penggunaan SIPP Elektronik (Website/Aplikasi)", "20",
     ("Tidak terhubung daring", "Mudah dioperasikan", "Ditambah mudah diakses",
      "Ditambah kompatibel", "Ditambah kanal resmi go.id", "Ditambah navigasi mudah dipahami"),
     "Tautan laman/aplikasi dan tangkapan layarnya.", (), ""),
    ("24.d.T", "Pemutakhiran data dan informasi kanal digital", "30",
     ("Data tidak dimutakhirkan", "Tahunan", "Tiap semester", "Bulanan", "Mingguan",
      "Harian dan sangat lengkap"),
     "Riwayat pembaruan kanal digital (tanggal unggahan).", (), ""),
)

CONSULTATION: tuple[PekpppRow, ...] = (
    ("25.e.P", "Tersedia sarana konsultasi dan pengaduan secara tatap muka yang berkualitas",
     "20", counted("Tidak ada sarana", "1 sarana", "sarana", "Minimal 5 sarana"),
     "Foto sarana konsultasi dan pengaduan tatap muka.",
     ("Kotak saran", "Petugas khusus", "Air minum/makanan ringan",
      "Register konsultasi dan pengaduan", "Mekanisme pengaduan yang dipublikasikan"), ""),
    ("26.e.P",
     "Tersedia sarana dan media konsultasi serta pengaduan yang bisa dimanfaatkan semua lapisan "
     "masyarakat", "25",
     ("Tidak ada sarana dan petugas", "Hanya luring, bergabung dengan front office",
      "Hanya luring, terpisah dari front office", "Luring bergabung dengan FO dan daring",
      "Luring terpisah dari FO dan daring",
      "Luring terpisah dari FO dan terhubung ke SP4N-LAPOR!"),
     "Foto ruang pengaduan; tautan dan tangkapan layar kanal daring dan SP4N-LAPOR!.",
     ("Tatap muka bergabung dengan FO", "Tatap muka terpisah dari FO", "Email",
      "SMS/telepon/chat", "Media sosial", "Laman pengaduan sendiri", "Aplikasi pengaduan sendiri",
      "SP4N-LAPOR!"), ""),
    ("27.e.Ak", "Tersedia akuntabilitas hasil konsultasi dan/atau pengaduan", "25",
     ("Tidak terdokumentasi", "Didokumentasikan dan diarsipkan", "Ditambah dimuat dalam laporan",
      "Ditambah monev", "Ditambah ditindaklanjuti", "Ditambah dipublikasikan"),
     "Register dan laporan pengaduan, laporan monev, bukti publikasi.", (), ""),
    ("28.e.Ak",
     "Tersedia tindak lanjut atas konsultasi dan pengaduan dari semua lapisan masyarakat", "30",
     ("Tidak ada yang ditindaklanjuti", "Kurang dari 50 % selesai, di luar SP4N-LAPOR!",
      "Minimal 50 % selesai, di luar SP4N-LAPOR!", "Kurang dari 50 % kasus SP4N-LAPOR! selesai",
      "50–90 % kasus SP4N-LAPOR! selesai", "Minimal 90 % kasus SP4N-LAPOR! selesai"),
     "Rekap pengaduan Januari–Desember tahun sebelumnya: diterima dan selesai, seluruhnya dan "
     "yang melalui SP4N-LAPOR!.", (),
     "Tingkat menggabungkan rentang persentase dan apakah pengaduan melalui SP4N-LAPOR!; "
     "tingkat berbasis SP4N-LAPOR! selalu lebih tinggi."),
)

INNOVATION: tuple[PekpppRow, ...] = (
    ("29.f.B", "Penciptaan Inovasi Pelayanan Publik", "50",
     ("Tidak ada inovasi", "Belum ada; masih tahap belajar", "Inovasi berumur kurang dari 1 tahun",
      "Lebih dari 1 tahun, belum diikutkan kompetisi",
      "Lebih dari 1 tahun dan diikutkan kompetisi (tingkat apa pun)",
      "Meraih penghargaan (tingkat apa pun)"),
     "Profil inovasi, tanggal mulai, bukti keikutsertaan kompetisi atau penghargaan.", (), ""),
    ("30.f.B", "Sumber daya yang mendukung keberlanjutan Inovasi Pelayanan Publik", "50",
     ("Tidak ada sumber daya pendukung", "Rancangan payung hukum", "Payung hukum ada",
      "Payung hukum dan 1 kondisi lain", "Payung hukum dan 2 kondisi lain",
      "Payung hukum dan 3 kondisi lain"),
     "Payung hukum inovasi; bukti anggaran, sarana dan tim.",
     ("Alokasi anggaran", "Sarana", "Orang/tim"), ""),
)

# F-03: questions to service users (in person), per aspect code.
USER_ITEMS = {
    "kebijakan": (
        "Persyaratan pelayanan mudah dipenuhi dan dipahami",
        "Prosedur pelayanan mudah",
        "Tarif yang diinformasikan sama dengan yang dibayar",
        "Waktu pelayanan yang dijanjikan sesuai dengan waktu penyelesaian",
    ),
    "sdm": (
        "Jam pelayanan sesuai ketentuan (tanpa jeda; informasi, konsultasi, pengaduan)",
        "Petugas responsif",
        "Sikap petugas mencerminkan pelayanan yang berkualitas",
    ),
    "sarpras": (
        "Tempat parkir memadai",
        "Ruang tunggu nyaman",
        "Toilet pengguna bersih dan memadai",
        "Sarana pendukung lain memadai (ruang laktasi, area bermain, kantin/fotokopi, wifi, "
        "prioritas lansia, …)",
    ),
    "sipp": (
        "Informasi layanan daring mudah diakses (laman, aplikasi, media sosial)",
        "Informasi mudah diperoleh di tempat layanan (tatap muka)",
    ),
    "pengaduan": ("Sarana konsultasi dan pengaduan memadai dan mudah diakses",),
}
