"""A stored instrument version read back into the plain shape the writer takes (for a new
version that is exactly its source with a new year and number)."""

from __future__ import annotations

from pantau.compliance.models import IndicatorOption, Instrument
from pantau.compliance.seed.shapes import (
    CategorySeed,
    DimensionSeed,
    IndicatorSeed,
    InstrumentSeed,
)
from pantau.scoring.methods import Band

SHARE_FIELDS = ("dimension_share", "public_trust_share", "evaluator_share", "user_share",
                "user_answer_min", "user_answer_max")


def instrument_as_seed(instrument: Instrument) -> InstrumentSeed:
    """A stored version as the plain shape the writer takes (for a new version)."""
    options: dict[int, list[str]] = {}
    for indicator_id, meaning in (IndicatorOption.objects.filter(indicator__instrument=instrument)
                                  .order_by("indicator_id", "score")
                                  .values_list("indicator_id", "meaning")):
        options.setdefault(indicator_id, []).append(meaning)
    indicators: dict[int, list[IndicatorSeed]] = {}
    for i in instrument.indicators.order_by("dimension__position", "position"):
        levels = options.get(i.pk, [])
        indicators.setdefault(i.dimension_id, []).append(IndicatorSeed(
            i.code, i.text, i.source_status, weight=i.weight, group=i.group,
            levels=tuple(levels) if any(levels) else (), evidence=i.evidence,
            checklist=tuple(line for line in i.checklist.splitlines() if line.strip()),
            note=i.note, auto_source=i.auto_source))
    items: dict[int, list[str]] = {}
    for item in instrument.user_items.order_by("position"):
        items.setdefault(item.dimension_id, []).append(item.text)
    dimensions = tuple(
        DimensionSeed(d.code, d.name, d.weight, d.source_status, tuple(indicators.get(d.pk, [])),
                      note=d.note, user_items=tuple(items.get(d.pk, [])))
        for d in instrument.dimensions.order_by("position"))
    categories = tuple(
        CategorySeed(Band(c.lower, c.grade or None, c.label, c.zone or None), c.source_status)
        for c in instrument.categories.order_by("position"))
    shares = {name: getattr(instrument, name) for name in SHARE_FIELDS
              if getattr(instrument, name) is not None}
    return InstrumentSeed(
        key="", family=instrument.family, year_from=instrument.year_from, name=instrument.name,
        note=instrument.note, answer_min=instrument.answer_min,
        answer_max=instrument.answer_max, dimensions=dimensions, categories=categories,
        shares=shares)
