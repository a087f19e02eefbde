"""Seeded instruments (plain data), copied into every Pemda by services.seeding."""

from pantau.compliance.seed.ombudsman import OMBUDSMAN_2022_SEED, OMBUDSMAN_2025_SEED
from pantau.compliance.seed.pekppp import PEKPPP_SEED
from pantau.compliance.seed.shapes import InstrumentSeed

SEEDS: tuple[InstrumentSeed, ...] = (OMBUDSMAN_2022_SEED, OMBUDSMAN_2025_SEED, PEKPPP_SEED)

__all__ = ["SEEDS", "InstrumentSeed"]
