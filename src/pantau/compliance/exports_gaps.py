"""XLSX of the gap list and of the gap actions (through pantau.spreadsheets)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.utils.translation import gettext as _

from pantau.compliance.models import Assessor, GapAction
from pantau.compliance.selectors.gaps import GapList, GapRow
from pantau.spreadsheets.writer import Column, Table


def gap_table(found: GapList, rows: Sequence[GapRow], *, region_name: str) -> Table:
    prediction = found.prediction
    pekppp = found.assessor == Assessor.KEMENPANRB
    figure = getattr(prediction, "index", None) if pekppp else getattr(prediction, "score", None)
    notes = [_("Tahun %(year)s, %(assessor)s. Nilai prediksi Pemda: %(figure)s.") % {
        "year": found.year, "assessor": Assessor(found.assessor).label,
        "figure": figure if figure is not None else "—"}]
    if found.target is not None:
        notes.append(_("Perbaiki %(count)s celah teratas untuk mencapai %(target)s.") % {
            "count": found.fixes, "target": found.target_name} if found.fixes is not None
            else _("Memperbaiki semua celah belum cukup untuk mencapai %(target)s.")
            % {"target": found.target_name})
    notes.append(_("Indikator yang belum dijawab dihitung dengan nilai terendah."))
    columns = [Column(_("Peringkat"), 10), Column(_("OPD"), 28), Column(_("Unit layanan"), 30),
               Column(_("Aspek") if pekppp else _("Dimensi"), 24), Column(_("Kode"), 10),
               Column(_("Indikator"), 60), Column(_("Nilai sekarang"), 12),
               Column(_("Nilai tertinggi"), 12), Column(_("Dijawab"), 10),
               Column(_("Tambahan nilai Pemda"), 14, "0.00")]
    if pekppp:
        columns.append(Column(_("Tambahan indeks unit (F-02)"), 14, "0.00"))
    columns += [Column(_("Termasuk celah teratas"), 12), Column(_("Tindakan"), 40)]
    return Table(
        title=_("Daftar celah penilaian kepatuhan — %(region)s") % {"region": region_name},
        sheet_name=_("Daftar celah"), notes=notes, columns=columns,
        rows=([r.rank, r.unit.agency.name, r.unit.name, r.group_name, r.indicator.code,
               r.indicator.text, r.score, r.top, _("Ya") if r.row.answered else _("Belum"),
               r.points, *([r.unit_points] if pekppp else []),
               _("Ya") if r.in_fix_set else "",
               "; ".join(f"{a.title} ({a.get_status_display()})" for a in r.actions)]
              for r in rows),
    )


def action_table(actions: Iterable[GapAction], *, region_name: str) -> Table:
    return Table(
        title=_("Tindakan perbaikan celah — %(region)s") % {"region": region_name},
        sheet_name=_("Tindakan"),
        columns=[Column(_("Tahun"), 8), Column(_("OPD penanggung jawab"), 28),
                 Column(_("Unit layanan"), 30), Column(_("Kode"), 10),
                 Column(_("Indikator"), 50), Column(_("Tindakan"), 40), Column(_("Tenggat"), 12),
                 Column(_("Status"), 16), Column(_("Terlambat"), 10), Column(_("Catatan"), 40),
                 Column(_("Bukti"), 24)],
        rows=([a.year, a.owner.name, a.unit.name, a.indicator.code, a.indicator.text, a.title,
               a.due_date, a.get_status_display(),
               _("Ya") if getattr(a, "is_overdue", False) else "", a.note, a.evidence_name]
              for a in actions),
    )
