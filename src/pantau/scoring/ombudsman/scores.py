"""Ombudsman RI compliance assessment: classification by year, dimension, unit and Pemda scores."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Protocol, TypeAlias

from pantau.scoring import registry
from pantau.scoring.definitions.ombudsman import (
    INPUT_INDICATORS,
    OMBUDSMAN_2025,
    Dimension,
    Indicator,
    OmbudsmanMethod,
)
from pantau.scoring.errors import ScoringError
from pantau.scoring.methods import Band, Fact, Method
from pantau.scoring.numbers import (
    NumberLike,
    calculation,
    format_number,
    round_half_up,
    to_decimal,
)

FAMILY = "ombudsman"
FIRST_YEAR = 2015
DEFAULT_DIMENSION_YEAR = 2022  # unit_score()/dimension_score() without a year: the 2022 weights
SEED_INPUT_INDICATORS: tuple[Indicator, ...] = INPUT_INDICATORS


class WeightedScore(Protocol):
    @property
    def weight(self) -> NumberLike: ...

    @property
    def score(self) -> NumberLike: ...


IndicatorAnswer: TypeAlias = (
    tuple[NumberLike, NumberLike] | Mapping[str, NumberLike] | WeightedScore
)


@dataclass(frozen=True)
class OmbudsmanResult:
    score: Decimal  # 0–100, 2 decimals
    zone: str  # "Hijau" / "Kuning" / "Merah"
    category: str | None  # "A".."E"; None before 2022
    label: str  # predikat (2015–2021) or opini (2022+)
    year: int
    method: str


def method_for(year: int) -> OmbudsmanMethod:
    """The Ombudsman method of ``year`` (2015 onward)."""
    if isinstance(year, int) and not isinstance(year, bool) and year < FIRST_YEAR:
        raise ScoringError(
            f"Tahun {year} tidak dicakup metode Ombudsman mana pun; tahun yang didukung: "
            f"{FIRST_YEAR} ke atas."
        )
    return _as_ombudsman(registry.for_year(FAMILY, year))


def chosen_method(year: int, method: Method | None = None) -> OmbudsmanMethod:
    """The method of ``year``, or the caller's ``method`` once checked to cover ``year``."""
    return method_for(year) if method is None else _checked_override(method, year)


def classify(score: NumberLike, year: int, *, method: Method | None = None) -> OmbudsmanResult:
    """Zone, category and opini of a score, read on the scale of its year.

    78,12 is Kuning in 2018 (2015–2021 zones) and B/Hijau in 2022.
    """
    chosen = chosen_method(year, method)
    rounded, band = chosen.classify_value(score)
    assert band.zone is not None  # every Ombudsman band has a zone
    return OmbudsmanResult(rounded, band.zone, band.grade, band.label, year, chosen.id)


@calculation
def dimension_score(
    dimension: str,
    answers: Iterable[IndicatorAnswer],
    year: int = DEFAULT_DIMENSION_YEAR,
    *,
    method: Method | None = None,
) -> Decimal:
    """weight_d × Σ(wᵢ·sᵢ) / Σ(wᵢ·3), rounded half-up to 2 decimals; sᵢ is 0–3."""
    chosen = chosen_method(year, method)
    found = _dimension(chosen, dimension)
    weighted, weight_total = weighted_sums(answers, chosen)
    return dimension_points(found, weighted, weight_total)


@calculation
def weighted_sums(
    answers: Iterable[IndicatorAnswer], method: OmbudsmanMethod
) -> tuple[Decimal, Decimal]:
    """Σ(wᵢ·sᵢ) and Σ(wᵢ·3) of a dimension's answers, each answer checked."""
    top = method.indicator_max
    weighted = Decimal(0)
    weight_total = Decimal(0)
    for number, answer in enumerate(answers, start=1):
        weight, score = weight_and_score(answer, number)
        if weight < 0:
            raise ScoringError(f"Bobot indikator ke-{number} tidak boleh negatif ({weight}).")
        if not 0 <= score <= top:
            raise ScoringError(
                f"Nilai indikator ke-{number} = {format_number(score)} di luar rentang "
                f"0–{top} untuk {method.label}."
            )
        weighted += weight * score
        weight_total += weight * top
    return weighted, weight_total


@calculation
def dimension_points(dimension: Dimension, weighted: Decimal, weight_total: Decimal) -> Decimal:
    """The last step of ``dimension_score``, from its two sums (the gap list keeps the sums)."""
    if weight_total == 0:
        raise ScoringError(
            f"Dimensi {dimension.code} tidak mempunyai indikator berbobot; isi minimal satu "
            "indikator dengan bobot lebih dari 0."
        )
    return round_half_up(dimension.weight * weighted / weight_total)


@calculation
def unit_score(
    input: NumberLike,  # shadows the builtin on purpose: the dimension is called "Input"
    proses: NumberLike,
    output: NumberLike,
    pengaduan: NumberLike,
    *,
    year: int = DEFAULT_DIMENSION_YEAR,
    public_trust: NumberLike | None = None,
    method: Method | None = None,
) -> Decimal:
    """Score of one service unit: the sum of its four dimension points, 2 decimals.

    Each dimension is bounded by its weight (21,85 / 32,37 / 24,24 / 21,54). From 2025 the
    (placeholder) formula is 0,70 × dimensions + 0,30 × ``public_trust`` (0–100).
    """
    chosen = chosen_method(year, method)
    total = Decimal(0)
    for code, value in zip(
        ("input", "proses", "output", "pengaduan"), (input, proses, output, pengaduan), strict=True
    ):
        found = _dimension(chosen, code)
        points = to_decimal(value, f"nilai dimensi {code}")
        if not 0 <= points <= found.weight:
            raise ScoringError(
                f"Nilai dimensi {code} = {format_number(points)} di luar rentang "
                f"0–{format_number(found.weight)} untuk {chosen.label}."
            )
        total += points
    if chosen.public_trust_share is None or chosen.dimension_share is None:
        if public_trust is not None:
            raise ScoringError(f"Metode {chosen.label} tidak memakai komponen kepercayaan publik.")
        return round_half_up(total)
    if public_trust is None:
        raise ScoringError(f"Metode {chosen.label} memerlukan nilai kepercayaan publik (0–100).")
    trust = to_decimal(public_trust, "nilai kepercayaan publik")
    if not 0 <= trust <= 100:
        raise ScoringError(
            f"Nilai kepercayaan publik {format_number(trust)} di luar rentang 0–100."
        )
    return round_half_up(chosen.dimension_share * total + chosen.public_trust_share * trust)


@calculation
def region_score(unit_scores: Iterable[NumberLike]) -> Decimal:
    """Pemda score: arithmetic mean of its lokus units' scores, rounded half-up to 2 decimals."""
    scores = [to_decimal(value, f"nilai unit ke-{n}") for n, value in enumerate(unit_scores, 1)]
    if not scores:
        raise ScoringError("Tidak ada nilai unit: nilai Pemda memerlukan minimal satu unit lokus.")
    for number, value in enumerate(scores, start=1):
        if not 0 <= value <= 100:
            raise ScoringError(
                f"Nilai unit ke-{number} = {format_number(value)} di luar rentang 0–100."
            )
    return region_mean(sum(scores, Decimal(0)), len(scores))


@calculation
def region_mean(total: Decimal, count: int) -> Decimal:
    """The last step of ``region_score``: the sum of the unit scores over their number."""
    return round_half_up(total / count)


def configure_2025(
    *,
    bands: Sequence[Band] | None = None,
    dimension_share: NumberLike | None = None,
    public_trust_share: NumberLike | None = None,
) -> OmbudsmanMethod:
    """A copy of the 2025 placeholder with the Pemda's chosen settings (pass it as ``method=``)."""
    dimensions = OMBUDSMAN_2025.dimension_share
    trust = OMBUDSMAN_2025.public_trust_share
    if dimension_share is not None:
        dimensions = to_decimal(dimension_share, "porsi dimensi")
    if public_trust_share is not None:
        trust = to_decimal(public_trust_share, "porsi kepercayaan publik")
    assert dimensions is not None and trust is not None
    if dimensions < 0 or trust < 0 or dimensions + trust != 1:
        raise ScoringError(
            "Porsi dimensi dan kepercayaan publik harus tidak negatif dan berjumlah 1."
        )
    note = Fact("konfigurasi", "Rentang kategori dan/atau porsi diatur oleh pengguna.", "open")
    return replace(
        OMBUDSMAN_2025,
        bands=tuple(bands) if bands is not None else OMBUDSMAN_2025.bands,
        dimension_share=dimensions,
        public_trust_share=trust,
        facts=(*OMBUDSMAN_2025.facts, note),
    )


def _checked_override(method: Method, year: int) -> OmbudsmanMethod:
    chosen = _as_ombudsman(method)
    chosen.require_year(year)
    return chosen


def _as_ombudsman(method: Method) -> OmbudsmanMethod:
    if not isinstance(method, OmbudsmanMethod):
        raise ScoringError(f"Metode {method.label} bukan metode Ombudsman.")
    return method


def _dimension(method: OmbudsmanMethod, code: str) -> Dimension:
    for dimension in method.dimensions:
        if dimension.code == str(code).strip().lower():
            return dimension
    if not method.dimensions:
        raise ScoringError(f"Metode {method.label} tidak memakai dimensi (hanya satu nilai 0–100).")
    allowed = ", ".join(d.code for d in method.dimensions)
    raise ScoringError(f"Dimensi '{code}' tidak dikenal; pilihan: {allowed}.")


def weight_and_score(answer: IndicatorAnswer, number: int) -> tuple[Decimal, Decimal]:
    """Read one indicator answer (pair, mapping or object); ``number`` names it in messages."""
    weight: NumberLike
    score: NumberLike
    if isinstance(answer, (tuple, list)):
        if len(answer) != 2:
            raise ScoringError(f"Indikator ke-{number} harus berupa pasangan (bobot, nilai).")
        weight, score = answer
    elif isinstance(answer, Mapping):
        if "weight" not in answer or "score" not in answer:
            raise ScoringError(f"Indikator ke-{number} harus mempunyai 'weight' dan 'score'.")
        weight, score = answer["weight"], answer["score"]
    else:
        try:
            weight, score = answer.weight, answer.score
        except AttributeError:
            raise ScoringError(
                f"Indikator ke-{number} harus berupa pasangan (bobot, nilai), mapping, atau objek "
                "dengan atribut weight dan score."
            ) from None
    return (
        to_decimal(weight, f"bobot indikator ke-{number}"),
        to_decimal(score, f"nilai indikator ke-{number}"),
    )
