"""XLSX of a unit's auto-filled indicators (through pantau.spreadsheets)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from pantau.compliance.selectors.autofill import InstrumentRows
from pantau.spreadsheets.writer import Column, Table


def auto_facts_table(groups: Iterable[InstrumentRows], *, unit_name: str, year: int) -> Table:
    """A unit's auto-filled indicators of a year: the fact, its score and the answer stored."""
    return Table(
        title=_("Indikator yang terisi otomatis — %(unit)s, %(year)s")
        % {"unit": unit_name, "year": year},
        sheet_name=_("Terisi otomatis"),
        notes=[_("Nilai dari sumber: terpenuhi = nilai tertinggi, tidak terpenuhi = nilai "
                 "terendah, sebagian = sebanding, dibulatkan ke bawah.")],
        columns=[Column(_("Instrumen"), 28), Column(_("Kode"), 12), Column(_("Indikator"), 40),
                 Column(_("Sumber"), 26), Column(_("Fakta"), 60),
                 Column(_("Terpenuhi (%)"), 12, "0.00"), Column(_("Nilai dari sumber"), 10),
                 Column(_("Nilai operator"), 10), Column(_("Nilai evaluator"), 10),
                 Column(_("Keterangan"), 30)],
        rows=([group.instrument.name, row.indicator.code, row.indicator.text,
               row.fact.label, row.fact.text, row.fact.percent, row.fact.score,
               row.answer.operator_score if row.answer else None,
               row.answer.evaluator_score if row.answer else None, row.state_text]
              for group in groups for row in group.rows),
    )
