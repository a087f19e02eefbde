"""Indicators other modules already know, filled from them with a link (docs/compliance.md,
"Indikator yang terisi otomatis").

``auto_facts(region=, year=, units=, indicators=)`` gives, per (unit id, indicator id) of every
indicator with an ``auto_source`` that has a provider, an ``AutoFact``: the fact, the score it
gives on the indicator's own scale (``registry.fact_score``) and the page where it is kept.
Providers: ``skm`` (SKM of the year), ``standards`` (the standards register), ``perception``
(users' perception answers, ``selectors.perception``); a module adds one
with ``register_auto_source``. Queries: a fixed number per source used, whatever the number of
units.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db.models import Max, Min

from pantau.compliance.models import IndicatorOption, Instrument, InstrumentIndicator
from pantau.compliance.selectors import perception  # noqa: F401  (registers its source)
from pantau.compliance.selectors.auto_facts import skm, standards  # noqa: F401  (register)
from pantau.compliance.selectors.auto_facts.registry import (
    AUTO_SOURCES,
    AutoFact,
    Met,
    Provider,
    SourceFact,
    fact_score,
    register_auto_source,
    share,
    shared_reads,
)

__all__ = [
    "AUTO_SOURCES",
    "AutoFact",
    "Met",
    "Provider",
    "SourceFact",
    "auto_facts",
    "fact_score",
    "indicator_scales",
    "register_auto_source",
    "share",
]


def indicator_scales(indicators: Sequence[InstrumentIndicator]) -> dict[int, tuple[int, int]]:
    """(lowest, highest) option score per indicator; the instrument's range for an indicator
    without options. At most two queries."""
    scales = {row["indicator_id"]: (row["low"], row["high"]) for row in
              IndicatorOption.objects.filter(indicator_id__in=[i.pk for i in indicators])
              .values("indicator_id").annotate(low=Min("score"), high=Max("score")).order_by()}
    bare = {i.instrument_id for i in indicators if i.pk not in scales}
    if bare:
        ranges = {pk: (low, high) for pk, low, high in Instrument.objects.filter(
            pk__in=bare).values_list("pk", "answer_min", "answer_max")}
        for indicator in indicators:
            scales.setdefault(indicator.pk, ranges[indicator.instrument_id])
    return scales


def auto_facts(*, region: Any, year: int, units: Iterable[Any],
               indicators: Iterable[InstrumentIndicator]) -> dict[tuple[int, int], AutoFact]:
    """The facts of ``units`` (of ``region``) for ``indicators`` with a registered
    ``auto_source``, keyed by (unit id, indicator id)."""
    units = [unit for unit in units if unit.region_id == region.pk]
    filled = [i for i in indicators if i.auto_source in AUTO_SOURCES]
    if not units or not filled:
        return {}
    scales = indicator_scales(filled)
    by_source: dict[str, list[InstrumentIndicator]] = {}
    for indicator in filled:
        by_source.setdefault(indicator.auto_source, []).append(indicator)
    facts: dict[tuple[int, int], AutoFact] = {}
    with shared_reads():  # the SKM of the year and the products are read once for all sources
        known = {source: AUTO_SOURCES[source](region=region, year=year, units=units,
                                              indicators=own)
                 for source, own in by_source.items()}
    for source, own in by_source.items():
        for unit in units:
            for indicator in own:
                fact = known[source].get((unit.pk, indicator.pk)) or known[source].get(unit.pk)
                if fact is None:
                    continue
                low, high = scales[indicator.pk]
                score = (fact_score(fact.met, low, high) if fact.score is None
                         else min(max(fact.score, low), high))
                facts[unit.pk, indicator.pk] = AutoFact(source, fact.met, score, fact.text,
                                                        fact.url)
    return facts
