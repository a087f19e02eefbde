"""The lokus units as XLSX (through pantau.spreadsheets), with the draw's candidate list."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from pantau.compliance.models import Lokus, LokusReason, LokusUnit
from pantau.spreadsheets.writer import Column, Table


def lokus_units_table(lokus: Lokus, rows: Iterable[LokusUnit], *,
                      region_name: str) -> tuple[Table, Table]:
    """The lokus units in order with their reason and OPD; the ordered candidate list of the
    draw with what was drawn, on a second sheet."""
    rows = list(rows)
    drawn_order = {row.unit_id: n for n, row in enumerate(
        (r for r in rows if r.reason == LokusReason.DRAWN), start=1)}
    title = _("%(lokus)s — %(region)s") % {"lokus": lokus, "region": region_name}
    notes = [_("Status: %(status)s. Benih undian: %(seed)s; diundi %(count)s dari %(total)s "
               "calon: random.Random(benih).sample(calon, %(count)s).")
             % {"status": lokus.get_status_display(), "seed": lokus.seed or "—",
                "count": lokus.draw_count, "total": len(lokus.candidates)}]
    units = Table(
        title=title, sheet_name=_("Unit lokus"), notes=notes,
        columns=[Column(_("No."), 6), Column(_("Unit layanan"), 40), Column(_("Jenis"), 22),
                 Column(_("OPD"), 40), Column(_("Alasan"), 28)],
        rows=([row.position, row.unit.name, row.unit.get_kind_display(), row.unit.agency.name,
               row.get_reason_display()] for row in rows))
    candidates = Table(
        title=title, sheet_name=_("Daftar calon undian"), notes=notes,
        columns=[Column(_("Urutan calon"), 10), Column(_("Unit layanan"), 40),
                 Column(_("Id unit"), 10), Column(_("Urutan terundi"), 12)],
        rows=([n, c["name"], c["id"], drawn_order.get(c["id"], "")]
              for n, c in enumerate(lokus.candidates, start=1)))
    return units, candidates
