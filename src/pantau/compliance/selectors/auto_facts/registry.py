"""The facts other modules know about a unit, and the registry of the modules that know them.

A *provider* answers one ``AutoSource`` key for many units at once::

    @register_auto_source("skm_held")
    def skm_held(*, region, year, units, indicators) -> dict[int | tuple[int, int], SourceFact]

keyed by unit id (one fact for every indicator of that source) or by (unit id, indicator id)
(a fact of one indicator, e.g. one perception question). A provider reads in bulk: its query
count does not grow with the number of units. A module adds a source by registering a provider
(from its app's ``ready()``); nothing here names it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

# A fact is met (True), not met (False) or met in part (a Fraction strictly between 0 and 1).
Met = bool | Fraction


@dataclass(frozen=True)
class SourceFact:
    """What a provider knows about one unit: met or not, in Indonesian with the figures, and the
    page in its own module where it can be checked. ``score``: a provider that knows the level
    itself may give it (kept inside the indicator's scale); otherwise it comes from ``met``."""

    met: Met
    text: str
    url: str
    score: int | None = None


@dataclass(frozen=True)
class AutoFact:
    """A filled indicator of one unit: the source, the fact and the score it gives."""

    source: str
    met: Met
    score: int
    text: str
    url: str

    @property
    def percent(self) -> Decimal:
        """How much of the fact is met, in percent (2 places, rounded down)."""
        share = Fraction(int(self.met)) if isinstance(self.met, bool) else self.met
        return (Decimal(share.numerator * 100) / Decimal(share.denominator)).quantize(
            Decimal("0.01"), rounding=ROUND_DOWN)

    @property
    def is_partial(self) -> bool:
        return not isinstance(self.met, bool)

    @property
    def label(self) -> str:
        """The source in words (``AutoSource``'s label; the key for a source not listed)."""
        from pantau.compliance.models import AutoSource

        return str(AutoSource(self.source).label) if self.source in AutoSource.values \
            else self.source


FactKey = int | tuple[int, int]


class Provider(Protocol):
    def __call__(self, *, region: Any, year: int, units: Sequence[Any],
                 indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]: ...


AUTO_SOURCES: dict[str, Provider] = {}


def register_auto_source(key: str) -> Callable[[Provider], Provider]:
    """Registers ``provider`` for the ``AutoSource`` key (a later registration replaces it)."""

    def register(provider: Provider) -> Provider:
        AUTO_SOURCES[key] = provider
        return provider

    return register


def share(done: int, total: int) -> Met:
    """``done`` of ``total`` as a fact: True when all, False when none (or nothing to count)."""
    if total <= 0 or done <= 0:
        return False
    if done >= total:
        return True
    return Fraction(done, total)


def fact_score(met: Met, low: int, high: int) -> int:
    """The score of a fact on an indicator's scale ``low``–``high``: met → ``high``, not met →
    ``low``, met in part → ``low`` + the share of the range, rounded down (exact fractions)."""
    if met is True:
        return high
    if met is False:
        return low
    return low + int(met * (high - low))  # int() of a positive Fraction rounds down


# Reads shared by several providers of one ``auto_facts`` call (the SKM of the year, the units'
# products), computed once per call.
_shared: ContextVar[dict[Any, Any] | None] = ContextVar("auto_facts_shared", default=None)


@contextmanager
def shared_reads() -> Iterator[None]:
    """Within this block, ``shared(key, compute)`` computes each key once."""
    token = _shared.set({})
    try:
        yield
    finally:
        _shared.reset(token)


def shared(key: Any, compute: Callable[[], T]) -> T:
    cache = _shared.get()
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = compute()
    return cache[key]
