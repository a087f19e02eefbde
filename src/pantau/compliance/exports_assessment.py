"""XLSX of the self-assessment overview: per assessor and unit, answered, reviewed, total."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from pantau.compliance.selectors.assessment import SheetDimension, TrackOverview
from pantau.spreadsheets.writer import Column, Table


def assessment_progress_table(overviews: Iterable[TrackOverview], *, year: int,
                              region_name: str) -> Table:
    rows = [[o.track.label, _("lokus") if o.track.lokus else _("semua unit aktif"),
             p.unit.agency.name, p.unit.name, p.answered, p.total, p.reviewed]
            for o in overviews for p in o.rows]
    return Table(
        title=_("Penilaian mandiri %(year)s — %(region)s")
        % {"year": year, "region": region_name},
        sheet_name=_("Penilaian mandiri"),
        notes=[_("Unit yang dinilai: unit lokus bila lokus sudah ditetapkan, selain itu semua "
                 "unit layanan aktif.")],
        columns=[Column(_("Instrumen"), 34), Column(_("Dasar unit"), 16), Column(_("OPD"), 30),
                 Column(_("Unit layanan"), 30), Column(_("Terjawab"), 10),
                 Column(_("Jumlah indikator"), 12), Column(_("Direviu"), 10)],
        rows=rows,
    )


def unit_sheet_table(dimensions: Iterable[SheetDimension], *, unit_name: str, label: str,
                     year: int) -> Table:
    """Every indicator of a unit's sheet with both scores, both notes and the evidence name."""
    rows = []
    for group in dimensions:
        for row in group.rows:
            answer = row.answer
            rows.append([
                group.dimension.name, row.indicator.code, row.indicator.text,
                answer.operator_score if answer else None,
                answer.operator_note if answer else "",
                answer.evidence_name if answer else "",
                row.indicator.get_auto_source_display() if row.indicator.auto_source else "",
                answer.evaluator_score if answer else None,
                answer.evaluator_note if answer else "",
                answer.score if answer else None,
            ])
    return Table(
        title=_("Penilaian mandiri %(unit)s — %(label)s %(year)s")
        % {"unit": unit_name, "label": label, "year": year},
        sheet_name=_("Jawaban"),
        notes=[_("Nilai yang dihitung: nilai evaluator bila ada, selain itu nilai operator; "
                 "indikator tanpa nilai dihitung nilai terendah.")],
        columns=[Column(_("Dimensi/aspek"), 26), Column(_("Kode"), 10),
                 Column(_("Indikator"), 50), Column(_("Nilai operator"), 10),
                 Column(_("Catatan operator"), 36), Column(_("Bukti"), 24),
                 Column(_("Diisi dari"), 24), Column(_("Nilai evaluator"), 10),
                 Column(_("Catatan evaluator"), 36), Column(_("Nilai dihitung"), 10)],
        rows=rows,
    )
