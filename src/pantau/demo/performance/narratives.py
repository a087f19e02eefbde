# ruff: noqa: E501  (sentences read better on one line each)
"""Obstacles and follow-up plans for the demo's quarterly narratives, matched to the indicator.

An official reading "cuaca ekstrem … pekerjaan fisik" under stunting stops trusting the demo, so
each indicator gets a topic from words in its name (then from its OPD) and its obstacles come from
that topic's list; the neutral list is the fallback. Each obstacle travels with the plan that
answers it.
"""

from __future__ import annotations

Pair = tuple[str, str]  # (obstacle, follow-up plan)

OBSTACLES_BY_TOPIC: dict[str, tuple[Pair, ...]] = {
    "physical": (
        ("Cuaca ekstrem dan curah hujan tinggi menghambat pekerjaan fisik.", "Menyusun jadwal ulang pekerjaan fisik dan menambah jam kerja pada musim kemarau."),
        ("Proses pengadaan barang/jasa terlambat karena gagal lelang pada tahap pertama.", "Percepatan proses pengadaan melalui e-katalog dan pendampingan UKPBJ."),
        ("Rekanan belum memenuhi spesifikasi teknis sehingga pekerjaan harus diperbaiki.", "Memberikan teguran tertulis kepada rekanan dan memperketat pengawasan mutu pekerjaan."),
        ("Pembebasan lahan belum selesai sehingga pekerjaan belum dapat dimulai di sebagian lokasi.", "Koordinasi dengan pemerintah desa dan pemilik lahan untuk menuntaskan pembebasan lahan."),
    ),
    "health": (
        ("Kunjungan balita ke posyandu menurun dan sebagian kader posyandu tidak aktif.", "Penyegaran kader posyandu dan kunjungan rumah oleh bidan desa bagi balita yang tidak hadir."),
        ("Pencatatan di aplikasi e-PPGBM belum lengkap di beberapa Puskesmas.", "Pendampingan petugas gizi Puskesmas dan validasi data e-PPGBM setiap bulan."),
        ("Masih ada persalinan di rumah tanpa tenaga kesehatan di desa terpencil.", "Penguatan kemitraan bidan–dukun dan pendampingan ibu hamil risiko tinggi sampai persalinan."),
        ("Distribusi obat dan vaksin ke Puskesmas terlambat karena stok di instalasi farmasi menipis.", "Percepatan pengadaan obat melalui e-katalog dan pemantauan stok mingguan di instalasi farmasi."),
        ("Keterbatasan tenaga kesehatan di Puskesmas; beberapa formasi dokter dan bidan belum terisi.", "Mengusulkan formasi tenaga kesehatan melalui PPPK dan penugasan khusus dari Kementerian Kesehatan."),
    ),
    "education": (
        ("Angka putus sekolah di desa terpencil masih tinggi karena jarak ke sekolah jauh.", "Pendataan anak tidak sekolah bersama desa dan penyaluran bantuan transportasi siswa."),
        ("Penyaluran dana BOS tahap kedua terlambat sehingga kegiatan sekolah tertunda.", "Koordinasi dengan BPKAD dan pendampingan sekolah dalam penyusunan laporan penggunaan BOS."),
        ("Kekurangan guru mata pelajaran di sekolah negeri di wilayah pinggiran.", "Redistribusi guru antarsekolah dan pengusulan formasi guru PPPK."),
        ("Sebagian sekolah belum melengkapi dokumen akreditasi tepat waktu.", "Pendampingan sekolah oleh pengawas dalam penyiapan dokumen akreditasi."),
    ),
    "economy": (
        ("Harga komoditas turun sehingga pelaku usaha menunda produksi dan investasi.", "Fasilitasi pemasaran produk lokal dan temu usaha dengan calon pembeli."),
        ("Akses permodalan UMKM terbatas karena belum memiliki legalitas usaha.", "Pendampingan pengurusan NIB dan fasilitasi KUR bersama perbankan."),
        ("Serangan hama dan kelangkaan pupuk bersubsidi menurunkan hasil panen.", "Gerakan pengendalian hama terpadu dan pengawalan distribusi pupuk bersubsidi."),
        ("Realisasi investasi lebih rendah dari komitmen karena perizinan belum lengkap.", "Pendampingan perizinan berusaha melalui OSS dan pemantauan realisasi investasi per triwulan."),
    ),
    "social": (
        ("Data sasaran belum mutakhir sehingga verifikasi penerima memerlukan waktu tambahan.", "Pemutakhiran data sasaran bersama pemerintah desa dan verifikasi lapangan bertahap."),
        ("Sebagian desa belum menyampaikan laporan tepat waktu.", "Menerbitkan surat edaran kepala OPD tentang batas waktu laporan desa dan memantau mingguan."),
        ("Pendamping sosial terbatas untuk menjangkau seluruh desa.", "Penjadwalan ulang pendampingan dan pelibatan pekerja sosial masyarakat di kecamatan."),
    ),
    "environment": (
        ("Armada pengangkut sampah terbatas dan sebagian sudah rusak.", "Penjadwalan ulang rute pengangkutan dan pengusulan tambahan armada pada perubahan anggaran."),
        ("Kesadaran masyarakat memilah sampah dari rumah masih rendah.", "Sosialisasi bank sampah dan pendampingan desa percontohan pengelolaan sampah."),
        ("Pembentukan desa tangguh bencana tertunda karena relawan belum terlatih.", "Pelatihan relawan desa bersama BPBD provinsi dan penyusunan rencana kontinjensi desa."),
    ),
    "governance": (
        ("Dokumen perencanaan dan pelaporan perangkat daerah belum sepenuhnya selaras.", "Asistensi penyusunan dokumen perencanaan dan reviu oleh Bappeda dan Inspektorat."),
        ("Pencairan anggaran tertunda karena perubahan DPA menunggu pengesahan.", "Koordinasi dengan BPKAD untuk percepatan pencairan setelah pengesahan perubahan DPA."),
        ("Jaringan internet di kecamatan terpencil tidak stabil sehingga input data tertunda.", "Melaksanakan pendataan luring dengan petugas keliling dan input ulang setelah jaringan tersedia."),
        ("Tindak lanjut rekomendasi hasil pemeriksaan belum tuntas di beberapa perangkat daerah.", "Rapat pemantauan tindak lanjut bulanan dipimpin Sekretaris Daerah."),
    ),
}
GENERIC: tuple[Pair, ...] = (
    ("Keterbatasan tenaga teknis; beberapa pegawai memasuki masa pensiun.", "Mengusulkan penambahan tenaga melalui formasi PPPK dan optimalisasi tenaga yang ada."),
    ("Pencairan anggaran tertunda karena perubahan DPA menunggu pengesahan.", "Koordinasi dengan BPKAD untuk percepatan pencairan setelah pengesahan perubahan DPA."),
    ("Jadwal kegiatan bergeser karena menunggu petunjuk teknis dari kementerian.", "Menyusun ulang jadwal kegiatan setelah petunjuk teknis terbit dan memantau mingguan."),
)
OBSTACLES_BY_TOPIC["generic"] = GENERIC

# Words in an indicator's name, first match wins: physical works before the sector they serve.
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("physical", ("dibangun", "direhabilitasi", "realisasi fisik", "jalan", "jembatan", "irigasi",
                  "spam", "rekonstruksi", "gedung")),
    ("governance", ("gaji", "kantor", "rka-skpd", "laporan keuangan", "rapat koordinasi",
                    "kendaraan dinas", "perencanaan", "sakip", "evaluasi kinerja", "birokrasi",
                    "spip", "temuan", "asn", "hukum", "perda", "ktp", "akta", "spbe",
                    "informasi", "arsip", "opini bpk", "musrenbang", "pemilih", "pajak",
                    "pendapatan asli")),
    ("health", ("kesehatan", "stunting", "kematian", "harapan hidup", "imunisasi", "gizi",
                "puskesmas", "balita", "ibu hamil", "tuberkulosis", "rsud", "medik")),
    ("education", ("sekolah", "pendidik", "pendidikan", "murid", "paud", "bos", "buku",
                   "ruang kelas", "partisipasi murni", "partisipasi kasar", "membaca")),
    ("economy", ("ekonomi", "pdrb", "investasi", "umkm", "koperasi", "padi", "pangan",
                 "perikanan", "wisata", "pengangguran", "kemiskinan", "industri", "tenaga kerja",
                 "produksi", "pasar", "gini")),
    ("social", ("ppks", "sosial", "disabilitas", "gender", "perempuan", "anak", "kelahiran",
                "desa", "pemuda")),
    ("environment", ("sampah", "lingkungan", "bencana", "kebakaran", "kumuh")),
)
# The OPD's own topic when the name says nothing.
AGENCY_TOPICS: dict[str, str] = {
    "Dinkes": "health", "RSUD": "health", "Disdik": "education", "DPUPR": "physical",
    "Disperkim": "physical", "Dishub": "physical", "Diskopumdag": "economy",
    "Distankan": "economy", "Disnaker": "economy", "DPMPTSP": "economy",
    "Disporapar": "economy", "Dinsos": "social", "DP3AP2KB": "social", "DPMD": "social",
    "DLH": "environment", "BPBD": "environment",
}


def topic_of(indicator_name: str, agency_short_name: str) -> str:
    """The narrative topic of an indicator: its name's words, then its OPD, then generic."""
    lowered = indicator_name.casefold()
    for topic, words in KEYWORDS:
        if any(word in lowered for word in words):
            return topic
    return AGENCY_TOPICS.get(agency_short_name, "generic")
