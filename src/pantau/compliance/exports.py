"""XLSX tables of the compliance module (through pantau.spreadsheets)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

from pantau.compliance.models import COMPONENTS, OfficialResult
from pantau.compliance.selectors.standards import Register, Tally
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


def standards_table(data: Register, *, region_name: str) -> list[Table]:
    """The register as two sheets: each product's standard (with the 14 texts), and the
    completeness per unit and OPD (and the Pemda when every OPD is in it)."""
    yes = _("Ya")
    products = Table(
        title=_("Register standar pelayanan — %(region)s") % {"region": region_name},
        sheet_name=_("Standar per produk"),
        notes=[_("Kelengkapan = komponen terisi dari 14 komponen UU 25/2009 pasal 21. "
                 "“Perlu ditinjau” = tidak ditinjau atau ditetapkan dalam 12 bulan terakhir.")],
        columns=[Column(_("OPD"), 28), Column(_("Unit layanan"), 28),
                 Column(_("Produk layanan"), 28), Column(_("Komponen terisi"), 10),
                 Column(_("Kelengkapan (%)"), 12, "0.00"), Column(_("Tanggal penetapan"), 14),
                 Column(_("Nomor keputusan"), 24), Column(_("Dipajang di loket"), 10),
                 Column(_("Publikasi daring"), 10), Column(_("Alamat daring"), 30),
                 Column(_("Peninjauan terakhir"), 14), Column(_("Perlu ditinjau"), 10),
                 Column(_("Melibatkan masyarakat"), 12),
                 *(Column(str(c.label), 40) for c in COMPONENTS)],
        rows=([agency.agency.name, unit.unit.name, line.product.name, line.filled,
               line.completeness, line.standard.enacted_on if line.standard else None,
               line.standard.decree if line.standard else "", yes if line.at_counter else "",
               yes if line.online else "", line.standard.online_url if line.standard else "",
               line.reviewed_on, yes if line.review_due else "",
               yes if line.standard and line.standard.public_involved else "",
               *((getattr(line.standard, c.field) if line.standard else "")
                 for c in COMPONENTS)]
              for agency in data.agencies for unit in agency.units for line in unit.products),
    )
    summary_rows: list[list[Any]] = []
    for agency in data.agencies:
        summary_rows.append([agency.agency.name, "", *_tally_cells(agency.tally), ""])
        for unit in agency.units:
            summary_rows.append([agency.agency.name, unit.unit.name, *_tally_cells(unit.tally),
                                 unit.maklumat_label])
    if data.whole_region:
        summary_rows.append([_("Pemda"), "", *_tally_cells(data.tally), ""])
    summary = Table(
        title=_("Kelengkapan standar pelayanan per unit dan OPD — %(region)s")
        % {"region": region_name},
        sheet_name=_("Kelengkapan"),
        columns=[Column(_("OPD"), 28), Column(_("Unit layanan"), 28),
                 Column(_("Produk layanan"), 10), Column(_("Komponen terisi"), 10),
                 Column(_("Komponen seharusnya"), 12), Column(_("Kelengkapan (%)"), 12, "0.00"),
                 Column(_("Produk lengkap"), 10), Column(_("Ditetapkan"), 10),
                 Column(_("Dipajang"), 10), Column(_("Perlu ditinjau"), 10),
                 Column(_("Maklumat"), 24)],
        rows=summary_rows,
    )
    return [products, summary]


def _tally_cells(tally: Tally) -> list[Any]:
    return [tally.products, tally.filled, tally.expected, tally.completeness, tally.complete,
            tally.enacted, tally.displayed, tally.review_due]

