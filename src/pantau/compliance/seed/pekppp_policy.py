"""PEKPPP aspect I, Kebijakan Pelayanan: nine indicators, their six levels (0–5) and unsur.

Wording from shared/domain/instruments.md §B.3; the weights inside the aspect are
pantau.scoring's (PermenPANRB 29/2022 material: 17/14/7/14/10/17/7, the last two 7 each).
"""

from __future__ import annotations

from pantau.compliance.seed.shapes import OFFICIAL, SEVERAL, PolicyRow

MEDIA = ("Cetak/non-elektronik", "Elektronik", "Media sosial", "Laman (website)",
         "Aplikasi yang dapat diunduh", "Papan reklame/videotron")

# (official code, text, status, levels 0..5, evidence, checklist, note, auto source)
POLICY: tuple[PolicyRow, ...] = (
    ("1.a.Ak",
     "Tersedia Standar Pelayanan (SP) sesuai dengan ketentuan peraturan perundang-undangan yang "
     "berlaku", OFFICIAL,
     ("Tidak ada standar pelayanan",
      "Ada standar pelayanan tetapi belum memuat 14 komponen",
      "Standar pelayanan memuat 14 komponen",
      "Memuat 14 komponen dan sudah ditetapkan",
      "Memuat 14 komponen, disusun dengan melibatkan masyarakat, dan ditetapkan",
      "Seluruh tingkat 4 dan dipantau/dievaluasi (monev)"),
     "Dokumen standar pelayanan tiap produk, keputusan penetapan, berita acara pelibatan "
     "masyarakat, laporan monev.", (), "", "standard_complete"),
    ("2.a.P", "Proses penyusunan dan perubahan SP telah melibatkan unsur masyarakat", SEVERAL,
     ("Tidak melibatkan masyarakat atau pemangku kepentingan",
      "Melibatkan minimal 1 unsur", "Melibatkan minimal 2 unsur",
      "Melibatkan minimal 3 unsur", "Melibatkan minimal 4 unsur",
      "Melibatkan lebih dari 4 unsur"),
     "Undangan, daftar hadir, notulen dan foto forum konsultasi publik.",
     ("Pengguna layanan", "Ahli/praktisi/akademisi", "Instansi terkait",
      "Organisasi masyarakat sipil", "Media massa"), "", ""),
    ("3.a.T", "Jumlah media publikasi untuk komponen service delivery", SEVERAL,
     ("Standar pelayanan tidak dipublikasikan",
      "Hanya sebagian dari 6 komponen service delivery yang dipublikasikan (cetak atau "
      "elektronik)",
      "Semua komponen dipublikasikan di minimal 2 media, belum di SIPP Nasional",
      "Semua komponen di 2 media dan SIPP Nasional",
      "Semua komponen di 3 media dan SIPP Nasional",
      "Semua komponen di minimal 4 media dan SIPP Nasional"),
     "Foto dan tautan setiap media publikasi; tangkapan layar SIPP Nasional.",
     (*MEDIA, "SIPP Nasional"), "", "standard_displayed"),
    ("4.a.K", "Peninjauan ulang SP secara berkala", SEVERAL,
     ("Tidak ada peninjauan ulang berkala",
      "Ditinjau ulang tiap 3 tahun atau lebih, untuk semua layanan",
      "Ditinjau ulang tiap 2 tahun, untuk sebagian layanan",
      "Ditinjau ulang tiap 2 tahun, untuk semua layanan",
      "Ditinjau ulang setiap tahun atau lebih sering, untuk sebagian layanan",
      "Ditinjau ulang setiap tahun atau lebih sering, untuk semua layanan"),
     "Laporan peninjauan ulang standar pelayanan dan tindak lanjutnya.", (),
     "Bahan KemenPAN-RB menambahkan: “…dan hasil peninjauan ulang tersebut telah "
     "ditindaklanjuti”.", "standard_reviewed"),
    ("5.a.K",
     "Pemenuhan siklus Maklumat Pelayanan (ketersediaan, penetapan, dan publikasi)", SEVERAL,
     ("Tidak ada maklumat pelayanan",
      "Ada maklumat pelayanan tetapi belum ditetapkan",
      "Sudah ditetapkan, tetapi isinya belum sesuai ketentuan",
      "Sudah ditetapkan dan isinya sesuai ketentuan",
      "Tingkat 3 dan dipublikasikan di media cetak/non-elektronik",
      "Tingkat 3 dan dipublikasikan di media non-elektronik dan elektronik"),
     "Naskah maklumat, keputusan penetapan, foto maklumat terpajang, tautan publikasi.", (),
     "", "maklumat"),
    ("6.a.B", "SKM yang dilaksanakan sesuai dengan PermenPANRB", SEVERAL,
     ("Tidak melaksanakan SKM",
      "Melaksanakan SKM, belum sesuai PermenPANRB",
      "Melaksanakan SKM sesuai PermenPANRB",
      "Tingkat 2 dan hasilnya dipublikasikan secara non-elektronik",
      "Tingkat 2 dan hasilnya dipublikasikan secara non-elektronik dan elektronik",
      "Tingkat 4 dan hasil SKM ditindaklanjuti"),
     "Laporan SKM (metode, sampel, hasil), bukti publikasi, rencana dan laporan tindak lanjut.",
     (), "", "skm_held"),
    ("7.a.T", "Jumlah media publikasi hasil SKM", SEVERAL,
     ("Hasil SKM tidak dipublikasikan", "1 media", "2 media", "3 media", "4 media",
      "Lebih dari 4 media"),
     "Foto dan tautan setiap media publikasi hasil SKM.", MEDIA, "", "skm_published"),
    ("8.a.Ak",
     "Persentase (rencana) tindak lanjut hasil SKM yang telah selesai ditindaklanjuti",
     SEVERAL,
     ("Tidak ada rencana tindak lanjut (RTL)",
      "Ada RTL, belum dilaksanakan",
      "Kurang dari 30 % selesai, dengan laporan",
      "30–80 % selesai, dengan laporan",
      "Lebih dari 80 % selesai, dengan laporan",
      "100 % selesai, dengan laporan"),
     "Dokumen rencana tindak lanjut hasil SKM dan laporan penyelesaiannya.", (),
     "Bahan KemenPAN-RB: “Persentase tindak lanjut hasil SKM yang ditindaklanjuti”.",
     "skm_followups_done"),
    ("9.a.Ak", "Kecepatan tindak lanjut hasil SKM seluruh jenis pelayanan", SEVERAL,
     ("Rekomendasi hasil SKM tidak ditindaklanjuti",
      "Seluruhnya ditindaklanjuti 1 tahun setelah laporan SKM",
      "Dalam 9 bulan", "Dalam 6 bulan", "Dalam 3 bulan", "Dalam 1 bulan"),
     "Tanggal laporan SKM dan tanggal penyelesaian setiap tindak lanjut.", (), "", ""),
)
