"""XLSX tables of the compliance module (through pantau.spreadsheets)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from pantau.compliance.models import OfficialResult
from pantau.spreadsheets.writer import Column, Table


def official_results_table(rows: Iterable[OfficialResult], *, region_name: str) -> Table:
    return Table(
        title=_("Hasil resmi penilaian kepatuhan pelayanan — %(region)s")
        % {"region": region_name},
        sheet_name=_("Hasil resmi"),
        notes=[_("Kategori dan zona dihitung dari nilai menurut metode tahunnya; opini Ombudsman "
                 "sejak 2025 dicatat seperti diterbitkan.")],
        columns=[Column(_("Tahun"), 8), Column(_("Penilai"), 16), Column(_("Pemda/unit"), 30),
                 Column(_("Nilai/indeks"), 12, "0.00"), Column(_("Kategori"), 10),
                 Column(_("Zona"), 10), Column(_("Predikat/opini"), 26),
                 Column(_("Tanpa maladministrasi"), 12), Column(_("Opini/catatan penilai"), 40),
                 Column(_("Sumber"), 40)],
        rows=([r.year, r.get_assessor_display(), r.unit.name if r.unit else _("Pemda"),
               r.score, r.grade, r.zone, r.label,
               _("Ya") if r.without_maladministration else "", r.opinion,
               r.source_url or r.source_name] for r in rows),
    )
