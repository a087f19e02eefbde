"""PEKPPP aspects II (Profesionalisme SDM) and III (Sarana Prasarana): indicators, weights
inside the aspect (percent), six levels (0–5) and unsur, from shared/domain/instruments.md §B.3.

Rows: (official code, text, weight %, levels 0..5, evidence, checklist, note).
"""

from __future__ import annotations

from pantau.compliance.seed.shapes import PekpppRow

OTHER = "Lainnya"


def counted(nothing: str, first: str, unit: str, last: str) -> tuple[str, ...]:
    """The common ladder: none, then 1, 2, 3, 4 and "last" of the counted items."""
    return (nothing, first, f"2 {unit}", f"3 {unit}", f"4 {unit}", last)


STAFF: tuple[PekpppRow, ...] = (
    ("10.b.As", "Tersedia waktu pelayanan yang memudahkan pengguna layanan", "10",
     ("Tidak ada kebijakan jam pelayanan/jam kerja", "Ada kebijakan jam pelayanan",
      "Kebijakan jam pelayanan dan 1 unsur lain", "Kebijakan dan 2 unsur",
      "Kebijakan dan 3 unsur", "Kebijakan dan minimal 4 unsur"),
     "Keputusan jam pelayanan, jadwal piket, foto papan jam pelayanan.",
     ("Tanpa jeda istirahat (istirahat bergantian)", "Tambahan jam pada hari kerja",
      "Tambahan hari pada masa tertentu", "Tambahan hari secara rutin",
      "Layanan inti/pendaftaran 24 jam"), ""),
    ("11.b.K",
     "Tersedia Kode Etik dan Kode Perilaku Pelaksana dan/atau Budaya Pelayanan di lingkungan "
     "instansi", "20",
     ("Tidak ada kode etik/kode perilaku",
      "Hanya memuat nilai dasar (hak dan kewajiban)", "Nilai dasar dan 1 unsur",
      "Nilai dasar dan 2 unsur", "Nilai dasar dan 3 unsur", "Nilai dasar dan 4 unsur"),
     "Dokumen kode etik/kode perilaku yang ditetapkan dan bukti sosialisasinya.",
     ("Larangan KKN", "Larangan diskriminasi", "Sanksi", "Penghargaan"), ""),
    ("12.b.Ak",
     "Tersedia mekanisme yang dibangun (unit kerja) untuk menjaga dan meningkatkan motivasi "
     "kerja Pelaksana pelayanan", "20",
     counted("Tidak ada mekanisme", "1 jenis", "jenis", "Lebih dari 4 jenis"),
     "Dokumen mekanisme dan bukti pelaksanaannya (SK penghargaan, sertifikat diklat, dll.).",
     ("Penghargaan", "Diklat", "Beasiswa", "Konseling", "Team/capacity building", OTHER), ""),
    ("13.b.K", "Tersedia kriteria pemberian penghargaan bagi pegawai (pelaksana) yang berprestasi",
     "20",
     ("Tidak ada penghargaan", "1–2 kriteria, tidak termasuk kinerja",
      "3–5 kriteria, tidak termasuk kinerja", "1–2 kriteria termasuk kinerja",
      "3–4 kriteria termasuk kinerja", "5–6 kriteria termasuk kinerja"),
     "Keputusan kriteria penghargaan pegawai berprestasi dan penerimanya.",
     ("Kehadiran", "Kinerja", "Kerja sama", "Inovatif/kreatif", "Penampilan",
      "Tidak pernah dikomplain"),
     "Tingkatnya tidak naik menurut jumlah kriteria saja: kriteria kinerja lebih menentukan "
     "daripada banyaknya kriteria."),
    ("14.b.K", "Tersedia pelaksana yang menerapkan budaya pelayanan", "30",
     ("Tidak diterapkan", "1 unsur", "2 unsur", "3 unsur", "4 unsur", "5 unsur"),
     "Foto pelaksana (seragam, tanda nama, atribut) dan dokumen budaya pelayanan.",
     ("Seragam", "Identitas nama", "PIN/atribut/logo", "Aturan 5S",
      "Nilai-nilai budaya layanan (slogan/moto/maskot)"), ""),
)

FACILITIES: tuple[PekpppRow, ...] = (
    ("15.c.K", "Tersedia tempat parkir dengan fasilitas pendukung yang memadai", "15",
     counted("Tidak ada tempat parkir", "Tempat parkir dan 1 fasilitas", "fasilitas",
             "Minimal 5 fasilitas"),
     "Foto tempat parkir dan fasilitasnya.",
     ("Area roda dua dan roda empat terpisah", "Petugas parkir", "Karcis", "CCTV",
      "Penitipan helm/jaket", "Kanopi", "Drive-thru", OTHER), ""),
    ("16.c.As", "Tersedia ruang tunggu dengan fasilitas wajib dan pelengkap", "23",
     ("Tidak ada fasilitas sama sekali", "Fasilitas wajib",
      "Fasilitas wajib dan 1 pelengkap", "Wajib dan 2 pelengkap", "Wajib dan 3 pelengkap",
      "Wajib dan minimal 4 pelengkap"),
     "Foto ruang tunggu dan fasilitasnya.",
     ("Wajib: tempat duduk", "Wajib: pendingin/sirkulasi udara",
      "Mesin antrean dan monitor", "Televisi", "Bahan bacaan", "Tempat isi daya", "Wifi",
      "Air minum", OTHER), ""),
    ("17.c.As", "Tersedia sarana toilet pengguna layanan yang layak pakai", "20",
     ("Tidak ada toilet pengguna", "1 kondisi terpenuhi", "2 kondisi", "3 kondisi",
      "4 kondisi", "Lebih dari 4 kondisi"),
     "Foto toilet pengguna dan jadwal/ceklis kebersihannya.",
     ("Toilet pria dan wanita terpisah", "Wastafel", "Perlengkapan kebersihan", "Air bersih",
      "Pemantauan frekuensi pembersihan", OTHER), ""),
    ("18.c.K", "Tersedia sarana prasarana bagi pengguna layanan kelompok rentan", "20",
     ("Tidak ada", "1–3 sarana", "4–6 sarana", "7–9 sarana", "10–12 sarana",
      "Minimal 13 sarana"),
     "Foto setiap sarana bagi kelompok rentan.",
     ("Kursi roda/tongkat/kruk", "Pintu masuk yang mudah diakses", "Ramp dengan pegangan",
      "Lift dengan huruf braille", "Selasar penghubung", "Toilet khusus", "Loket khusus",
      "Ruang tunggu khusus", "Guiding block", "Parkir khusus",
      "Alat bantu tunanetra/tunarungu (braille)", "Area bermain anak", "Ruang laktasi",
      "Lainnya (pendamping atau juru bahasa isyarat)"),
     "Setiap tingkat adalah rentang jumlah sarana, bukan satu jumlah."),
    ("19.c.As", "Tersedia sarana prasarana penunjang", "11",
     counted("Tidak ada", "1 sarana", "sarana", "Minimal 5 sarana"),
     "Foto sarana penunjang.",
     ("Fotokopi/ATK", "P3K", "APAR", "Kantin", "Ruang ibadah",
      "Ruang merokok di luar ruang pelayanan", "Jalur evakuasi/titik kumpul", "Ruang laktasi",
      "Tempat sampah", "CCTV", OTHER), ""),
    ("20.c.B", "Sarana Front Office (FO) Informasi di unit layanan", "11",
     counted("Tidak ada FO informasi", "FO dengan 1 fasilitas", "fasilitas",
             "Minimal 5 fasilitas"),
     "Foto meja informasi dan fasilitasnya.",
     ("Petugas khusus", "Meja/kursi", "Layar/monitor", "Informasi tercetak", "Buku tamu",
      OTHER), ""),
)
