"""The gap list: every indicator below 3, with what fixing it alone adds to the Pemda score.

The score now and the score after a fix are computed the official way, rounded at each
official step: ``dimension_score`` per dimension, ``unit_score``, ``region_score``. The "after"
figures reuse the last steps of those functions on exactly kept sums, so a gap's points are
exactly the difference the official method would show (the tests recompute them from scratch).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias

from pantau.scoring.errors import ScoringError
from pantau.scoring.methods import Method
from pantau.scoring.numbers import NumberLike, calculation
from pantau.scoring.ombudsman.scores import (
    IndicatorAnswer,
    chosen_method,
    classify,
    dimension_points,
    region_mean,
    region_score,
    unit_score,
    weight_and_score,
    weighted_sums,
)

DIMENSIONS = ("input", "proses", "output", "pengaduan")  # also the order of equal gaps

Units: TypeAlias = Mapping[str, Mapping[str, Iterable[IndicatorAnswer]]]
_Pair: TypeAlias = tuple[Decimal, Decimal]  # (weight, score) as read from one answer


@dataclass(frozen=True)
class Gap:
    """One indicator below 3 and what fixing it alone is worth to the Pemda score."""

    unit: str
    dimension: str  # "input", "proses", "output" or "pengaduan"
    indicator: int  # 1-based position in that dimension's answers
    score: Decimal  # the score now, below 3
    points: Decimal  # Pemda score with this indicator at 3 minus the Pemda score now, 2 decimals


@calculation  # the sums kept between steps run in the package's decimal context
def gaps(
    units: Units,
    year: int,
    *,
    public_trust: Mapping[str, NumberLike] | None = None,
    method: Method | None = None,
) -> list[Gap]:
    """Every indicator below 3, ranked by the Pemda points it gains when it alone is raised to 3.

    ``units`` maps a unit name to ``{"input": answers, "proses": …, "output": …, "pengaduan": …}``
    with the answers ``dimension_score`` takes (pairs, mappings or objects with weight and
    score). Raising an indicator keeps its weight and sets its score to 3; the caller's answers
    are never changed. ``points`` = Pemda score after − Pemda score now (2 decimals, never
    negative). Indicators already at 3 are left out; a weight-0 indicator below 3 stays, worth
    0,00. Order: points descending, then unit name, dimension (input, proses, output,
    pengaduan), indicator ascending.

    From 2025 the unit score needs ``public_trust`` (unit name → 0–100); ``method`` is the
    ``method=`` override of the other functions (e.g. ``configure_2025(…)``).
    """
    return _ranked(_Pemda(units, year, public_trust, method))


@calculation
def fixes_to_reach(
    units: Units,
    year: int,
    category: str,
    *,
    public_trust: Mapping[str, NumberLike] | None = None,
    method: Method | None = None,
    ranked: Sequence[Gap] | None = None,
) -> int | None:
    """The fewest gaps, taken from the top of ``gaps()``, whose fixing together gives a Pemda
    score in ``category`` (A best … E) or better: 0 when the Pemda is already there, None when
    fixing every gap is not enough. Categories are read with ``classify`` for ``year``; a band
    without a letter (a 2025 opini as a Pemda configures it) is named by its label
    ("Kualitas Tinggi"), case ignored. ``ranked``: what ``gaps()`` returned for the same
    arguments, when the caller already has it (the ranking is then not computed twice).
    """
    pemda = _Pemda(units, year, public_trust, method)
    wanted = _category_rank(pemda, category)
    if pemda.reaches(wanted):
        return 0
    for count, gap in enumerate(_ranked(pemda) if ranked is None else ranked, start=1):
        pemda.raise_to_top(gap.unit, gap.dimension, gap.indicator)
        if pemda.reaches(wanted):
            return count
    return None


def _ranked(pemda: _Pemda) -> list[Gap]:
    found = [
        Gap(unit, code, number, score, pemda.score_with_top(unit, code, number) - pemda.score)
        for unit, code, number, score in pemda.below_top()
    ]
    found.sort(key=lambda g: (-g.points, g.unit, DIMENSIONS.index(g.dimension), g.indicator))
    return found


def _category_rank(pemda: _Pemda, category: str) -> int:
    wanted = str(category).strip().upper()
    if wanted not in [name.upper() for name in pemda.categories]:
        raise ScoringError(
            f"Kategori '{category}' tidak dikenal untuk {pemda.method.label}; pilihan: "
            f"{', '.join(pemda.categories)}."
        )
    return [name.upper() for name in pemda.categories].index(wanted)


class _Pemda:
    """The answers read once, with each dimension's sums and every official score kept, so that
    a change to one indicator recomputes only its dimension, its unit and the Pemda mean.

    The "after" figures run the same last steps as the public functions (``dimension_points``
    of ``dimension_score``, ``unit_score``, ``region_mean`` of ``region_score``) on sums kept
    exactly, so the work grows with the number of indicators, not indicators × units.
    """

    def __init__(
        self,
        units: Units,
        year: int,
        public_trust: Mapping[str, NumberLike] | None,
        method: Method | None,
    ) -> None:
        self.year = year
        self.method = chosen_method(year, method)
        if not self.method.dimensions:
            raise ScoringError(
                f"Daftar kekurangan memerlukan nilai per dimensi; {self.method.label} hanya "
                "memakai satu nilai 0–100."
            )
        self.top = self.method.indicator_max
        self.categories = [band.grade or band.label for band in self.method.bands]
        self.dimensions = {dimension.code: dimension for dimension in self.method.dimensions}
        self.trust = dict(public_trust or {})
        strangers = [str(name) for name in self.trust if name not in units]
        if strangers:
            raise ScoringError(
                f"Nilai kepercayaan publik diisi untuk unit yang tidak dinilai: "
                f"{', '.join(strangers)}."
            )
        self.answers = {unit: _read_unit(unit, dimensions) for unit, dimensions in units.items()}
        self.sums = {
            unit: {code: self._sums(unit, code, pairs) for code, pairs in dimensions.items()}
            for unit, dimensions in self.answers.items()
        }
        self.points = {
            unit: {code: self._points(unit, code, *sums[code]) for code in DIMENSIONS}
            for unit, sums in self.sums.items()
        }
        self.unit_scores = {unit: self._unit(unit, self.points[unit]) for unit in self.answers}
        self.score = region_score(self.unit_scores.values())
        self.total = sum(self.unit_scores.values(), Decimal(0))
        self._memo: dict[tuple[str, str, _Pair], Decimal] = {}

    def below_top(self) -> Iterable[tuple[str, str, int, Decimal]]:
        for unit, dimensions in self.answers.items():
            for code, pairs in dimensions.items():
                for number, (_, score) in enumerate(pairs, start=1):
                    if score < self.top:
                        yield unit, code, number, score

    def score_with_top(self, unit: str, code: str, number: int) -> Decimal:
        """The Pemda score with only this indicator raised to the top; nothing is changed."""
        answer = self.answers[unit][code][number - 1]
        key = (unit, code, answer)  # equal answers in one dimension are worth the same
        if key not in self._memo:
            weight, score = answer
            weighted, weight_total = self.sums[unit][code]
            points = self._points(unit, code, weighted + weight * (self.top - score), weight_total)
            raised = self._unit(unit, {**self.points[unit], code: points})
            after = self.total - self.unit_scores[unit] + raised
            self._memo[key] = region_mean(after, len(self.unit_scores))
        return self._memo[key]

    def raise_to_top(self, unit: str, code: str, number: int) -> None:
        """Raise this indicator to the top for good and recompute the scores it touches."""
        pairs = self.answers[unit][code]
        weight, score = pairs[number - 1]
        pairs[number - 1] = (weight, self.top)
        weighted, weight_total = self.sums[unit][code]
        self.sums[unit][code] = (weighted + weight * (self.top - score), weight_total)
        self.points[unit][code] = self._points(unit, code, *self.sums[unit][code])
        raised = self._unit(unit, self.points[unit])
        self.total += raised - self.unit_scores[unit]
        self.unit_scores[unit] = raised
        self.score = region_mean(self.total, len(self.unit_scores))
        self._memo.clear()

    def reaches(self, wanted: int) -> bool:
        result = classify(self.score, self.year, method=self.method)
        return self.categories.index(result.category or result.label) <= wanted

    def _sums(self, unit: str, code: str, pairs: list[_Pair]) -> tuple[Decimal, Decimal]:
        with _about(f"Unit {unit}, dimensi {code}"):
            return weighted_sums(pairs, self.method)

    def _points(self, unit: str, code: str, weighted: Decimal, weight_total: Decimal) -> Decimal:
        with _about(f"Unit {unit}, dimensi {code}"):
            return dimension_points(self.dimensions[code], weighted, weight_total)

    def _unit(self, unit: str, points: Mapping[str, Decimal]) -> Decimal:
        with _about(f"Unit {unit}"):
            return unit_score(
                points["input"],
                points["proses"],
                points["output"],
                points["pengaduan"],
                year=self.year,
                public_trust=self.trust.get(unit),
                method=self.method,
            )


@contextmanager
def _about(where: str) -> Iterator[None]:
    """Say which unit (and dimension) a refusal is about."""
    try:
        yield
    except ScoringError as error:
        raise ScoringError(f"{where}: {error}") from error


def _read_unit(
    unit: str, dimensions: Mapping[str, Iterable[IndicatorAnswer]]
) -> dict[str, list[_Pair]]:
    """One unit's answers as (weight, score) pairs per dimension, in the order of DIMENSIONS."""
    if not isinstance(dimensions, Mapping):
        raise ScoringError(
            f"Unit {unit}: jawaban harus berupa pemetaan kode dimensi → daftar jawaban indikator."
        )
    read: dict[str, list[_Pair]] = {}
    for given, answers in dimensions.items():
        code = str(given).strip().lower()
        if code not in DIMENSIONS:
            raise ScoringError(
                f"Unit {unit}: dimensi '{given}' tidak dikenal; pilihan: {', '.join(DIMENSIONS)}."
            )
        if code in read:
            raise ScoringError(f"Unit {unit}: dimensi {code} diisi dua kali.")
        if isinstance(answers, (str, bytes)) or not isinstance(answers, Iterable):
            raise ScoringError(f"Unit {unit}, dimensi {code}: isi dengan daftar jawaban indikator.")
        with _about(f"Unit {unit}, dimensi {code}"):
            read[code] = [weight_and_score(a, n) for n, a in enumerate(answers, start=1)]
    missing = [code for code in DIMENSIONS if code not in read]
    if missing:
        raise ScoringError(f"Unit {unit}: jawaban dimensi {', '.join(missing)} belum diisi.")
    return {code: read[code] for code in DIMENSIONS}
