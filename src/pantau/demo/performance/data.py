# ruff: noqa: E501  (names read better on one line each)
"""Names for the demo RPJMD and Renstra of Kabupaten Contoh (no figure is any real Pemda's).

Program, kegiatan and sub-kegiatan names follow the Kepmendagri 050-5889/2021 nomenclature where it
is known; the rest are generic but plausible. Indicator tuples: (name, unit, polarity, baseline,
yearly change, responsible OPD short name).
"""

from __future__ import annotations

POS, NEG = "positive", "negative"

# RPJMD 2025–2029: misi → tujuan → sasaran → indicators.
RPJMD: list[tuple[str, list[tuple[str, list[tuple[str, list[tuple[str, str, str, float, float, str]]]]]]]] = [
    ("Mewujudkan sumber daya manusia yang sehat, cerdas dan berdaya saing", [
        ("Meningkatkan kualitas sumber daya manusia", [
            ("Meningkatnya derajat kesehatan masyarakat", [
                ("Angka harapan hidup", "tahun", POS, 70.12, 0.15, "Dinkes"),
                ("Prevalensi stunting", "%", NEG, 21.4, -2.0, "Dinkes"),
                ("Angka kematian ibu per 100.000 kelahiran hidup", "per 100.000 KH", NEG, 118, -6, "Dinkes"),
                ("Angka kematian bayi per 1.000 kelahiran hidup", "per 1.000 KH", NEG, 14.2, -0.8, "Dinkes"),
                ("Persentase penduduk yang memiliki jaminan kesehatan", "%", POS, 94.5, 1.0, "Dinkes"),
                ("Indeks pelayanan RSUD", "indeks", POS, 78.0, 1.5, "RSUD"),
            ]),
            ("Meningkatnya kualitas dan pemerataan pendidikan", [
                ("Rata-rata lama sekolah", "tahun", POS, 7.92, 0.12, "Disdik"),
                ("Harapan lama sekolah", "tahun", POS, 12.61, 0.1, "Disdik"),
                ("Angka partisipasi murni SMP/sederajat", "%", POS, 78.3, 1.2, "Disdik"),
                ("Persentase sekolah terakreditasi minimal B", "%", POS, 81.0, 2.5, "Disdik"),
            ]),
        ]),
        ("Meningkatkan kualitas hidup dan perlindungan sosial", [
            ("Meningkatnya perlindungan sosial dan kesetaraan gender", [
                ("Indeks pembangunan gender", "indeks", POS, 88.4, 0.5, "DP3AP2KB"),
                ("Persentase PPKS yang tertangani", "%", POS, 62.0, 4.0, "Dinsos"),
                ("Angka kelahiran total (TFR)", "anak per perempuan", NEG, 2.31, -0.03, "DP3AP2KB"),
            ]),
            ("Meningkatnya prestasi pemuda, olahraga dan literasi", [
                ("Indeks pembangunan pemuda", "indeks", POS, 52.1, 1.0, "Disporapar"),
                ("Tingkat gemar membaca masyarakat", "nilai", POS, 58.7, 2.0, "Dispusip"),
            ]),
        ]),
    ]),
    ("Mewujudkan perekonomian daerah yang tangguh, inklusif dan berkelanjutan", [
        ("Meningkatkan pertumbuhan ekonomi yang inklusif", [
            ("Meningkatnya pertumbuhan ekonomi daerah", [
                ("Laju pertumbuhan ekonomi", "%", POS, 4.85, 0.15, "Bappeda"),
                ("PDRB per kapita atas dasar harga berlaku", "Rp juta", POS, 38.6, 2.4, "Bappeda"),
                ("Nilai investasi PMA dan PMDN", "Rp miliar", POS, 640, 60, "DPMPTSP"),
                ("Kontribusi sektor industri pengolahan terhadap PDRB", "%", POS, 14.2, 0.3, "Diskopumdag"),
            ]),
            ("Menurunnya kemiskinan dan pengangguran", [
                ("Angka kemiskinan", "%", NEG, 10.86, -0.5, "Bappeda"),
                ("Tingkat pengangguran terbuka", "%", NEG, 5.12, -0.25, "Disnaker"),
                ("Indeks gini", "indeks", NEG, 0.341, -0.004, "Bappeda"),
            ]),
        ]),
        ("Meningkatkan ketahanan pangan dan nilai tambah sektor unggulan", [
            ("Meningkatnya produksi dan ketahanan pangan", [
                ("Skor pola pangan harapan", "skor", POS, 86.3, 1.2, "Distankan"),
                ("Produktivitas padi", "ton/ha", POS, 5.42, 0.06, "Distankan"),
                ("Produksi perikanan", "ton", POS, 18400, 600, "Distankan"),
            ]),
            ("Meningkatnya kunjungan wisata dan daya saing UMKM", [
                ("Jumlah kunjungan wisatawan", "orang", POS, 412000, 30000, "Disporapar"),
                ("Persentase UMKM naik kelas", "%", POS, 6.5, 1.0, "Diskopumdag"),
                ("Jumlah koperasi aktif sehat", "unit", POS, 148, 10, "Diskopumdag"),
            ]),
        ]),
    ]),
    ("Mewujudkan infrastruktur yang merata dan lingkungan hidup yang lestari", [
        ("Meningkatkan kualitas infrastruktur wilayah", [
            ("Meningkatnya kemantapan jaringan jalan dan irigasi", [
                ("Persentase jalan kabupaten dalam kondisi mantap", "%", POS, 71.5, 3.0, "DPUPR"),
                ("Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik", "%", POS, 64.0, 3.0, "DPUPR"),
                ("Indeks aksesibilitas transportasi", "indeks", POS, 61.0, 1.5, "Dishub"),
            ]),
            ("Meningkatnya akses permukiman layak", [
                ("Persentase rumah tangga dengan akses air minum layak", "%", POS, 86.2, 1.8, "DPUPR"),
                ("Persentase rumah tangga dengan akses sanitasi layak", "%", POS, 79.4, 2.0, "Disperkim"),
                ("Persentase rumah tidak layak huni", "%", NEG, 9.8, -0.8, "Disperkim"),
                ("Luas kawasan permukiman kumuh", "ha", NEG, 126, -15, "Disperkim"),
            ]),
        ]),
        ("Mewujudkan lingkungan hidup yang lestari dan tangguh bencana", [
            ("Meningkatnya kualitas lingkungan hidup", [
                ("Indeks kualitas lingkungan hidup", "indeks", POS, 68.9, 0.8, "DLH"),
                ("Persentase sampah terkelola", "%", POS, 61.0, 4.0, "DLH"),
            ]),
            ("Menurunnya risiko bencana", [
                ("Indeks risiko bencana", "indeks", NEG, 142.5, -4.0, "BPBD"),
                ("Persentase desa tangguh bencana", "%", POS, 18.0, 4.0, "BPBD"),
            ]),
        ]),
    ]),
    ("Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani", [
        ("Meningkatkan kualitas tata kelola pemerintahan", [
            ("Meningkatnya akuntabilitas kinerja dan keuangan daerah", [
                ("Nilai SAKIP Pemerintah Kabupaten", "nilai", POS, 66.2, 2.0, "Bag. Organisasi"),
                ("Opini BPK atas laporan keuangan (4 = WTP)", "skor", POS, 4, 0, "BPKAD"),
                ("Indeks reformasi birokrasi", "indeks", POS, 62.4, 2.5, "Bag. Organisasi"),
                ("Tingkat maturitas SPIP", "level", POS, 3.0, 0.1, "Inspektorat"),
                ("Persentase tindak lanjut temuan pemeriksaan", "%", POS, 82.0, 3.0, "Inspektorat"),
            ]),
            ("Meningkatnya kemandirian fiskal daerah", [
                ("Rasio pendapatan asli daerah terhadap pendapatan daerah", "%", POS, 9.6, 0.6, "Bapenda"),
                ("Persentase realisasi pendapatan asli daerah", "%", POS, 96.0, 1.0, "Bapenda"),
            ]),
            ("Meningkatnya kualitas aparatur dan regulasi", [
                ("Indeks profesionalitas ASN", "indeks", POS, 64.0, 2.0, "BKPSDM"),
                ("Persentase produk hukum daerah yang harmonis", "%", POS, 88.0, 2.0, "Bag. Hukum"),
                ("Indeks perencanaan pembangunan daerah", "indeks", POS, 2.9, 0.1, "Bappeda"),
            ]),
        ]),
        ("Meningkatkan kualitas pelayanan publik", [
            ("Meningkatnya kepuasan masyarakat terhadap pelayanan publik", [
                ("Indeks kepuasan masyarakat", "indeks", POS, 81.2, 1.0, "Bag. Organisasi"),
                ("Indeks pelayanan publik", "indeks", POS, 3.45, 0.1, "DPMPTSP"),
                ("Persentase penduduk yang memiliki KTP elektronik", "%", POS, 97.1, 0.5, "Disdukcapil"),
                ("Indeks SPBE", "indeks", POS, 2.6, 0.2, "Diskominfo"),
                ("Indeks keterbukaan informasi publik", "indeks", POS, 74.0, 2.0, "Diskominfo"),
            ]),
        ]),
    ]),
    ("Mewujudkan masyarakat yang religius, aman, tertib dan berbudaya", [
        ("Meningkatkan ketenteraman, ketertiban dan partisipasi masyarakat", [
            ("Meningkatnya ketenteraman dan ketertiban umum", [
                ("Persentase penegakan Perda yang tuntas", "%", POS, 78.0, 3.0, "Satpol PP"),
                ("Waktu tanggap kebakaran (response time)", "menit", NEG, 18.0, -0.8, "Satpol PP"),
                ("Persentase gangguan trantibum yang tertangani", "%", POS, 85.0, 2.0, "Satpol PP"),
            ]),
            ("Meningkatnya kemandirian desa dan partisipasi masyarakat", [
                ("Indeks desa membangun", "indeks", POS, 0.67, 0.015, "DPMD"),
                ("Jumlah desa mandiri", "desa", POS, 12, 4, "DPMD"),
                ("Persentase Musrenbang kecamatan tepat waktu", "%", POS, 90.0, 2.0, "Kec. Kota Contoh"),
                ("Tingkat partisipasi pemilih dalam pemilihan umum", "%", POS, 76.0, 1.0, "Setda"),
            ]),
        ]),
        ("Meningkatkan pelestarian budaya dan kerukunan", [
            ("Meningkatnya pelestarian kebudayaan dan kerukunan umat beragama", [
                ("Indeks kerukunan umat beragama", "indeks", POS, 73.5, 0.8, "Setda"),
                ("Jumlah cagar budaya yang dilestarikan", "objek", POS, 24, 3, "Disporapar"),
                ("Persentase arsip daerah yang dikelola sesuai kaidah", "%", POS, 58.0, 5.0, "Dispusip"),
                ("Persentase Perda inisiatif DPRD yang ditetapkan", "%", POS, 60.0, 4.0, "Setwan"),
            ]),
        ]),
    ]),
]

# Every OPD's "Program Penunjang Urusan Pemerintahan Daerah": kegiatan → sub-kegiatan
# (sub-kegiatan, output indicator, unit).
PENUNJANG = ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
    ("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
        ("Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah dokumen perencanaan perangkat daerah", "dokumen"),
        ("Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah dokumen RKA-SKPD dan laporan hasil koordinasi", "dokumen"),
        ("Evaluasi Kinerja Perangkat Daerah", "Jumlah laporan evaluasi kinerja perangkat daerah", "laporan"),
    ]),
    ("Administrasi Keuangan Perangkat Daerah", [
        ("Penyediaan Gaji dan Tunjangan ASN", "Jumlah orang yang menerima gaji dan tunjangan ASN", "orang/bulan"),
        ("Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "Jumlah laporan keuangan akhir tahun SKPD", "laporan"),
    ]),
    ("Administrasi Umum Perangkat Daerah", [
        ("Penyediaan Peralatan dan Perlengkapan Kantor", "Jumlah paket peralatan dan perlengkapan kantor yang disediakan", "paket"),
        ("Penyediaan Bahan Logistik Kantor", "Jumlah paket bahan logistik kantor yang disediakan", "paket"),
        ("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi SKPD", "laporan"),
    ]),
    ("Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [
        ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah laporan penyediaan jasa komunikasi, sumber daya air dan listrik", "laporan"),
        ("Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah laporan penyediaan jasa pelayanan umum kantor", "laporan"),
    ]),
    ("Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", [
        ("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan", "Jumlah kendaraan dinas yang dipelihara dan dibayarkan pajaknya", "unit"),
        ("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Jumlah gedung kantor yang dipelihara/direhabilitasi", "unit"),
    ]),
])

# Sector programs per OPD: (program, [(kegiatan, [sub-kegiatan, ...])]). Sub-kegiatan lists may be
# empty: then generic sub-kegiatan are made from the kegiatan (see SUB_TEMPLATES).
SECTOR: dict[str, list[tuple[str, list[tuple[str, list[str]]]]]] = {
    "Dinkes": [
        ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", [
            ("Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", [
                "Pembangunan Puskesmas", "Rehabilitasi dan Pemeliharaan Puskesmas",
                "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan"]),
            ("Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", [
                "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Pengelolaan Pelayanan Kesehatan Balita",
                "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Pengelolaan Pelayanan Imunisasi",
                "Pengelolaan Pelayanan Kesehatan Orang dengan Tuberkulosis"]),
        ]),
        ("Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", [
            ("Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota", [
                "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar",
                "Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan"]),
        ]),
    ],
    "Disdik": [
        ("Program Pengelolaan Pendidikan", [
            ("Pengelolaan Pendidikan Sekolah Dasar", [
                "Pembangunan Ruang Kelas Baru", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
                "Pengadaan Perlengkapan Sekolah", "Pengelolaan Dana BOS Sekolah Dasar"]),
            ("Pengelolaan Pendidikan Sekolah Menengah Pertama", [
                "Pembangunan Laboratorium Sekolah", "Pengadaan Buku Teks dan Non Teks",
                "Pengelolaan Dana BOS Sekolah Menengah Pertama"]),
            ("Pengelolaan Pendidikan Anak Usia Dini (PAUD)", [
                "Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan PAUD"]),
        ]),
        ("Program Pendidik dan Tenaga Kependidikan", [
            ("Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar", [
                "Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan"]),
        ]),
    ],
    "DPUPR": [
        ("Program Penyelenggaraan Jalan", [
            ("Penyelenggaraan Jalan Kabupaten/Kota", [
                "Rekonstruksi Jalan", "Rehabilitasi Jalan", "Pemeliharaan Berkala Jalan",
                "Pembangunan Jembatan", "Pemeliharaan Rutin Jalan"]),
        ]),
        ("Program Pengelolaan Sumber Daya Air (SDA)", [
            ("Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota", [
                "Rehabilitasi Jaringan Irigasi Permukaan", "Operasi dan Pemeliharaan Jaringan Irigasi Permukaan"]),
        ]),
        ("Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum", [
            ("Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota", [
                "Perluasan SPAM Jaringan Perpipaan", "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perdesaan"]),
        ]),
    ],
    "Dinsos": [
        ("Program Rehabilitasi Sosial", [
            ("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", []),
        ]),
        ("Program Perlindungan dan Jaminan Sosial", [
            ("Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", [
                "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
                "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat"]),
        ]),
    ],
    "Disdukcapil": [
        ("Program Pendaftaran Penduduk", [
            ("Pelayanan Pendaftaran Penduduk", ["Penerbitan Dokumen Pendaftaran Penduduk",
                                                "Pelayanan Pendaftaran Penduduk secara Jemput Bola"]),
        ]),
        ("Program Pencatatan Sipil", [
            ("Pelayanan Pencatatan Sipil", ["Pencatatan Kelahiran dan Kematian",
                                            "Pencatatan Perkawinan dan Perceraian"]),
        ]),
        ("Program Pengelolaan Informasi Administrasi Kependudukan", [
            ("Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan", []),
        ]),
    ],
    "DPMPTSP": [
        ("Program Pelayanan Penanaman Modal", [
            ("Penyediaan Pelayanan Terpadu Perizinan dan Nonperizinan Berbasis Sistem Elektronik", [
                "Pemberian Fasilitas Perizinan Berusaha melalui OSS", "Penyediaan Layanan Mal Pelayanan Publik"]),
        ]),
        ("Program Promosi Penanaman Modal", [("Penyelenggaraan Promosi Penanaman Modal", [])]),
    ],
    "Distankan": [
        ("Program Penyediaan dan Pengembangan Sarana Pertanian", [
            ("Pengawasan Penggunaan Sarana Pertanian", ["Penyediaan Benih/Bibit Unggul",
                                                        "Penyediaan Pupuk Bersubsidi Tepat Sasaran"]),
        ]),
        ("Program Penyuluhan Pertanian", [("Pengembangan Penerapan Penyuluhan Pertanian", [])]),
        ("Program Pengelolaan Perikanan Tangkap", [("Pemberdayaan Nelayan Kecil", [])]),
        ("Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", [
            ("Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya", [])]),
    ],
    "BPBD": [
        ("Program Penanggulangan Bencana", [
            ("Pelayanan Informasi Rawan Bencana Kabupaten/Kota", []),
            ("Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana", ["Pembentukan Desa Tangguh Bencana"]),
            ("Pelayanan Penyelamatan dan Evakuasi Korban Bencana", []),
        ]),
    ],
    "Bappeda": [
        ("Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", [
            ("Penyelenggaraan Perencanaan Pembangunan Daerah", ["Penyusunan Rencana Kerja Pemerintah Daerah",
                                                                "Penyelenggaraan Musrenbang RKPD"]),
            ("Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah", []),
        ]),
        ("Program Koordinasi dan Sinergi Perencanaan Pembangunan Daerah", [
            ("Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia", [])]),
    ],
    "BPKAD": [
        ("Program Pengelolaan Keuangan Daerah", [
            ("Koordinasi dan Penyusunan Rencana Anggaran Daerah", []),
            ("Koordinasi dan Penyusunan Laporan Keuangan Daerah", []),
        ]),
        ("Program Pengelolaan Barang Milik Daerah", [("Pengelolaan Barang Milik Daerah", [])]),
    ],
    "Bapenda": [
        ("Program Pengelolaan Pendapatan Daerah", [
            ("Pengelolaan Pendapatan Daerah", ["Pendataan dan Pendaftaran Objek Pajak Daerah",
                                               "Penagihan Pajak Daerah"]),
        ]),
    ],
    "BKPSDM": [
        ("Program Kepegawaian Daerah", [
            ("Mutasi dan Pengembangan Karir", []),
            ("Pengembangan Kompetensi Aparatur", []),
            ("Penilaian dan Evaluasi Kinerja Aparatur", []),
        ]),
    ],
    "Inspektorat": [
        ("Program Penyelenggaraan Pengawasan", [
            ("Penyelenggaraan Pengawasan Internal", ["Pengawasan Kinerja Pemerintah Daerah",
                                                     "Reviu Laporan Keuangan Pemerintah Daerah"]),
            ("Penyelenggaraan Pengawasan dengan Tujuan Tertentu", []),
        ]),
        ("Program Perumusan Kebijakan, Pendampingan dan Asistensi", [
            ("Pendampingan dan Asistensi", [])]),
    ],
}

# OPDs not listed above get two programs named after their sector (generic but plausible).
GENERIC_PROGRAMS: dict[str, list[str]] = {
    "Setda": ["Program Pemerintahan dan Kesejahteraan Rakyat", "Program Perekonomian dan Pembangunan"],
    "Setwan": ["Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD"],
    "Bag. Organisasi": ["Program Pemerintahan dan Kesejahteraan Rakyat"],
    "Bag. Hukum": ["Program Pemerintahan dan Kesejahteraan Rakyat"],
    "DPUPR": [],
    "Disperkim": ["Program Pengembangan Perumahan", "Program Kawasan Permukiman"],
    "Satpol PP": ["Program Peningkatan Ketenteraman dan Ketertiban Umum",
                  "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran"],
    "DP3AP2KB": ["Program Perlindungan Perempuan", "Program Pembinaan Keluarga Berencana (KB)"],
    "DLH": ["Program Pengelolaan Persampahan", "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup"],
    "DPMD": ["Program Penataan Desa", "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat"],
    "Dishub": ["Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)"],
    "Diskominfo": ["Program Informasi dan Komunikasi Publik", "Program Aplikasi Informatika"],
    "Diskopumdag": ["Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
                    "Program Perizinan dan Pendaftaran Perusahaan"],
    "Disnaker": ["Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", "Program Penempatan Tenaga Kerja"],
    "Disporapar": ["Program Peningkatan Daya Tarik Destinasi Pariwisata", "Program Pengembangan Kapasitas Daya Saing Keolahragaan"],
    "Dispusip": ["Program Pembinaan Perpustakaan", "Program Pengelolaan Arsip"],
    "RSUD": ["Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
             "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan"],
    "kecamatan": ["Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
                  "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
                  "Program Koordinasi Ketentraman dan Ketertiban Umum"],
}
# Generic kegiatan under a generic program, and generic sub-kegiatan under a kegiatan.
KEGIATAN_TEMPLATES = ("Koordinasi dan Pelaksanaan {topic}", "Pembinaan dan Pengawasan {topic}")
SUB_TEMPLATES = ("Penyusunan Data dan Rencana Aksi {topic}", "Pelaksanaan Layanan {topic}",
                 "Monitoring, Evaluasi dan Pelaporan {topic}")

# The OPD's sector sasaran (generic when missing) and its main RPJMD link by indicator name.
SASARAN: dict[str, tuple[str, str, str]] = {
    "Dinkes": ("Meningkatnya kualitas pelayanan kesehatan masyarakat", "Persentase fasilitas kesehatan yang memenuhi standar pelayanan", "Prevalensi stunting"),
    "Disdik": ("Meningkatnya akses dan mutu pendidikan dasar", "Angka partisipasi kasar pendidikan dasar", "Rata-rata lama sekolah"),
    "DPUPR": ("Meningkatnya kualitas infrastruktur jalan dan sumber daya air", "Persentase panjang jalan kabupaten yang ditangani", "Persentase jalan kabupaten dalam kondisi mantap"),
    "Dinsos": ("Meningkatnya penanganan penyandang masalah kesejahteraan sosial", "Persentase PPKS yang memperoleh bantuan sosial", "Persentase PPKS yang tertangani"),
    "Disdukcapil": ("Meningkatnya cakupan kepemilikan dokumen kependudukan", "Persentase penduduk yang memiliki akta kelahiran", "Persentase penduduk yang memiliki KTP elektronik"),
    "Bappeda": ("Meningkatnya kualitas perencanaan pembangunan daerah", "Persentase keselarasan program RKPD dengan RPJMD", "Indeks perencanaan pembangunan daerah"),
    "BPKAD": ("Meningkatnya akuntabilitas pengelolaan keuangan daerah", "Persentase temuan BPK atas keuangan yang ditindaklanjuti", "Opini BPK atas laporan keuangan (4 = WTP)"),
    "Bapenda": ("Meningkatnya pendapatan asli daerah", "Persentase pertumbuhan pajak daerah", "Rasio pendapatan asli daerah terhadap pendapatan daerah"),
    "Distankan": ("Meningkatnya produksi pertanian dan perikanan", "Persentase pertumbuhan produksi padi", "Produktivitas padi"),
    "DLH": ("Meningkatnya kualitas lingkungan hidup", "Persentase sampah yang tertangani", "Persentase sampah terkelola"),
}

# Sentences for the narrative of an indicator's quarter; obstacles are in narratives.
DRIVERS = (
    "Dukungan anggaran tersedia tepat waktu dan koordinasi lintas bidang berjalan baik.",
    "Partisipasi masyarakat dan pemerintah desa meningkat setelah sosialisasi.",
    "Pendampingan teknis dari provinsi membantu mempercepat pelaksanaan.",
    "Pemanfaatan aplikasi daring mempercepat pendataan dan pelaporan.",
    "Komitmen pimpinan OPD dan pemantauan mingguan oleh kepala bidang.",
)
OWNERS = ("Sekretaris OPD", "Kepala Bidang Program", "Kepala Subbagian Perencanaan",
          "Kepala Bidang Pelayanan", "PPK Kegiatan", "Kepala UPTD")
RETURN_NOTES = (
    "Bukti dukung realisasi TW III belum lengkap; mohon unggah laporan kegiatan.",
    "Realisasi beberapa indikator persentase melebihi 100 tanpa penjelasan faktor pendorong.",
    "Faktor penghambat dan rencana tindak lanjut belum diisi untuk indikator yang capaiannya rendah.",
)
