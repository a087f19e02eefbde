"""Look methods up by id or by family and year; describe them for the calculator page."""

from __future__ import annotations

from dataclasses import asdict

from pantau.scoring.definitions import ALL
from pantau.scoring.errors import ScoringError
from pantau.scoring.methods import FAMILY_LABELS, Method, band_table

_METHODS: dict[str, Method] = {method.id: method for method in ALL}


def all_methods(family: str | None = None) -> tuple[Method, ...]:
    """Every registered method (of one family when given), in registration order."""
    return tuple(m for m in _METHODS.values() if family is None or m.family == family)


def families() -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.family for m in _METHODS.values()))


def get(method_id: str) -> Method:
    """The method with this id, e.g. ``get("ombudsman-2022")``."""
    try:
        return _METHODS[method_id]
    except KeyError:
        known = ", ".join(sorted(_METHODS))
        raise ScoringError(
            f"Metode '{method_id}' tidak dikenal; metode yang ada: {known}."
        ) from None


def for_year(family: str, year: int) -> Method:
    """The method of ``family`` that applies to ``year`` (a 2021 score → the 2021 method)."""
    candidates = all_methods(family)
    if not candidates:
        raise ScoringError(
            f"Kelompok metode '{family}' tidak dikenal; pilihan: {', '.join(families())}."
        )
    if isinstance(year, bool) or not isinstance(year, int):
        raise ScoringError(f"Tahun harus bilangan bulat, bukan {year!r}.")
    matching = [m for m in candidates if m.covers(year)]
    if len(matching) == 1:
        return matching[0]
    available = "; ".join(f"{m.name} ({m.years})" for m in candidates)
    name = FAMILY_LABELS.get(family, family)
    if not matching:
        raise ScoringError(
            f"Tidak ada metode {name} untuk tahun {year}; metode yang tersedia: {available}."
        )
    raise ScoringError(f"Lebih dari satu metode {name} berlaku untuk tahun {year}: {available}.")


def register(method: Method, *, replace: bool = False) -> Method:
    """Add a method (or, with ``replace=True``, swap a configured one in, e.g. ombudsman-2025).

    Prefer passing ``method=`` to the classify functions where possible: it needs no global state.
    """
    if method.id in _METHODS and not replace:
        raise ScoringError(
            f"Metode {method.id} sudah terdaftar; gunakan replace=True untuk menggantinya."
        )
    overlapping = [
        other.id
        for other in all_methods(method.family)
        if other.id != method.id and _overlaps(other, method)
    ]
    if overlapping:
        raise ScoringError(
            f"Tahun berlaku {method.id} ({method.years}) bertumpang tindih dengan "
            f"{', '.join(overlapping)}."
        )
    _METHODS[method.id] = method
    return method


def _overlaps(a: Method, b: Method) -> bool:
    a_first = a.years.first if a.years.first is not None else -(10**9)
    b_first = b.years.first if b.years.first is not None else -(10**9)
    a_last = a.years.last if a.years.last is not None else 10**9
    b_last = b.years.last if b.years.last is not None else 10**9
    return a_first <= b_last and b_first <= a_last


def describe(method_id: str) -> dict[str, object]:
    """Name, legal basis, years, facts (with status) and tables of one method, as plain data.

    Numbers stay Decimal; ``json.dumps(describe(...), default=str)`` gives JSON.
    """
    method = get(method_id)
    return {
        "id": method.id,
        "family": method.family,
        "name": method.name,
        "legal_basis": method.legal_basis,
        "years": {
            "first": method.years.first,
            "last": method.years.last,
            "text": str(method.years),
        },
        "score_range": [method.score_min, method.score_max],
        "boundary": method.boundary,
        "bands": band_table(method),
        "facts": [asdict(fact) for fact in method.facts],
        "details": method.details(),
    }
