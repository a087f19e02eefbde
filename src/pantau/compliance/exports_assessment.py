"""XLSX of the self-assessment overview: per assessor and unit, answered, reviewed, total."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from pantau.compliance.selectors.assessment import TrackOverview
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
