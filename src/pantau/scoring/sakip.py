"""SAKIP evaluation (PermenPANRB 88/2021): total from LKE answers, and its predikat."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from pantau.scoring.definitions.sakip import SAKIP_2021, SakipMethod
from pantau.scoring.errors import ScoringError
from pantau.scoring.methods import BOUNDARIES, Boundary, Method
from pantau.scoring.numbers import NumberLike, round_fraction_half_up

METHOD = SAKIP_2021

# One criterion letter, or several criteria of the same sub-component (averaged).
PartAnswer = str | Sequence[str]


@dataclass(frozen=True)
class SakipResult:
    score: Decimal  # 0–100, 2 decimals
    grade: str  # "AA", "A", "BB", "B", "CC", "C", "D"
    label: str  # "Sangat Memuaskan" … "Sangat Kurang"
    boundary: str  # the boundary rule used
    method: str


def classify(
    score: NumberLike, *, boundary: Boundary | None = None, method: Method | None = None
) -> SakipResult:
    """Predikat of a SAKIP total: AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D ≤ 30.

    ``boundary="lower_exclusive"`` (default: exactly 90,00 → A) or ``"lower_inclusive"``
    (exactly 90,00 → AA); which one the regulation means is disputed.
    """
    chosen = _as_sakip(method or METHOD)
    rule = boundary or chosen.boundary
    if rule not in BOUNDARIES:
        raise ScoringError(f"Batas '{rule}' tidak dikenal; pilihan: {', '.join(BOUNDARIES)}.")
    rounded, band = chosen.classify_value(score, boundary=rule)
    assert band.grade is not None  # every SAKIP band has a grade
    return SakipResult(rounded, band.grade, band.label, rule, chosen.id)


def score(
    components: Mapping[str, Mapping[str, PartAnswer]], *, method: Method | None = None
) -> Decimal:
    """Total (0–100) from criterion letters per component and sub-component.

    ``components`` maps component code (perencanaan, pengukuran, pelaporan, evaluasi) to a mapping
    of sub-component (keberadaan, kualitas, pemanfaatan) → letter AA..E or a list of letters
    (averaged). Letters convert to 100, 90, 80, 70, 60, 50, 30, 0 %.
    """
    chosen = _as_sakip(method or METHOD)
    expected = [c.code for c in chosen.components]
    _check_keys(components, expected, "Komponen")
    parts = dict(chosen.parts)
    total = Fraction(0)
    for component in chosen.components:
        answers = components[component.code]
        _check_keys(answers, list(parts), f"Subkomponen {component.code}")
        for part, share in parts.items():
            percent = _mean_percent(chosen, answers[part], f"{component.code}/{part}")
            total += Fraction(component.weight) * Fraction(share) * percent / 100
    return round_fraction_half_up(total)


def _mean_percent(method: SakipMethod, answer: PartAnswer, where: str) -> Fraction:
    letters = [answer] if isinstance(answer, str) else list(answer)
    if not letters:
        raise ScoringError(f"{where}: belum ada jawaban kriteria.")
    conversion = dict(method.criteria)
    values = []
    for letter in letters:
        key = letter.strip().upper() if isinstance(letter, str) else letter
        if key not in conversion:
            raise ScoringError(
                f"{where}: jawaban {letter!r} tidak sah; pilihan: {', '.join(conversion)}."
            )
        values.append(Fraction(conversion[key]))
    return sum(values, Fraction(0)) / len(values)


def _check_keys(given: Mapping[str, object], expected: list[str], what: str) -> None:
    missing = [key for key in expected if key not in given]
    unknown = [str(key) for key in given if key not in expected]
    if missing or unknown:
        problems = []
        if missing:
            problems.append(f"belum diisi: {', '.join(missing)}")
        if unknown:
            problems.append(f"tidak dikenal: {', '.join(unknown)}")
        raise ScoringError(f"{what} {'; '.join(problems)}. Yang diharapkan: {', '.join(expected)}.")


def _as_sakip(method: Method) -> SakipMethod:
    if not isinstance(method, SakipMethod):
        raise ScoringError(f"Metode {method.id} bukan metode SAKIP.")
    return method
