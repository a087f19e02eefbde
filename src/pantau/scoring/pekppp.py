"""PEKPPP index and predikat (PermenPANRB 29/2022; legacy PermenPANRB 17/2017 until 2021)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from pantau.scoring import registry
from pantau.scoring.definitions.pekppp import Aspect, PekpppIndicator, PekpppMethod
from pantau.scoring.errors import ScoringError
from pantau.scoring.methods import Method
from pantau.scoring.numbers import NumberLike, format_number, round_fraction_half_up, to_decimal
from pantau.scoring.weights import shares

FAMILY = "pekppp"

__all__ = [
    "Aspect",
    "PekpppGap",
    "PekpppIndicator",
    "PekpppResult",
    "chosen_method",
    "classify",
    "effective_weights",
    "gaps",
    "index",
    "region_index",
    "unit_index",
]


@dataclass(frozen=True)
class PekpppResult:
    score: Decimal  # index 0–5, 2 decimals
    grade: str  # "A", "A-", "B", "B-", "C", "C-", "D", "E", "F"
    label: str  # predikat, e.g. "Pelayanan Prima"
    year: int
    method: str

    @property
    def index(self) -> Decimal:
        return self.score


def method_for(year: int) -> PekpppMethod:
    """pekppp-2017 for 2017–2021, pekppp-2022 from 2022."""
    return _as_pekppp(registry.for_year(FAMILY, year))


def chosen_method(year: int, method: Method | None = None) -> PekpppMethod:
    """The method of ``year``, or the caller's ``method`` once checked to cover ``year``."""
    return method_for(year) if method is None else _checked_override(method, year)


def classify(index: NumberLike, year: int, *, method: Method | None = None) -> PekpppResult:
    """Grade and predikat of an index (0–5): A ≥ 4,51 … E ≥ 1,01, otherwise F."""
    chosen = chosen_method(year, method)
    rounded, band = chosen.classify_value(index, field="indeks")
    assert band.grade is not None  # every PEKPPP band has a grade
    return PekpppResult(rounded, band.grade, band.label, year, chosen.id)


def index(
    answers: Mapping[str, NumberLike],
    year: int,
    *,
    aspects: Sequence[Aspect] | None = None,
    method: Method | None = None,
) -> Decimal:
    """index = Σ_aspect Wₐ × Σᵢ (wᵢ × sᵢ), rounded half-up to 2 decimals (0–5).

    ``answers`` maps indicator code → option score (0–5; legacy 1–5). ``aspects`` replaces the
    method's aspect/indicator list and weights (the app's edited copy). Computed in exact
    fractions so unpublished weights shared equally (1/3, …) introduce no rounding.
    """
    chosen = chosen_method(year, method)
    structure = tuple(aspects) if aspects is not None else chosen.aspects
    if not structure:
        raise ScoringError("Daftar aspek kosong: indeks memerlukan minimal satu aspek.")
    _check_codes(answers, structure)
    aspect_weights = shares([a.weight for a in structure], "bobot aspek")
    total = Fraction(0)
    for aspect, aspect_weight in zip(structure, aspect_weights, strict=True):
        inner = Fraction(0)
        for indicator, weight in zip(aspect.indicators, effective_weights(aspect), strict=True):
            score = to_decimal(answers[indicator.code], f"nilai indikator {indicator.code}")
            if not chosen.answer_min <= score <= chosen.answer_max:
                raise ScoringError(
                    f"Nilai indikator {indicator.code} = {format_number(score)} di luar rentang "
                    f"{chosen.answer_min}–{chosen.answer_max} untuk {chosen.label}."
                )
            inner += weight * Fraction(score)
        total += aspect_weight * inner
    return round_fraction_half_up(total)


def unit_index(
    evaluator: NumberLike,
    users: NumberLike,
    *,
    evaluator_share: NumberLike,
    user_share: NumberLike,
) -> Decimal:
    """unit index = evaluator_share × evaluator index (F-02) + user_share × users' index (F-03).

    Both indices 0–5; the shares (practice: 0,75 and 0,25, no official text) are not negative
    and sum to 1. Computed exactly, rounded half-up to 2 decimals.
    """
    own = _index_value(evaluator, "indeks penilaian evaluator (F-02)")
    theirs = _index_value(users, "indeks penilaian pengguna (F-03)")
    ours = to_decimal(evaluator_share, "porsi penilaian evaluator")
    public = to_decimal(user_share, "porsi penilaian pengguna")
    if ours < 0 or public < 0 or ours + public != 1:
        raise ScoringError(
            "Porsi penilaian evaluator dan pengguna harus tidak negatif dan berjumlah 1 "
            f"(sekarang {format_number(ours)} dan {format_number(public)})."
        )
    return round_fraction_half_up(
        Fraction(ours) * Fraction(own) + Fraction(public) * Fraction(theirs)
    )


def region_index(unit_indices: Iterable[NumberLike]) -> Decimal:
    """Pemda index: the arithmetic mean of its units' indices (0–5), rounded half-up to 2 dp."""
    values = [_index_value(v, f"indeks unit ke-{n}") for n, v in enumerate(unit_indices, 1)]
    if not values:
        raise ScoringError("Tidak ada indeks unit: indeks Pemda memerlukan minimal satu unit.")
    return round_fraction_half_up(sum((Fraction(v) for v in values), Fraction(0)) / len(values))


def _index_value(value: NumberLike, field: str) -> Decimal:
    read = to_decimal(value, field)
    if not 0 <= read <= 5:
        raise ScoringError(
            f"{field[:1].upper()}{field[1:]} = {format_number(read)} di luar rentang 0–5."
        )
    return read


@dataclass(frozen=True)
class PekpppGap:
    """One indicator below the top option and what fixing it alone is worth to the index."""

    code: str
    score: Decimal  # the option score now
    points: Decimal  # index with this indicator at the top option minus the index now, 2 decimals


def gaps(
    answers: Mapping[str, NumberLike],
    year: int,
    *,
    aspects: Sequence[Aspect] | None = None,
    method: Method | None = None,
) -> list[PekpppGap]:
    """Every indicator below the top option (5), ranked by what raising it alone adds to the index.

    ``answers``, ``aspects`` and ``method`` as for :func:`index`, which computes both the index
    now and the index with one answer replaced by 5 (the caller's mapping is not changed), so
    ``points`` is exactly the difference the official formula shows (2 decimals, never negative).
    Indicators already at 5 are left out. Order: points descending, then code. This is the index
    of one evaluator form; blending in the users' form (F-03) is the caller's, as for ``index``.
    """
    now = index(answers, year, aspects=aspects, method=method)
    top = chosen_method(year, method).answer_max
    found = []
    for code, value in answers.items():
        score = to_decimal(value, f"nilai indikator {code}")
        if score < top:
            raised = index({**answers, code: top}, year, aspects=aspects, method=method)
            found.append(PekpppGap(code, score, raised - now))
    found.sort(key=lambda gap: (-gap.points, gap.code))
    return found


def effective_weights(aspect: Aspect) -> tuple[Fraction, ...]:
    """Indicator weights inside ``aspect`` as exact fractions summing to 1.

    Unpublished weights (None) share what the published ones leave (Kebijakan Pelayanan: 14 %
    over two indicators → 7 % each). Without unpublished weights the sum must be 1.
    """
    if not aspect.indicators:
        raise ScoringError(f"Aspek {aspect.name} tidak mempunyai indikator.")
    return aspect.effective_weights()


def _check_codes(answers: Mapping[str, NumberLike], structure: Sequence[Aspect]) -> None:
    expected = [i.code for a in structure for i in a.indicators]
    missing = [code for code in expected if code not in answers]
    unknown = [code for code in answers if code not in set(expected)]
    if missing:
        raise ScoringError(f"Nilai indikator belum diisi: {', '.join(missing)}.")
    if unknown:
        raise ScoringError(
            f"Kode indikator tidak dikenal: {', '.join(map(str, unknown))}; "
            f"kode yang sah: {', '.join(expected)}."
        )


def _checked_override(method: Method, year: int) -> PekpppMethod:
    chosen = _as_pekppp(method)
    chosen.require_year(year)
    return chosen


def _as_pekppp(method: Method) -> PekpppMethod:
    if not isinstance(method, PekpppMethod):
        raise ScoringError(f"Metode {method.id} bukan metode PEKPPP.")
    return method
