"""Which pantau.scoring method each instrument family computes with, the years it covers, and
the method a stored version computes with (its own weights, categories and shares)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pantau.compliance.models import Family, Instrument, InstrumentIndicator
from pantau.scoring import registry
from pantau.scoring.definitions.ombudsman import Dimension, OmbudsmanMethod
from pantau.scoring.definitions.pekppp import Aspect, PekpppIndicator, PekpppMethod
from pantau.scoring.methods import Band, Method, Years

FAMILY_METHOD = {
    Family.OMBUDSMAN_2022: "ombudsman-2022",
    Family.OMBUDSMAN_2025: "ombudsman-2025",
    Family.PEKPPP: "pekppp-2022",
}
HUNDRED = Decimal(100)


def family_method(family: str) -> Method:
    return registry.get(FAMILY_METHOD[Family(family)])


def family_years(family: str) -> Years:
    """The years a family's instruments may apply to (2022–2024 for Ombudsman 2022)."""
    return family_method(family).years


def instrument_method(instrument: Instrument) -> Method:
    """The family's scoring method carrying this version's categories, dimension weights (and
    for PEKPPP its aspects and indicator weights as shares), and 2025 shares: pass it as
    ``method=`` to pantau.scoring's functions so predictions follow the Pemda's version.

    Ombudsman indicators are not part of the method: ``dimension_score`` takes each answer's
    own (weight, score)."""
    base = family_method(instrument.family)
    bands = tuple(Band(c.lower, c.grade or None, c.label, c.zone)
                  for c in instrument.categories.order_by("position"))
    dimensions = list(instrument.dimensions.order_by("position"))
    if isinstance(base, PekpppMethod):
        indicators = list(instrument.indicators.order_by("dimension__position", "position"))
        aspects = tuple(
            Aspect(d.code, d.name, d.weight / HUNDRED, _shares(
                [i for i in indicators if i.dimension_id == d.pk]))
            for d in dimensions)
        return replace(base, bands=bands, aspects=aspects)
    assert isinstance(base, OmbudsmanMethod)
    method = replace(base, bands=bands, dimensions=tuple(
        Dimension(d.code, d.name, d.weight) for d in dimensions))
    if instrument.dimension_share is not None and instrument.public_trust_share is not None:
        method = replace(method, dimension_share=instrument.dimension_share,
                         public_trust_share=instrument.public_trust_share)
    return method


def _shares(indicators: list[InstrumentIndicator]) -> tuple[PekpppIndicator, ...]:
    total = sum((i.weight for i in indicators), Decimal(0))
    return tuple(PekpppIndicator(i.code, i.text, i.weight / total if total else None)
                 for i in indicators)
