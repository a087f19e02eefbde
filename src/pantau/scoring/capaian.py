"""Capaian kinerja (indicator achievement), quarterly aggregation, rating, budget absorption."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from pantau.scoring.definitions.capaian import AGGREGATIONS, CAPAIAN_2017, POLARITIES
from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import (
    NumberLike,
    calculation,
    format_number,
    round_half_up,
    to_decimal,
)

METHOD = CAPAIAN_2017
_HUNDRED = Decimal(100)


@calculation
def achievement(
    target: NumberLike,
    realization: NumberLike,
    polarity: str = "positive",
    target_high: NumberLike | None = None,
) -> Decimal | None:
    """Capaian in percent, rounded half-up to 2 decimals; None when it cannot be computed.

    positive: R/T×100; negative: (2T−R)/T×100. With ``target_high`` the target is the range
    [target, target_high]: inside → 100, otherwise compared with the nearest bound by the polarity
    rule. A target (or nearest bound) of 0 or below is not defined by any regulation → None.
    """
    _check_polarity(polarity)
    low = to_decimal(target, "target")
    actual = to_decimal(realization, "realisasi")
    if target_high is None:
        reference = low
    else:
        high = to_decimal(target_high, "target atas")
        if high < low:
            raise ScoringError(
                f"Target atas ({format_number(high)}) lebih kecil dari target bawah "
                f"({format_number(low)}); "
                "rentang target harus [bawah, atas] dengan bawah ≤ atas."
            )
        if low <= actual <= high:
            return round_half_up(_HUNDRED)
        reference = high if actual > high else low
    if reference <= 0:
        return None
    if polarity == "positive":
        percent = actual / reference * _HUNDRED
    else:
        percent = (2 * reference - actual) / reference * _HUNDRED
    return round_half_up(percent)


@calculation
def aggregate(values: Iterable[NumberLike | None], how: str) -> Decimal | None:
    """Combine quarterly realizations; unreported quarters (None) are skipped, all None → None.

    Nothing is rounded here: ``sum``/``max``/``min``/``last`` are exact and ``avg`` keeps 40
    significant digits, so the annual capaian is rounded once, at the end.
    """
    if how not in AGGREGATIONS:
        raise ScoringError(
            f"Cara agregasi '{how}' tidak dikenal; pilihan: {', '.join(AGGREGATIONS)}."
        )
    reported = [
        to_decimal(value, f"realisasi triwulan {quarter}")
        for quarter, value in enumerate(values, start=1)
        if value is not None
    ]
    if not reported:
        return None
    if how == "sum":
        return sum(reported, Decimal(0))
    if how == "last":
        return reported[-1]
    if how == "avg":
        return sum(reported, Decimal(0)) / len(reported)
    return max(reported) if how == "max" else min(reported)


def rating(percent: NumberLike) -> str:
    """Permendagri 86/2017 criterion ("Sangat Tinggi" … "Sangat Rendah") of a capaian percent."""
    _, band = METHOD.classify_value(percent, field="capaian")
    return band.label


@calculation
def average(values: Iterable[NumberLike | None], cap: NumberLike | None = None) -> Decimal | None:
    """Mean of several capaian (e.g. an OPD score), rounded half-up to 2 decimals.

    ``cap`` (commonly 100 or 120) limits each value before averaging; None values are skipped;
    nothing to average → None.
    """
    limit = None if cap is None else to_decimal(cap, "batas atas capaian")
    if limit is not None and limit <= 0:
        raise ScoringError(f"Batas atas capaian harus lebih dari 0, bukan {format_number(limit)}.")
    numbers = [to_decimal(value, "capaian") for value in values if value is not None]
    if not numbers:
        return None
    if limit is not None:
        numbers = [min(number, limit) for number in numbers]
    return round_half_up(sum(numbers, Decimal(0)) / len(numbers))


@calculation
def absorption(pagu: NumberLike, realisasi: NumberLike) -> Decimal | None:
    """Serapan anggaran in percent (realisasi / pagu × 100, 2 decimals); None when pagu is 0."""
    budget = to_decimal(pagu, "pagu")
    spent = to_decimal(realisasi, "realisasi anggaran")
    if budget < 0 or spent < 0:
        raise ScoringError("Pagu dan realisasi anggaran tidak boleh negatif.")
    if budget == 0:
        return None
    return round_half_up(spent / budget * _HUNDRED)


@dataclass(frozen=True)
class Efficiency:
    """Capaian against serapan; no official formula exists, so both views are given."""

    difference: Decimal  # capaian − serapan, percentage points
    ratio: Decimal | None  # capaian / serapan; None when serapan is 0
    method: str


@calculation
def efficiency(capaian_percent: NumberLike, serapan_percent: NumberLike) -> Efficiency:
    achieved = to_decimal(capaian_percent, "capaian")
    absorbed = to_decimal(serapan_percent, "serapan")
    ratio = None if absorbed == 0 else round_half_up(achieved / absorbed)
    return Efficiency(round_half_up(achieved - absorbed), ratio, METHOD.id)


def _check_polarity(polarity: str) -> None:
    if polarity not in POLARITIES:
        raise ScoringError(
            f"Polaritas '{polarity}' tidak dikenal; pilihan: {', '.join(POLARITIES)}."
        )
