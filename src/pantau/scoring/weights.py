"""Weights that must sum to 1, some of them possibly unpublished (None)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import NumberLike, format_number, round_fraction_half_up, to_decimal

# Weights copied from a table often carry rounding (3 × 0,3333): accept a sum this close to 1
# and rescale so the weights sum to exactly 1.
TOLERANCE = Fraction(1, 1000)


def shares(weights: Sequence[NumberLike | None], what: str) -> tuple[Fraction, ...]:
    """Exact shares summing to 1: None entries split the remainder left by the known ones equally.

    Without None entries the known weights must sum to 1 (within ``TOLERANCE``, then rescaled).
    ``what`` names the weights in the Indonesian error message, e.g. "bobot aspek".
    """
    subject = what[:1].upper() + what[1:]
    known = [None if w is None else Fraction(to_decimal(w, what)) for w in weights]
    if not known:
        raise ScoringError(f"{subject} kosong: minimal satu bobot diperlukan.")
    if any(weight is not None and weight < 0 for weight in known):
        raise ScoringError(f"{subject} tidak boleh negatif.")
    published = sum((w for w in known if w is not None), Fraction(0))
    missing = known.count(None)
    if missing == 0:
        if abs(published - 1) > TOLERANCE:
            raise ScoringError(
                f"{subject} berjumlah {percent_text(published)} %; harus berjumlah 100 % (1,00)."
            )
        return tuple(w / published for w in known if w is not None)
    remainder = 1 - published
    if remainder <= 0:
        raise ScoringError(
            f"{subject} yang diketahui sudah berjumlah {percent_text(published)} %; tidak ada sisa "
            f"untuk {missing} bobot yang belum diketahui. Jumlah bobot harus 100 %."
        )
    return tuple(remainder / missing if w is None else w for w in known)


def percent_text(value: Fraction) -> str:
    """A share as an Indonesian percentage for messages: Fraction(43, 50) → "86"."""
    return format_number(round_fraction_half_up(value * 100, 2).normalize())


def as_decimal(value: Fraction, places: int = 4) -> Decimal:
    """A share for display, rounded half-up (1/3 → 0.3333)."""
    return round_fraction_half_up(value, places)
