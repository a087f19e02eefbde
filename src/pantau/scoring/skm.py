"""SKM / IKM (PermenPANRB 14/2017) and reading legacy KepmenPAN 25/2004 scores."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from pantau.scoring.definitions.skm import SKM_2004, SKM_2017, SkmMethod
from pantau.scoring.errors import ScoringError
from pantau.scoring.methods import Method
from pantau.scoring.numbers import (
    NumberLike,
    calculation,
    format_number,
    round_half_up,
    to_decimal,
    to_whole_number,
)

METHOD = SKM_2017
LEGACY_METHOD = SKM_2004
WEIGHTS = ("exact", "legacy")


@dataclass(frozen=True)
class SkmGrade:
    score: Decimal  # 25–100, 2 decimals
    grade: str  # "A".."D"
    label: str  # "Sangat Baik" … "Tidak Baik"
    method: str


@dataclass(frozen=True)
class SkmResult:
    """A computed survey result. Full-precision fields keep 40 significant digits."""

    nrr: tuple[Decimal, ...]  # NRR per element, full precision
    nrr_rounded: tuple[Decimal, ...]  # NRR per element, 4 decimals (for display)
    ikm_unrounded: Decimal
    ikm: Decimal  # 1–4, 4 decimals
    score: Decimal  # 25–100, 2 decimals, from the unrounded IKM
    grade: str
    label: str
    weight: str  # "exact" (1/9) or "legacy" (0,111)
    respondents: tuple[int, ...]  # respondents per element
    method: str


def classify(score: NumberLike, *, method: Method | None = None) -> SkmGrade:
    """Mutu of an SKM score (25–100): A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; otherwise D."""
    chosen = _as_skm(method or METHOD)
    rounded, band = chosen.classify_value(score)
    assert band.grade is not None  # every SKM band has a grade
    return SkmGrade(rounded, band.grade, band.label, chosen.id)


def classify_legacy(score: NumberLike) -> SkmGrade:
    """Mutu of a KepmenPAN 25/2004 score: A ≥ 81,26; B ≥ 62,51; C ≥ 43,76; otherwise D."""
    return classify(score, method=LEGACY_METHOD)


@calculation
def from_totals(
    totals: Sequence[NumberLike],
    respondents: NumberLike | Sequence[NumberLike],
    weight: str = "exact",
) -> SkmResult:
    """IKM and SKM from the nine element sums.

    ``respondents`` is one count (everyone answered every element) or nine counts, one per
    element. ``weight="exact"`` uses 1/9; ``"legacy"`` the 0,111 of older reports (all-4 → 99,90).
    """
    method = METHOD
    count = method.element_count
    if weight not in WEIGHTS:
        raise ScoringError(f"Bobot '{weight}' tidak dikenal; pilihan: {', '.join(WEIGHTS)}.")
    if isinstance(totals, str) or len(totals) != count:
        given = "teks" if isinstance(totals, str) else str(len(totals))
        raise ScoringError(f"Jumlah nilai harus {count} angka (U1–U{count}), bukan {given}.")
    per_element = _respondents_per_element(respondents, count)
    nrr = tuple(
        _element_nrr(method, index, total, answered)
        for index, (total, answered) in enumerate(zip(totals, per_element, strict=True))
    )
    if weight == "exact":
        ikm = sum(nrr, Decimal(0)) / count  # dividing keeps all-4 at exactly 4
    else:
        assert method.legacy_weight is not None
        ikm = sum(nrr, Decimal(0)) * method.legacy_weight
    score = round_half_up(ikm * method.score_factor)
    band = method.band_for(score)
    assert band.grade is not None
    return SkmResult(
        nrr=nrr,
        nrr_rounded=tuple(round_half_up(value, 4) for value in nrr),
        ikm_unrounded=ikm,
        ikm=round_half_up(ikm, 4),
        score=score,
        grade=band.grade,
        label=band.label,
        weight=weight,
        respondents=per_element,
        method=method.id,
    )


def from_answers(rows: Iterable[Sequence[int | None]], weight: str = "exact") -> SkmResult:
    """IKM and SKM from raw questionnaires: each row has nine answers 1–4, None = unanswered."""
    method = METHOD
    count = method.element_count
    totals = [0] * count
    answered = [0] * count
    for line, row in enumerate(rows, start=1):
        if isinstance(row, str) or len(row) != count:
            raise ScoringError(f"Baris {line}: harus berisi {count} jawaban (U1–U{count}).")
        for index, answer in enumerate(row):
            if answer is None:
                continue
            value = _answer_value(method, answer, line, index)
            totals[index] += value
            answered[index] += 1
    if not any(answered):
        raise ScoringError("Tidak ada jawaban: minimal satu responden diperlukan.")
    return from_totals(totals, answered, weight)


def _answer_value(method: SkmMethod, answer: object, line: int, index: int) -> int:
    low, high = method.answer_min, method.answer_max
    if isinstance(answer, bool) or not isinstance(answer, int) or not low <= answer <= high:
        raise ScoringError(
            f"Baris {line}, unsur {_code(method, index)}: jawaban {answer!r} tidak sah; "
            f"jawaban harus bilangan bulat {low}–{high} atau kosong."
        )
    return answer


def _respondents_per_element(
    respondents: NumberLike | Sequence[NumberLike], count: int
) -> tuple[int, ...]:
    if isinstance(respondents, (str, int, float, Decimal)):
        single = to_whole_number(respondents, "jumlah responden")
        counts: tuple[int, ...] = (single,) * count
    else:
        if len(respondents) != count:
            raise ScoringError(
                f"Jumlah responden per unsur harus {count} angka, bukan {len(respondents)}."
            )
        counts = tuple(
            to_whole_number(value, f"jumlah responden unsur U{index}")
            for index, value in enumerate(respondents, start=1)
        )
    for index, value in enumerate(counts, start=1):
        if value <= 0:
            raise ScoringError(
                f"Jumlah responden unsur U{index} harus lebih dari 0, bukan {value}."
            )
    return counts


def _element_nrr(method: SkmMethod, index: int, total: NumberLike, answered: int) -> Decimal:
    code = _code(method, index)
    value = to_decimal(total, f"jumlah nilai unsur {code}")
    low, high = answered * method.answer_min, answered * method.answer_max
    if not low <= value <= high:
        raise ScoringError(
            f"Jumlah nilai unsur {code} = {format_number(value)} tidak mungkin untuk {answered} "
            f"responden; harus antara {low} dan {high} (jawaban {method.answer_min}–"
            f"{method.answer_max})."
        )
    return value / answered


def _code(method: SkmMethod, index: int) -> str:
    return method.elements[index].code if index < len(method.elements) else f"U{index + 1}"


def _as_skm(method: Method) -> SkmMethod:
    if not isinstance(method, SkmMethod):
        raise ScoringError(f"Metode {method.id} bukan metode SKM.")
    return method
