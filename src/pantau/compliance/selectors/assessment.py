"""Self-assessment reads: which version and units a year is assessed on (per assessor), each
unit's progress, and a unit's answer sheet (indicators by dimension, with options and answers).

A year is assessed on the version that applies to it (``instrument_for_year``), the same one
the predictions compute with; answers given on an older version stay stored with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Prefetch, Q

from pantau.compliance.methods import family_years
from pantau.compliance.models import (
    FAMILY_ASSESSOR,
    Answer,
    Assessor,
    IndicatorOption,
    Instrument,
    InstrumentDimension,
    InstrumentIndicator,
    Lokus,
)
from pantau.compliance.selectors.auto_facts import AutoFact, auto_facts
from pantau.compliance.selectors.instruments import instrument_for_year
from pantau.compliance.selectors.lokus import lokus_active, lokus_units
from pantau.tenancy.models import ServiceUnit

# The URL's word for each assessor's self-assessment.
TRACK_SLUGS = {"ombudsman": Assessor.OMBUDSMAN, "pekppp": Assessor.KEMENPANRB}


@dataclass(frozen=True)
class Track:
    """One assessor's self-assessment of a year: the version it is answered on and its lokus."""

    slug: str
    assessor: str
    family: str | None
    instrument: Instrument | None
    lokus: Lokus | None

    @property
    def label(self) -> str:
        return str(self.instrument.get_family_display()) if self.instrument else self.slug


def assessed_instrument(*, region: Any, family: str, year: int) -> Instrument | None:
    return instrument_for_year(region=region, family=family, year=year)


def track_family(*, assessor: str, year: int) -> str | None:
    """The assessor's instrument family whose years cover ``year``."""
    for family, owner in FAMILY_ASSESSOR.items():
        if owner == assessor and family_years(family).covers(year):
            return str(family)
    return None


def assessment_track(*, region: Any, year: int, slug: str) -> Track | None:
    assessor = TRACK_SLUGS.get(slug)
    if assessor is None:
        return None
    family = track_family(assessor=assessor, year=year)
    instrument = (assessed_instrument(region=region, family=family, year=year)
                  if family else None)
    return Track(slug, assessor, family, instrument,
                 lokus_active(region=region, year=year, assessor=assessor))


def assessment_tracks(*, region: Any, year: int) -> list[Track]:
    tracks = (assessment_track(region=region, year=year, slug=slug) for slug in TRACK_SLUGS)
    return [track for track in tracks if track is not None]


def track_units(*, region: Any, track: Track) -> list[ServiceUnit]:
    """The lokus units in drawn order when a lokus is in force, else every active unit."""
    if track.lokus is not None:
        return lokus_units(lokus=track.lokus)
    return list(ServiceUnit.objects.filter(region=region, is_active=True)
                .select_related("agency").order_by("agency__name", "name"))


@dataclass(frozen=True)
class UnitProgress:
    unit: ServiceUnit
    answered: int
    reviewed: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 0


@dataclass(frozen=True)
class TrackOverview:
    track: Track
    rows: list[UnitProgress]
    hidden: int  # units of other OPDs the user may not see


def assessment_overview(*, region: Any, year: int, user: Any) -> list[TrackOverview]:
    """Per assessor the units to assess that ``user`` may see, with answered/total/reviewed."""
    tracks = assessment_tracks(region=region, year=year)
    instruments = [t.instrument for t in tracks if t.instrument is not None]
    totals = {row["instrument"]: row["n"] for row in
              InstrumentIndicator.objects.filter(instrument__in=instruments)
              .values("instrument").annotate(n=Count("pk"))}
    counts: dict[tuple[int, int], Any] = {
        (row["instrument"], row["unit"]): row
        for row in Answer.objects.filter(region=region, year=year, instrument__in=instruments)
        .values("instrument", "unit").annotate(
            answered=Count("pk", filter=Q(operator_score__isnull=False)
                           | Q(evaluator_score__isnull=False)),
            reviewed=Count("pk", filter=Q(reviewed_at__isnull=False)))
    }
    overviews = []
    for track in tracks:
        units = track_units(region=region, track=track)
        visible = [u for u in units if user.has_perm("compliance.view_unit", u)]
        pk = track.instrument.pk if track.instrument else 0
        rows = []
        for unit in visible:
            found = counts.get((pk, unit.pk), {})
            rows.append(UnitProgress(unit, found.get("answered", 0), found.get("reviewed", 0),
                                     totals.get(pk, 0)))
        overviews.append(TrackOverview(track, rows, len(units) - len(visible)))
    return overviews


def indicator_scores(indicator: InstrumentIndicator) -> list[int]:
    """The scores an indicator may be given: its options, else the version's whole scale."""
    scores = sorted(option.score for option in indicator.options.all())
    if scores:
        return scores
    instrument = indicator.instrument
    return list(range(instrument.answer_min, instrument.answer_max + 1))


@dataclass
class SheetRow:
    """One indicator of the sheet with its options and the unit's answer (None: unanswered)."""

    indicator: InstrumentIndicator
    options: list[IndicatorOption]
    answer: Answer | None
    fact: AutoFact | None = None  # what another module knows of a filled indicator

    @property
    def scores(self) -> list[int]:
        return [option.score for option in self.options]

    @property
    def is_filled(self) -> bool:
        return bool(self.indicator.auto_source)

    @property
    def status(self) -> str:
        if self.answer is None or self.answer.score is None:
            return "empty"
        return "reviewed" if self.answer.reviewed_at else "answered"


@dataclass
class SheetDimension:
    dimension: InstrumentDimension
    rows: list[SheetRow] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return sum(1 for row in self.rows if row.status != "empty")


def _options_of(instrument: Instrument, indicators: Iterable[InstrumentIndicator],
                options: list[IndicatorOption]) -> dict[int, list[IndicatorOption]]:
    """Options by indicator; an indicator without stored options gets the bare scale."""
    by_indicator: dict[int, list[IndicatorOption]] = {}
    for option in options:
        by_indicator.setdefault(option.indicator_id, []).append(option)
    scale = [IndicatorOption(score=score) for score in
             range(instrument.answer_min, instrument.answer_max + 1)]
    return {i.pk: by_indicator.get(i.pk, scale) for i in indicators}


def unit_sheet(*, region: Any, unit: ServiceUnit, instrument: Instrument,
               year: int) -> list[SheetDimension]:
    """Every dimension of the version in order with its indicators, options, the unit's
    answers of ``year`` and what other modules know of the filled indicators: a fixed number
    of queries whatever the size of the version."""
    dimensions = list(InstrumentDimension.objects.filter(instrument=instrument)
                      .order_by("position"))
    indicators = list(InstrumentIndicator.objects.filter(instrument=instrument)
                      .order_by("dimension__position", "position"))
    options = _options_of(instrument, indicators, list(
        IndicatorOption.objects.filter(indicator__instrument=instrument).order_by("score")))
    answers = {a.indicator_id: a for a in
               Answer.objects.filter(unit=unit, year=year, instrument=instrument)}
    facts = auto_facts(region=region, year=year, units=[unit], indicators=indicators)
    sheet = {d.pk: SheetDimension(d) for d in dimensions}
    for indicator in indicators:
        indicator.instrument = instrument
        sheet[indicator.dimension_id].rows.append(
            SheetRow(indicator, options[indicator.pk], answers.get(indicator.pk),
                     facts.get((unit.pk, indicator.pk))))
    return list(sheet.values())


def sheet_row(*, region: Any, unit: ServiceUnit, indicator: InstrumentIndicator, year: int,
              answer: Answer | None = None) -> SheetRow:
    """One row of the sheet, to re-render it after a save (``answer``: the one just saved)."""
    options = sorted(indicator.options.all(), key=lambda option: option.score)  # prefetched
    scale = options or [IndicatorOption(score=score) for score in range(
        indicator.instrument.answer_min, indicator.instrument.answer_max + 1)]
    if answer is None:
        answer = Answer.objects.filter(unit=unit, indicator=indicator, year=year).first()
    facts = (auto_facts(region=region, year=year, units=[unit], indicators=[indicator])
             if indicator.auto_source else {})
    return SheetRow(indicator, scale, answer, facts.get((unit.pk, indicator.pk)))


def sheet_indicator(*, instrument: Instrument, indicator_id: int) -> InstrumentIndicator | None:
    """An indicator of ``instrument`` (with its dimension and options), or None."""
    return (InstrumentIndicator.objects.filter(instrument=instrument, pk=indicator_id)
            .select_related("dimension", "instrument")
            .prefetch_related(Prefetch("options", queryset=IndicatorOption.objects
                                       .order_by("score"))).first())
