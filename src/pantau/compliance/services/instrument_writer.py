"""Writes an instrument's rows from its plain shape.

Seeding a Pemda and "Buat versi baru" both go through ``_instrument_write``: one path, so a new
version is exactly its source (read back by ``selectors.instrument_seed.instrument_as_seed``) with a
new year and number. The callers hold the transaction and write the audit event.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import Max

from pantau.compliance.models import (
    IndicatorOption,
    Instrument,
    InstrumentCategory,
    InstrumentDimension,
    InstrumentIndicator,
    InstrumentUserItem,
)
from pantau.compliance.seed.shapes import (
    InstrumentSeed,
)


def _next_version(*, region: Any, family: str) -> int:
    last = Instrument.objects.filter(region=region, family=family).aggregate(v=Max("version"))
    return (last["v"] or 0) + 1


def _instrument_write(*, region: Any, seed: InstrumentSeed, year_from: int, actor: Any = None,
                     note: str | None = None, copied_from: Instrument | None = None,
                     seed_key: str = "") -> Instrument:
    """Creates the instrument and all its rows; call inside the caller's transaction."""
    instrument = Instrument.objects.create(
        region=region, family=seed.family, year_from=year_from,
        version=_next_version(region=region, family=seed.family), name=seed.name,
        note=seed.note if note is None else note, answer_min=seed.answer_min,
        answer_max=seed.answer_max, seed_key=seed_key, copied_from=copied_from,
        created_by=actor if getattr(actor, "pk", None) else None,
        **{name: _share_value(name, value) for name, value in seed.shares.items()},
    )
    dimensions = InstrumentDimension.objects.bulk_create(
        InstrumentDimension(region=region, instrument=instrument, code=d.code, name=d.name,
                            weight=d.weight, position=n, source_status=d.status, note=d.note)
        for n, d in enumerate(seed.dimensions, start=1))
    pairs = [(dimension, position, shape)
             for dimension, d in zip(dimensions, seed.dimensions, strict=True)
             for position, shape in enumerate(d.indicators, start=1)]
    indicators = InstrumentIndicator.objects.bulk_create(
        InstrumentIndicator(
            region=region, instrument=instrument, dimension=dimension, code=i.code,
            position=position, text=i.text, group=i.group, weight=i.weight,
            evidence=i.evidence, checklist="\n".join(i.checklist), source_status=i.status,
            note=i.note, auto_source=i.auto_source)
        for dimension, position, i in pairs)
    IndicatorOption.objects.bulk_create(
        IndicatorOption(region=region, indicator=indicator, score=score,
                        meaning=shape.levels[score - seed.answer_min] if shape.levels else "")
        for indicator, (_dimension, _position, shape) in zip(indicators, pairs, strict=True)
        for score in range(seed.answer_min, seed.answer_max + 1))
    InstrumentCategory.objects.bulk_create(
        InstrumentCategory(region=region, instrument=instrument, position=n,
                           lower=c.band.lower, grade=c.band.grade or "", label=c.band.label,
                           zone=c.band.zone or "", source_status=c.status)
        for n, c in enumerate(seed.categories, start=1))
    items = [(dimension, f"{d.code}-{n}", text, d.status)
             for dimension, d in zip(dimensions, seed.dimensions, strict=True)
             for n, text in enumerate(d.user_items, start=1)]
    InstrumentUserItem.objects.bulk_create(
        InstrumentUserItem(region=region, instrument=instrument, dimension=dimension, code=code,
                           position=position, text=text, source_status=status)
        for position, (dimension, code, text, status) in enumerate(items, start=1))
    return instrument


def _share_value(name: str, value: Any) -> Any:
    return int(value) if name.startswith("user_answer") else Decimal(value)
