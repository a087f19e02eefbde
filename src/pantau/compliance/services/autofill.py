"""Operator scores of the indicators other modules already know, written from those modules.

``answers_autofill`` fills one unit for a year (the answer sheet runs it when it opens, for
whoever may answer; the button "Perbarui dari SKM dan standar pelayanan" runs it again),
``answers_autofill_region`` every unit the year is assessed on (per assessor: its lokus units,
else every active unit; Ombudsman on the Ombudsman version of the year, KemenPAN-RB on PEKPPP).
Each writes, on the instrument version that applies to the year, the score of each fact
(``selectors.auto_facts``) as the operator's score with ``filled_from`` = the source, and
leaves alone:

- an answer the evaluator has scored (the review stays as it was reviewed);
- an answer whose operator typed a score themselves (``filled_from`` empty): their word wins,
  the page still shows the fact beside it.

Idempotent: a second call with nothing changed in SKM or the register writes nothing; any change
is one transaction and one audit event (``compliance.answers.autofilled``) with the scores
before and after.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.compliance.models import Answer, Family, Instrument, InstrumentIndicator
from pantau.compliance.selectors.assessment import assessment_tracks, track_units
from pantau.compliance.selectors.auto_facts import AutoFact, auto_facts
from pantau.compliance.selectors.instruments import instrument_for_year
from pantau.tenancy.models import Region, ServiceUnit


@dataclass(frozen=True)
class AutofillResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # scored by the evaluator or typed by the operator: left alone

    @property
    def changed(self) -> int:
        return self.created + self.updated

    @property
    def message(self) -> str:
        if not self.changed:
            return _("Nilai dari SKM dan standar pelayanan sudah mutakhir; tidak ada yang "
                     "berubah.")
        return _("%(changed)s jawaban diperbarui dari SKM dan standar pelayanan "
                 "(%(kept)s jawaban yang sudah direviu atau diisi sendiri tidak diubah).") % {
            "changed": self.changed, "kept": self.kept}


def _instruments(region: Region, year: int, families: Iterable[str]) -> list[Instrument]:
    found = (instrument_for_year(region=region, family=family, year=year)
             for family in families)
    return [instrument for instrument in found if instrument is not None]


def answers_autofill(*, actor: Any, region: Region, year: int, unit: ServiceUnit,
                     family: str | None = None) -> AutofillResult:
    """Fills ``unit``'s answers of ``year`` from SKM and the register, on every family's
    version for the year (or only ``family``'s)."""
    if unit.region_id != region.pk:
        raise ValidationError(_("Unit layanan ini bukan milik Pemda ini."))
    families = [Family(family)] if family else list(Family)
    targets = {instrument: [unit] for instrument in _instruments(region, year, families)}
    return _fill(actor=actor, region=region, year=year, targets=targets, audit_obj=unit)


def answers_autofill_region(*, actor: Any, region: Region, year: int) -> AutofillResult:
    """Fills every unit the year is self-assessed on, each on its assessor's version: the
    lokus units where a lokus is in force, else every active unit (as the answer pages)."""
    targets: dict[Instrument, list[ServiceUnit]] = {}
    for track in assessment_tracks(region=region, year=year):
        if track.instrument is not None:
            units = track_units(region=region, track=track)
            if units:
                targets[track.instrument] = units
    return _fill(actor=actor, region=region, year=year, targets=targets, audit_obj=None)


def _fill(*, actor: Any, region: Region, year: int,
          targets: dict[Instrument, list[ServiceUnit]], audit_obj: Any) -> AutofillResult:
    if not targets:
        return AutofillResult()
    indicators = list(InstrumentIndicator.objects.filter(
        region=region, instrument__in=list(targets)).exclude(auto_source="")
        .order_by("instrument_id", "dimension__position", "position"))
    units = list({unit.pk: unit for group in targets.values() for unit in group}.values())
    with transaction.atomic():
        facts = auto_facts(region=region, year=year, units=units, indicators=indicators)
        existing = {(a.unit_id, a.indicator_id): a for a in Answer.objects.select_for_update()
                    .filter(region=region, year=year, unit__in=units, indicator__in=indicators)}
        work = _Work(actor=actor, now=timezone.now())
        for instrument, group in targets.items():
            own = [i for i in indicators if i.instrument_id == instrument.pk]
            for unit in group:
                for indicator in own:
                    fact = facts.get((unit.pk, indicator.pk))
                    if fact is not None:
                        work.apply(existing.get((unit.pk, indicator.pk)), fact, region=region,
                                   year=year, unit=unit, indicator=indicator,
                                   label=indicator.code if audit_obj is not None
                                   else f"{unit.name} · {indicator.code}")
        Answer.objects.bulk_create(work.new, ignore_conflicts=True)
        Answer.objects.bulk_update(work.changed, ["operator_score", "filled_from",
                                                  "answered_at", "answered_by"])
        if work.changes:
            audit_record(actor=actor, action="compliance.answers.autofilled", obj=audit_obj,
                         region=region, changes=work.changes,
                         note=_("Tahun %(year)s") % {"year": year})
    return AutofillResult(len(work.new), len(work.changed), work.unchanged, work.kept)


class _Work:
    """The answers to create and update, and the audit changes, of one fill."""

    def __init__(self, *, actor: Any, now: Any) -> None:
        self.user = actor if getattr(actor, "pk", None) else None
        self.now = now
        self.new: list[Answer] = []
        self.changed: list[Answer] = []
        self.changes: dict[str, list[Any]] = {}
        self.unchanged = 0
        self.kept = 0

    def apply(self, answer: Answer | None, fact: AutoFact, *, region: Region, year: int,
              unit: ServiceUnit, indicator: InstrumentIndicator, label: str) -> None:
        if answer is None:
            self.new.append(Answer(
                region=region, year=year, unit=unit, instrument_id=indicator.instrument_id,
                indicator=indicator, operator_score=fact.score, filled_from=fact.source,
                answered_at=self.now, answered_by=self.user))
            self.changes[label] = [None, fact.score]
            return
        if answer.evaluator_score is not None or (
                not answer.filled_from and answer.operator_score is not None):
            self.kept += 1
            return
        if answer.operator_score == fact.score and answer.filled_from == fact.source:
            self.unchanged += 1
            return
        self.changes[label] = [answer.operator_score, fact.score]
        answer.operator_score, answer.filled_from = fact.score, fact.source
        answer.answered_at, answer.answered_by = self.now, self.user
        self.changed.append(answer)

