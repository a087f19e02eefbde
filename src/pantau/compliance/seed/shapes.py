"""The shape of a seeded instrument: plain data, no Django, copied into each Pemda's tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from pantau.scoring.methods import Band

# Source statuses (values of compliance.models.SourceStatus).
OFFICIAL = "official"
SEVERAL = "several"
ONE = "one"
NOT_FOUND = "not_found"


# Rows of the PEKPPP tables: (official code, text, weight %, levels 0..5, evidence, unsur, note);
# Kebijakan rows carry (code, text, status, levels, evidence, unsur, note, auto source).
PekpppRow = tuple[str, str, str, tuple[str, ...], str, tuple[str, ...], str]
PolicyRow = tuple[str, str, str, tuple[str, ...], str, tuple[str, ...], str, str]


@dataclass(frozen=True)
class IndicatorSeed:
    code: str
    text: str
    status: str
    weight: Decimal = Decimal(1)
    group: str = ""
    levels: tuple[str, ...] = ()  # meaning of each score from answer_min up; () = unknown
    evidence: str = ""
    checklist: tuple[str, ...] = ()
    note: str = ""
    auto_source: str = ""


@dataclass(frozen=True)
class DimensionSeed:
    code: str
    name: str
    weight: Decimal  # points of 100
    status: str
    indicators: tuple[IndicatorSeed, ...]
    note: str = ""
    user_items: tuple[str, ...] = ()  # questions for service users (PEKPPP F-03)


@dataclass(frozen=True)
class CategorySeed:
    band: Band
    status: str


@dataclass(frozen=True)
class InstrumentSeed:
    key: str
    family: str
    year_from: int
    name: str
    note: str
    answer_min: int
    answer_max: int
    dimensions: tuple[DimensionSeed, ...]
    categories: tuple[CategorySeed, ...]
    shares: dict[str, Decimal] = field(default_factory=dict)  # Instrument fields → value
