"""Texts of the demo service standards: believable components per kind of product."""

from __future__ import annotations

PAID = ("retribusi", "sewa", "tiket", "uji berkala", "tera")
DURATIONS = ("15 menit", "30 menit", "60 menit", "1 hari kerja", "3 hari kerja",
             "5 hari kerja")
COMPLAINTS = ("1. SP4N-LAPOR! (www.lapor.go.id)\n2. Kotak saran di ruang tunggu\n"
              "3. WhatsApp pengaduan {phone}\n4. Langsung kepada kepala unit pada jam kerja")


def component_texts(*, product: str, unit: str, agency: str, staff: int, duration: str,
                    phone: str) -> dict[str, str]:
    """The 14 components of one product's standard (UU 25/2009 pasal 21), in COMPONENTS' order."""
    lower = product.lower()
    fee = ("Sesuai Peraturan Daerah Kabupaten Contoh tentang Pajak Daerah dan Retribusi Daerah; "
           "dibayar di loket dengan tanda bukti pembayaran resmi."
           if any(word in lower for word in PAID) else "Tidak dipungut biaya (gratis).")
    return {
        "requirements": ("1. KTP-el pemohon (asli dan fotokopi)\n2. Kartu Keluarga\n"
                         f"3. Formulir permohonan {lower} yang telah diisi"),
        "procedure": ("1. Pemohon mengambil nomor antrean\n"
                      "2. Petugas memeriksa kelengkapan persyaratan\n"
                      f"3. Petugas memproses {lower}\n"
                      "4. Hasil layanan diserahkan kepada pemohon dan dicatat dalam buku register"),
        "duration": f"{duration} sejak persyaratan dinyatakan lengkap.",
        "fee": fee,
        "output": f"{product} sesuai permohonan, dengan tanda terima layanan.",
        "complaints": COMPLAINTS.format(phone=phone),
        "legal_basis": ("1. UU 25/2009 tentang Pelayanan Publik\n"
                        "2. PermenPANRB 15/2014 tentang Pedoman Standar Pelayanan\n"
                        f"3. Peraturan Bupati Contoh tentang Tugas dan Fungsi {agency}"),
        "facilities": ("Ruang tunggu ber-AC, loket pelayanan, papan informasi, kursi roda, "
                       "toilet (termasuk untuk disabilitas), area parkir"),
        "staff_competence": ("Pendidikan minimal SMA/sederajat; memahami SOP dan standar "
                             "pelayanan; telah mengikuti pelatihan pelayanan prima"),
        "internal_supervision": (f"Pengawasan oleh atasan langsung di {unit} dan Sistem "
                                 "Pengendalian Intern Pemerintah (SPIP) OPD"),
        "staff_count": f"{staff} orang pelaksana",
        "service_guarantee": ("Pelayanan diberikan sesuai standar ini; bila tidak sesuai, "
                              "pengguna berhak menyampaikan pengaduan dan mendapat tanggapan "
                              "paling lambat 5 hari kerja."),
        "security_guarantee": ("Data pribadi pemohon dijaga kerahasiaannya; lingkungan "
                               "pelayanan aman, bersih, dan dilengkapi alat pemadam api ringan."),
        "staff_evaluation": ("Evaluasi kinerja pelaksana setiap semester melalui SKP dan hasil "
                             "Survei Kepuasan Masyarakat."),
    }


MAKLUMAT = ("Dengan ini kami, seluruh pegawai {unit}, menyatakan sanggup menyelenggarakan "
            "pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati "
            "janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang "
            "berlaku.")
