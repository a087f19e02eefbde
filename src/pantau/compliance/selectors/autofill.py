"""A unit's auto-filled indicators for a year, per instrument version: the fact, the score it
gives and the answer stored (for the page of the facts and its XLSX)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from pantau.compliance.models import Answer, Family, Instrument, InstrumentIndicator
from pantau.compliance.selectors.auto_facts import AutoFact, auto_facts
from pantau.compliance.selectors.instruments import instrument_for_year


@dataclass(frozen=True)
class AutoRow:
    indicator: InstrumentIndicator
    fact: AutoFact
    answer: Answer | None

    @property
    def state(self) -> str:
        """current | stale | reviewed | own | empty (see ``state_text``)."""
        answer = self.answer
        if answer is None or (answer.operator_score is None and answer.evaluator_score is None):
            return "empty"
        if answer.evaluator_score is not None:
            return "reviewed"
        if not answer.filled_from:
            return "own"
        if answer.operator_score == self.fact.score and answer.filled_from == self.fact.source:
            return "current"
        return "stale"

    @property
    def state_text(self) -> str:
        return {
            "empty": _("Belum terisi"),
            "reviewed": _("Sudah direviu evaluator: tidak diubah"),
            "own": _("Diisi sendiri oleh operator: tidak diubah"),
            "current": _("Terisi dari sumber, mutakhir"),
            "stale": _("Sumber berubah: perlu diperbarui"),
        }[self.state]


@dataclass(frozen=True)
class InstrumentRows:
    instrument: Instrument
    rows: list[AutoRow]

    @property
    def stale(self) -> int:
        return sum(1 for row in self.rows if row.state in {"empty", "stale"})


def unit_autofill_rows(*, region: Any, year: int, unit: Any) -> list[InstrumentRows]:
    """Per family's version for ``year``: its auto-filled indicators with fact and answer."""
    instruments = [i for i in (instrument_for_year(region=region, family=f, year=year)
                               for f in Family) if i is not None]
    indicators = list(InstrumentIndicator.objects.filter(
        region=region, instrument__in=instruments).exclude(auto_source="")
        .order_by("dimension__position", "position"))
    facts = auto_facts(region=region, year=year, units=[unit], indicators=indicators)
    answers = {a.indicator_id: a for a in Answer.objects.filter(
        region=region, year=year, unit=unit, indicator__in=indicators)}
    result = []
    for instrument in instruments:
        rows = [AutoRow(i, facts[unit.pk, i.pk], answers.get(i.pk)) for i in indicators
                if i.instrument_id == instrument.pk and (unit.pk, i.pk) in facts]
        if rows:
            result.append(InstrumentRows(instrument, rows))
    return result

