"""What every official method is made of: facts with a status, the years it covers, a band table.

Family-specific data (SKM elements, Ombudsman dimensions, PEKPPP aspects, …) lives in subclasses
in ``pantau.scoring.definitions``; the calculations live in the family modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import Literal, NamedTuple, get_args

from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import NumberLike, format_number, round_half_up, to_decimal

Status = Literal["regulation", "practice", "open"]
Boundary = Literal["lower_inclusive", "lower_exclusive"]
STATUSES: tuple[Status, ...] = get_args(Status)
BOUNDARIES: tuple[Boundary, ...] = get_args(Boundary)

# What a reader sees instead of the codes (the one label map of the scoring package).
BOUNDARY_LABELS: dict[str, str] = {
    "lower_inclusive": "batas bawah termasuk (nilai tepat di batas masuk predikat di atasnya)",
    "lower_exclusive": "batas bawah tidak termasuk (nilai tepat di batas masuk predikat di "
    "bawahnya)",
}
FAMILY_LABELS: dict[str, str] = {
    "capaian": "capaian kinerja",
    "ombudsman": "penilaian kepatuhan Ombudsman",
    "pekppp": "PEKPPP",
    "sakip": "evaluasi SAKIP",
    "sampling": "ukuran sampel",
    "skm": "SKM",
}


@dataclass(frozen=True)
class Fact:
    """One thing the method states, and how sure we are of it.

    status: "regulation" (read in the regulation or official material), "practice" (consistent
    across published results or implementations) or "open" (unknown: configurable).
    """

    topic: str
    text: str
    status: Status

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ScoringError(
                f"Status fakta '{self.status}' tidak dikenal; pilihan: {', '.join(STATUSES)}."
            )


class Years(NamedTuple):
    """Years a method applies to; None means open-ended on that side."""

    first: int | None
    last: int | None

    def covers(self, year: int) -> bool:
        return (self.first is None or year >= self.first) and (
            self.last is None or year <= self.last
        )

    def __str__(self) -> str:
        if self.first is None and self.last is None:
            return "semua tahun"
        if self.last is None:
            return f"sejak {self.first}"
        if self.first is None:
            return f"sampai {self.last}"
        return f"{self.first}–{self.last}"


@dataclass(frozen=True)
class Band:
    """One row of a classification table; ``lower`` is None only for the last (catch-all) row."""

    lower: Decimal | None
    grade: str | None
    label: str
    zone: str | None = None


@dataclass(frozen=True, kw_only=True)
class Method:
    """A versioned official method: metadata plus (optionally) a classification table."""

    id: str
    family: str
    name: str
    legal_basis: str
    years: Years
    facts: tuple[Fact, ...]
    bands: tuple[Band, ...] = ()
    score_min: Decimal | None = None
    score_max: Decimal | None = None
    boundary: Boundary = "lower_inclusive"

    def __post_init__(self) -> None:
        _check_bands(self.id, self.bands)
        if self.boundary not in BOUNDARIES:
            raise ScoringError(f"Batas '{self.boundary}' tidak dikenal untuk metode {self.id}.")

    def covers(self, year: int) -> bool:
        return self.years.covers(year)

    @property
    def label(self) -> str:
        """How messages name the method: its family and years (ids are for code and data)."""
        return f"{FAMILY_LABELS.get(self.family, self.name)} {self.years}"

    def require_year(self, year: int) -> None:
        """Raise unless this method applies to ``year`` (for explicitly chosen methods)."""
        if isinstance(year, bool) or not isinstance(year, int):
            raise ScoringError(f"Tahun harus bilangan bulat, bukan {year!r}.")
        if not self.covers(year):
            raise ScoringError(f"Metode {self.label} tidak berlaku untuk tahun {year}.")

    def facts_with_status(self, status: Status) -> tuple[Fact, ...]:
        return tuple(fact for fact in self.facts if fact.status == status)

    def details(self) -> dict[str, object]:
        """Family-specific data for ``describe``; subclasses add theirs."""
        return {}

    def check_range(self, value: Decimal, shown: Decimal, field: str = "nilai") -> None:
        """Raise when ``value`` lies outside the method's range; ``shown`` is what the user gave."""
        low, high = self.score_min, self.score_max
        if (low is not None and value < low) or (high is not None and value > high):
            subject = field[:1].upper() + field[1:]
            raise ScoringError(
                f"{subject} {format_number(shown)} di luar rentang {_range_text(low, high)} "
                f"untuk {self.label}."
            )

    def band_for(self, rounded: Decimal, boundary: Boundary | None = None) -> Band:
        """The band a (rounded) score falls in; bands are ordered best first."""
        if not self.bands:
            raise ScoringError(f"Metode {self.id} tidak mempunyai tabel kategori.")
        rule = boundary or self.boundary
        if rule not in BOUNDARIES:
            raise ScoringError(f"Batas '{rule}' tidak dikenal; pilihan: {', '.join(BOUNDARIES)}.")
        for band in self.bands[:-1]:
            assert band.lower is not None  # guaranteed by _check_bands
            if rounded > band.lower or (rule == "lower_inclusive" and rounded == band.lower):
                return band
        return self.bands[-1]

    def classify_value(
        self, value: NumberLike, *, field: str = "nilai", boundary: Boundary | None = None
    ) -> tuple[Decimal, Band]:
        """Parse, round half-up to 2 decimals, check the range, then look the band up."""
        number = to_decimal(value, field)
        rounded = round_half_up(number)
        self.check_range(rounded, number, field)
        return rounded, self.band_for(rounded, boundary)

    def band_rank(self, band: Band) -> int:
        """0 for the best band; used to compare classifications."""
        return self.bands.index(band)


def _range_text(low: Decimal | None, high: Decimal | None) -> str:
    if low is not None and high is not None:
        return f"{format_number(low)}–{format_number(high)}"
    if low is not None:
        return f"≥ {format_number(low)}"
    return f"≤ {format_number(high)}" if high is not None else "bebas"


def _check_bands(method_id: str, bands: tuple[Band, ...]) -> None:
    if not bands:
        return
    if bands[-1].lower is not None:
        raise ScoringError(f"Baris terakhir tabel metode {method_id} harus tanpa batas bawah.")
    lowers = [band.lower for band in bands[:-1]]
    if any(lower is None for lower in lowers):
        raise ScoringError(
            f"Hanya baris terakhir tabel metode {method_id} boleh tanpa batas bawah."
        )
    known = [lower for lower in lowers if lower is not None]
    if any(upper <= lower for upper, lower in pairwise(known)):
        raise ScoringError(f"Batas bawah tabel metode {method_id} harus menurun tegas.")


def band_table(method: Method) -> list[dict[str, object]]:
    """The band table as plain rows (for describe() and the docs)."""
    return [
        {"lower": band.lower, "grade": band.grade, "label": band.label, "zone": band.zone}
        for band in method.bands
    ]
