"""Minimum SKM sample size (Krejcie & Morgan 1970): the published table or the formula."""

from __future__ import annotations

import bisect
import functools

from pantau.scoring.definitions.sampling import KREJCIE_MORGAN_1970
from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import NumberLike, calculation, round_half_up, to_whole_number

METHOD = KREJCIE_MORGAN_1970
CHOICES = ("table", "formula")
SMALL_POPULATION = 10  # below the table's first row the whole population is surveyed


def min_sample(population: NumberLike, method: str = "table") -> int:
    """Minimum respondents for ``population`` users; never more than the population.

    "table": the published K&M table, population rounded up to the next row (beyond 1 000 000:
    384). "formula": s = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)), rounded half-up.
    """
    if method not in CHOICES:
        raise ScoringError(f"Cara '{method}' tidak dikenal; pilihan: {', '.join(CHOICES)}.")
    size = to_whole_number(population, "jumlah populasi")
    if size < 0:
        raise ScoringError(f"Jumlah populasi tidak boleh negatif ({size}).")
    if size < SMALL_POPULATION:
        return size
    sample = formula_sample(size) if method == "formula" else _table_sample(size)
    return min(sample, size)


@calculation
def formula_sample(population: int) -> int:
    """The K&M formula, rounded half-up (no capping, no table)."""
    chi, p, d = METHOD.chi_square, METHOD.proportion, METHOD.margin
    variance = p * (1 - p)
    exact = chi * population * variance / (d * d * (population - 1) + chi * variance)
    return int(round_half_up(exact, 0))


@functools.cache
def table() -> tuple[tuple[int, int], ...]:
    """(population, sample) rows of the published table, generated from the formula.

    The published table differs from the rounded formula in one row (100 000 → 384, formula
    383); those rows are data in the method (``table_overrides``).
    """
    overrides = dict(METHOD.table_overrides)
    return tuple((n, overrides.get(n, formula_sample(n))) for n in METHOD.table_rows)


def _table_sample(population: int) -> int:
    rows = table()
    position = bisect.bisect_left([n for n, _ in rows], population)
    return rows[min(position, len(rows) - 1)][1]
