"""Kabupaten Contoh: a fictional kabupaten named the way a real one names its OPDs and units.

No figure here is any real Pemda's. Kemendagri code 99 is unused, so it cannot be mistaken for one.
"""

from __future__ import annotations

PROVINCE = {"name": "Provinsi Contoh", "code": "99", "slug": "provinsi-contoh"}
REGION = {"name": "Kabupaten Contoh", "code": "99.01", "slug": "kabupaten-contoh"}
RPJMD_YEARS = range(2025, 2030)

# (name, short name, kind, head)
AGENCIES: list[tuple[str, str, str, str]] = [
    ("Sekretariat Daerah", "Setda", "sekretariat", "Drs. H. Bambang Sutrisno, M.Si."),
    ("Sekretariat DPRD", "Setwan", "sekretariat", "Hj. Ratna Dewi, S.Sos., M.M."),
    ("Inspektorat Daerah", "Inspektorat", "inspektorat", "Ir. Agus Salim, M.T."),
    ("Bagian Organisasi Sekretariat Daerah", "Bag. Organisasi", "bagian", "Rina Kartika, S.STP., M.Si."),
    ("Bagian Hukum Sekretariat Daerah", "Bag. Hukum", "bagian", "Yusuf Maulana, S.H., M.H."),
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan", "Dr. Hendra Wijaya, S.E., M.Si."),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "badan", "Sri Wahyuni, S.E., Ak., M.M."),
    ("Badan Pendapatan Daerah", "Bapenda", "badan", "Fajar Nugroho, S.E., M.Ak."),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan", "Dewi Lestari, S.Psi., M.M."),
    ("Badan Penanggulangan Bencana Daerah", "BPBD", "badan", "Arif Rahman Hakim, S.T."),
    ("Dinas Pendidikan", "Disdik", "dinas", "Drs. Sugeng Riyadi, M.Pd."),
    ("Dinas Kesehatan", "Dinkes", "dinas", "dr. Siti Rahmawati, M.Kes."),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "dinas", "Ir. Joko Prasetyo, M.T."),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "Disperkim", "dinas", "Andi Saputra, S.T., M.Eng."),
    ("Satuan Polisi Pamong Praja dan Pemadam Kebakaran", "Satpol PP", "dinas", "Budi Hartono, S.Sos."),
    ("Dinas Sosial", "Dinsos", "dinas", "Nurhayati, S.Sos., M.Si."),
    ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana", "DP3AP2KB", "dinas", "Hj. Marlina, S.KM., M.Kes."),
    ("Dinas Lingkungan Hidup", "DLH", "dinas", "Taufik Hidayat, S.Hut., M.Si."),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas", "Eko Susanto, S.Kom., M.M."),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "dinas", "Rudi Hermawan, S.IP."),
    ("Dinas Perhubungan", "Dishub", "dinas", "Wahyu Setiawan, A.TD., M.T."),
    ("Dinas Komunikasi, Informatika, Statistik dan Persandian", "Diskominfo", "dinas", "Irfan Maulana, S.Kom., M.T.I."),
    ("Dinas Koperasi, Usaha Mikro, Perindustrian dan Perdagangan", "Diskopumdag", "dinas", "Ani Suryani, S.E., M.E."),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas", "Hadi Purnomo, S.H., M.H."),
    ("Dinas Pertanian, Ketahanan Pangan dan Perikanan", "Distankan", "dinas", "Ir. Slamet Widodo, M.P."),
    ("Dinas Tenaga Kerja", "Disnaker", "dinas", "Lukman Hakim, S.E."),
    ("Dinas Pemuda, Olahraga dan Pariwisata", "Disporapar", "dinas", "Indra Gunawan, S.Pd., M.Or."),
    ("Dinas Perpustakaan dan Kearsipan", "Dispusip", "dinas", "Yuliana, S.IP., M.Hum."),
    ("Rumah Sakit Umum Daerah Sehat Sentosa", "RSUD", "rsud", "dr. Ahmad Fauzi, Sp.PD., M.Kes."),
]

# Kecamatan (each is an OPD) and the Puskesmas in it.
KECAMATAN: list[tuple[str, list[str]]] = [
    ("Kota Contoh", ["Puskesmas Kota Contoh", "Puskesmas Kota Contoh Utara", "Puskesmas Sidomulyo"]),
    ("Sukamaju", ["Puskesmas Sukamaju", "Puskesmas Cempaka"]),
    ("Sumber Rejo", ["Puskesmas Sumber Rejo", "Puskesmas Wonoasri", "Puskesmas Banjarsari"]),
    ("Mekar Sari", ["Puskesmas Mekar Sari", "Puskesmas Tanjung Sari"]),
    ("Tanjung Harapan", ["Puskesmas Tanjung Harapan", "Puskesmas Pelita"]),
    ("Sungai Jernih", ["Puskesmas Sungai Jernih", "Puskesmas Muara Baru", "Puskesmas Teluk Indah"]),
    ("Bukit Indah", ["Puskesmas Bukit Indah", "Puskesmas Gunung Sari"]),
    ("Karang Anyar", ["Puskesmas Karang Anyar", "Puskesmas Sidorejo", "Puskesmas Jati Mulya"]),
    ("Pasir Putih", ["Puskesmas Pasir Putih", "Puskesmas Pantai Timur"]),
    ("Tegal Sari", ["Puskesmas Tegal Sari", "Puskesmas Sumber Agung", "Puskesmas Rawa Indah"]),
]
KELURAHAN = {
    "Kota Contoh": ["Kelurahan Pusat Kota", "Kelurahan Sidomulyo", "Kelurahan Kampung Baru"],
    "Sukamaju": ["Kelurahan Sukamaju"],
    "Sumber Rejo": ["Kelurahan Sumber Rejo"],
    "Tanjung Harapan": ["Kelurahan Tanjung Harapan"],
    "Sungai Jernih": ["Kelurahan Muara Baru"],
    "Karang Anyar": ["Kelurahan Karang Anyar"],
}

# (unit name, kind, agency short name, address, product names)
FRONT_OFFICES: list[tuple[str, str, str, str, list[str]]] = [
    ("Loket Pelayanan Disdukcapil", "front_office", "Disdukcapil", "Jl. Merdeka No. 12",
     ["KTP elektronik", "Kartu Keluarga", "Akta kelahiran", "Akta kematian",
      "Surat keterangan pindah", "Kartu Identitas Anak"]),
    ("Front Office DPMPTSP", "front_office", "DPMPTSP", "Jl. Jenderal Sudirman No. 3",
     ["Persetujuan Bangunan Gedung (PBG)", "Pendampingan NIB melalui OSS", "Izin reklame",
      "Surat izin praktik tenaga kesehatan", "Izin operasional fasilitas kesehatan",
      "Izin operasional satuan pendidikan"]),
    ("Loket Pelayanan Dinas Sosial", "front_office", "Dinsos", "Jl. Pahlawan No. 8",
     ["Surat keterangan tidak mampu untuk jaminan kesehatan", "Pengusulan DTSEN",
      "Rekomendasi bantuan sosial", "Layanan rehabilitasi sosial"]),
    ("Loket Pelayanan Dinas Kesehatan", "front_office", "Dinkes", "Jl. Kesehatan No. 1",
     ["Rekomendasi izin praktik", "Sertifikat laik higiene sanitasi",
      "Sertifikat produksi pangan industri rumah tangga (SPP-IRT)"]),
    ("Loket Pelayanan Dinas Pendidikan", "front_office", "Disdik", "Jl. Pendidikan No. 5",
     ["Legalisasi ijazah", "Rekomendasi pindah sekolah", "Surat keterangan pengganti ijazah"]),
    ("Loket Pelayanan Disnaker", "front_office", "Disnaker", "Jl. Industri No. 2",
     ["Kartu pencari kerja (AK/I)", "Pencatatan perjanjian kerja bersama",
      "Mediasi perselisihan hubungan industrial"]),
    ("Loket Pelayanan Dishub", "front_office", "Dishub", "Jl. Terminal No. 1",
     ["Izin trayek angkutan pedesaan", "Rekomendasi analisis dampak lalu lintas"]),
    ("Loket Pelayanan DLH", "front_office", "DLH", "Jl. Hijau No. 4",
     ["Persetujuan lingkungan (UKL-UPL)", "Pengaduan pencemaran lingkungan",
      "Pengangkutan sampah"]),
    ("Loket Pelayanan Disperkim", "front_office", "Disperkim", "Jl. Perumahan No. 6",
     ["Pengesahan site plan", "Penyerahan PSU perumahan"]),
    ("Loket Pelayanan DPUPR", "front_office", "DPUPR", "Jl. Pembangunan No. 9",
     ["Keterangan rencana kota (KRK)", "Rekomendasi pemanfaatan ruang"]),
    ("Loket Pelayanan DP3AP2KB", "front_office", "DP3AP2KB", "Jl. Keluarga No. 7",
     ["Pendampingan korban kekerasan", "Pelayanan kontrasepsi"]),
    ("Loket Pelayanan Bapenda", "front_office", "Bapenda", "Jl. Keuangan No. 10",
     ["Pembayaran PBB-P2", "BPHTB", "Pajak hotel dan restoran"]),
    ("Loket Pelayanan BKPSDM", "front_office", "BKPSDM", "Jl. Kepegawaian No. 2",
     ["Kenaikan pangkat", "Pensiun", "Izin belajar"]),
    ("Loket Pelayanan Diskopumdag", "front_office", "Diskopumdag", "Jl. Niaga No. 11",
     ["Tera dan tera ulang", "Pendaftaran koperasi", "Fasilitasi sertifikasi halal UMK"]),
    ("Loket Pelayanan Distankan", "front_office", "Distankan", "Jl. Tani No. 3",
     ["Rekomendasi izin usaha perikanan", "Penerbitan kartu petani"]),
    ("Pos Pengaduan Satpol PP", "front_office", "Satpol PP", "Jl. Merdeka No. 1",
     ["Penanganan pengaduan ketertiban umum", "Layanan pemadaman kebakaran"]),
    ("Layanan Informasi Publik (PPID)", "front_office", "Diskominfo", "Jl. Merdeka No. 2",
     ["Permohonan informasi publik", "Pengaduan SP4N-LAPOR!"]),
    ("Layanan Perpustakaan Daerah", "front_office", "Dispusip", "Jl. Pustaka No. 1",
     ["Keanggotaan perpustakaan", "Peminjaman buku", "Layanan arsip"]),
    ("Pusat Informasi Kebencanaan BPBD", "front_office", "BPBD", "Jl. Siaga No. 5",
     ["Kaji cepat bencana", "Bantuan logistik korban bencana"]),
]

MPP_COUNTERS: list[tuple[str, str, list[str]]] = [
    ("MPP — Loket Disdukcapil", "Disdukcapil", ["KTP elektronik", "Kartu Keluarga", "Akta kelahiran"]),
    ("MPP — Loket DPMPTSP", "DPMPTSP", ["Pendampingan NIB melalui OSS", "Persetujuan Bangunan Gedung (PBG)"]),
    ("MPP — Loket Bapenda", "Bapenda", ["Pembayaran PBB-P2", "BPHTB"]),
    ("MPP — Loket Disnaker", "Disnaker", ["Kartu pencari kerja (AK/I)"]),
    ("MPP — Loket Dinas Sosial", "Dinsos", ["Pengusulan DTSEN"]),
    ("MPP — Loket Dinas Kesehatan", "Dinkes", ["Rekomendasi izin praktik"]),
    ("MPP — Loket Diskopumdag", "Diskopumdag", ["Fasilitasi sertifikasi halal UMK"]),
    ("MPP — Loket Dishub", "Dishub", ["Izin trayek angkutan pedesaan"]),
    ("MPP — Loket BKPSDM", "BKPSDM", ["Pensiun"]),
    ("MPP — Loket Disdik", "Disdik", ["Legalisasi ijazah"]),
    ("MPP — Loket DLH", "DLH", ["Persetujuan lingkungan (UKL-UPL)"]),
    ("MPP — Loket Informasi dan Pengaduan", "DPMPTSP", ["Konsultasi perizinan", "Pengaduan layanan MPP"]),
]

# (unit name, kind, agency short name, products)
UPTD: list[tuple[str, str, str, list[str]]] = [
    ("UPTD Laboratorium Kesehatan Daerah", "uptd", "Dinkes", ["Pemeriksaan kualitas air", "Pemeriksaan laboratorium klinik"]),
    ("UPTD Instalasi Farmasi", "uptd", "Dinkes", ["Distribusi obat ke Puskesmas"]),
    ("UPTD Pasar Induk", "uptd", "Diskopumdag", ["Sewa kios dan los", "Retribusi pasar"]),
    ("UPTD Pasar Sukamaju", "uptd", "Diskopumdag", ["Sewa kios dan los", "Retribusi pasar"]),
    ("UPTD Pasar Sumber Rejo", "uptd", "Diskopumdag", ["Sewa kios dan los", "Retribusi pasar"]),
    ("UPTD Metrologi Legal", "uptd", "Diskopumdag", ["Tera dan tera ulang"]),
    ("UPTD Terminal Tipe C", "uptd", "Dishub", ["Pelayanan terminal penumpang"]),
    ("UPTD Pengujian Kendaraan Bermotor", "uptd", "Dishub", ["Uji berkala kendaraan (KIR)"]),
    ("UPTD Perlindungan Perempuan dan Anak", "uptd", "DP3AP2KB", ["Pendampingan korban kekerasan", "Konseling keluarga"]),
    ("UPTD Tempat Pemrosesan Akhir Sampah", "uptd", "DLH", ["Penerimaan sampah", "Pengangkutan sampah"]),
    ("UPTD Pemadam Kebakaran Pos Kota", "uptd", "Satpol PP", ["Layanan pemadaman kebakaran", "Layanan penyelamatan"]),
    ("UPTD Pemadam Kebakaran Pos Sungai Jernih", "uptd", "Satpol PP", ["Layanan pemadaman kebakaran", "Layanan penyelamatan"]),
    ("UPTD Pusat Kesehatan Hewan", "uptd", "Distankan", ["Pemeriksaan kesehatan hewan", "Vaksinasi rabies"]),
    ("UPTD Balai Benih Ikan", "uptd", "Distankan", ["Penyediaan benih ikan"]),
    ("UPTD Sanggar Kegiatan Belajar", "uptd", "Disdik", ["Pendidikan kesetaraan Paket A/B/C"]),
    ("UPTD Balai Latihan Kerja", "uptd", "Disnaker", ["Pelatihan berbasis kompetensi"]),
    ("UPTD Gelanggang Olahraga", "uptd", "Disporapar", ["Sewa fasilitas olahraga"]),
    ("UPTD Objek Wisata Pantai Pasir Putih", "uptd", "Disporapar", ["Tiket masuk objek wisata"]),
]

RSUD_UNITS: list[tuple[str, list[str]]] = [
    ("RSUD Sehat Sentosa — Instalasi Rawat Jalan", ["Poliklinik penyakit dalam", "Poliklinik anak", "Poliklinik kebidanan", "Poliklinik bedah"]),
    ("RSUD Sehat Sentosa — Instalasi Gawat Darurat", ["Pelayanan gawat darurat 24 jam", "Ambulans"]),
    ("RSUD Sehat Sentosa — Rawat Inap", ["Rawat inap kelas standar", "Rawat inap intensif (ICU)"]),
    ("RSUD Sehat Sentosa — Penunjang Medik", ["Laboratorium", "Radiologi", "Farmasi"]),
]

PUSKESMAS_PRODUCTS = [
    ["Pemeriksaan umum", "Pelayanan KIA dan KB", "Imunisasi", "Surat keterangan sehat"],
    ["Pemeriksaan umum", "Pelayanan gigi dan mulut", "Pelayanan KIA dan KB", "Laboratorium sederhana"],
    ["Pemeriksaan umum", "Imunisasi", "Pelayanan gizi", "Pelayanan lansia"],
]
PATEN_PRODUCTS = [
    "Surat keterangan domisili", "Rekomendasi izin usaha mikro", "Legalisasi dokumen",
    "Pengantar KTP elektronik dan KK",
]
KELURAHAN_PRODUCTS = [
    "Surat keterangan tidak mampu", "Surat keterangan domisili", "Surat pengantar nikah",
]
BPP_PRODUCTS = ["Penyuluhan pertanian", "Rekomendasi pupuk bersubsidi (e-RDKK)"]
SMP_PRODUCTS = ["Penerimaan murid baru (SPMB)", "Legalisasi ijazah", "Surat keterangan pindah sekolah"]
SD_PRODUCTS = ["Penerimaan murid baru (SPMB)", "Surat keterangan pindah sekolah"]

# One demo login per role. All share DEMO_PASSWORD; the command prints them.
DEMO_PASSWORD = "pantau-demo-2026"
DEMO_USERS: list[dict[str, str | None]] = [
    {"username": "admin", "full_name": "Admin Pemda Contoh", "role": "admin", "agency": None},
    {"username": "evaluator", "full_name": "Rina Kartika (Bagian Organisasi)", "role": "evaluator", "agency": None},
    {"username": "operator", "full_name": "Operator Dinas Kesehatan", "role": "operator", "agency": "Dinkes"},
    {"username": "operator.disdik", "full_name": "Operator Dinas Pendidikan", "role": "operator", "agency": "Disdik"},
    {"username": "kepala", "full_name": "dr. Siti Rahmawati (Kepala Dinkes)", "role": "agency_head", "agency": "Dinkes"},
    {"username": "pimpinan", "full_name": "Sekretaris Daerah Kabupaten Contoh", "role": "leader", "agency": None},
    {"username": "penilai", "full_name": "Penilai Eksternal", "role": "assessor", "agency": None},
]
