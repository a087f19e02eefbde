"""Test data for predictions: a small Ombudsman instrument whose answers can be added up by
hand, lokus and answers written straight to the database."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from pantau.compliance.models import (
    Answer,
    Family,
    Instrument,
    InstrumentCategory,
    InstrumentDimension,
    InstrumentIndicator,
    Lokus,
    LokusReason,
    LokusUnit,
)
from pantau.scoring.definitions.ombudsman import BANDS_2022, DIMENSIONS
from pantau.tenancy.models import Region, ServiceUnit

# Indicator weights inside each dimension of the small instrument.
SMALL_WEIGHTS = {"input": (1, 1, 2), "proses": (1, 1), "output": (1,), "pengaduan": (1, 3)}


def small_ombudsman(region: Region, *, year_from: int = 2022) -> Instrument:
    """Ombudsman 2022–2024 with the official dimension weights and categories and eight
    indicators: input i1–i3, proses p1–p2, output o1, pengaduan g1–g2."""
    instrument = Instrument.objects.create(
        region=region, family=Family.OMBUDSMAN_2022, year_from=year_from, version=1,
        name="Instrumen kecil", answer_min=0, answer_max=3)
    for position, band in enumerate(BANDS_2022, start=1):
        InstrumentCategory.objects.create(
            region=region, instrument=instrument, position=position, lower=band.lower,
            grade=band.grade or "", label=band.label, zone=band.zone or "",
            source_status="several")
    for position, dimension in enumerate(DIMENSIONS, start=1):
        row = InstrumentDimension.objects.create(
            region=region, instrument=instrument, code=dimension.code, name=dimension.name,
            weight=dimension.weight, position=position, source_status="official")
        for number, weight in enumerate(SMALL_WEIGHTS[dimension.code], start=1):
            InstrumentIndicator.objects.create(
                region=region, instrument=instrument, dimension=row,
                code=f"{dimension.code[0] if dimension.code != 'pengaduan' else 'g'}{number}",
                position=number, text=f"Indikator {dimension.code} {number}",
                weight=Decimal(weight), source_status="one")
    return instrument


def lokus_of(region: Region, year: int, assessor: str, units: Iterable[ServiceUnit]) -> Lokus:
    lokus = Lokus.objects.create(region=region, year=year, assessor=assessor)
    for position, unit in enumerate(units, start=1):
        LokusUnit.objects.create(region=region, lokus=lokus, unit=unit,
                                 reason=LokusReason.MANDATORY, position=position)
    return lokus


def answer(unit: ServiceUnit, instrument: Instrument, code: str, year: int,
           operator: int | None = None, evaluator: int | None = None) -> Answer:
    return Answer.objects.create(
        region=unit.region, year=year, unit=unit, instrument=instrument,
        indicator=instrument.indicators.get(code=code),
        operator_score=operator, evaluator_score=evaluator)
