"""Instrument versions of a Pemda: which applies to a year, what each holds, whether it is used."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Prefetch
from django.utils.translation import gettext as _

from pantau.compliance.methods import family_years
from pantau.compliance.models import (
    Answer,
    Family,
    IndicatorOption,
    Instrument,
    InstrumentDimension,
    InstrumentIndicator,
)


@dataclass(frozen=True)
class VersionRow:
    instrument: Instrument
    first_year: int | None  # None: replaced by a later version from the same year
    last_year: int | None  # None: open-ended
    answers: int

    @property
    def is_frozen(self) -> bool:
        return self.answers > 0

    @property
    def years_text(self) -> str:
        if self.first_year is None:
            return _("diganti versi yang lebih baru")
        if self.last_year is None:
            return _("sejak %(year)s") % {"year": self.first_year}
        if self.last_year == self.first_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"


@dataclass(frozen=True)
class FamilyRows:
    family: str
    label: str
    versions: list[VersionRow]


def instrument_versions(*, region: Any) -> list[FamilyRows]:
    """Every version per family (newest first) with the years it applies to and its answers."""
    instruments = list(
        Instrument.objects.filter(region=region).annotate(answer_count=Count("answers"))
        .order_by("family", "year_from", "version"))
    families = []
    for family in Family:
        own = [i for i in instruments if i.family == family]
        rows = [VersionRow(i, *_years(i, own), i.answer_count)
                for i in own]
        families.append(FamilyRows(family.value, str(family.label), rows[::-1]))
    return families


def _years(instrument: Instrument, family: Sequence[Instrument]) -> tuple[int | None, int | None]:
    """First and last year ``instrument`` applies to, among its family's versions."""
    covered = family_years(instrument.family)
    later = [i for i in family if (i.year_from, i.version) > (instrument.year_from,
                                                              instrument.version)]
    if any(i.year_from == instrument.year_from for i in later):
        return None, None
    last = min((i.year_from for i in later), default=None)
    end = last - 1 if last is not None else covered.last
    return instrument.year_from, end


def instrument_for_year(*, region: Any, family: str, year: int) -> Instrument | None:
    """The version that applies to ``year``: the latest start on or before it, newest version."""
    if not family_years(family).covers(year):
        return None
    return (Instrument.objects.filter(region=region, family=family, year_from__lte=year)
            .order_by("-year_from", "-version").first())


def instrument_answer_count(*, instrument: Instrument) -> int:
    return Answer.objects.filter(instrument=instrument).count()


def instrument_structure(*, instrument: Instrument) -> list[InstrumentDimension]:
    """Dimensions in order, each with ``indicators`` (in order, each with ``options``)."""
    indicators = InstrumentIndicator.objects.order_by("position").prefetch_related(
        Prefetch("options", queryset=IndicatorOption.objects.order_by("score")))
    return list(instrument.dimensions.order_by("position").prefetch_related(
        Prefetch("indicators", queryset=indicators),
        Prefetch("user_items")))
