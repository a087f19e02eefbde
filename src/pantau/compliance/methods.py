"""Which pantau.scoring method each instrument family computes with, and the years it covers."""

from __future__ import annotations

from pantau.compliance.models import Family
from pantau.scoring import registry
from pantau.scoring.methods import Method, Years

FAMILY_METHOD = {
    Family.OMBUDSMAN_2022: "ombudsman-2022",
    Family.OMBUDSMAN_2025: "ombudsman-2025",
    Family.PEKPPP: "pekppp-2022",
}


def family_method(family: str) -> Method:
    return registry.get(FAMILY_METHOD[Family(family)])


def family_years(family: str) -> Years:
    """The years a family's instruments may apply to (2022–2024 for Ombudsman 2022)."""
    return family_method(family).years
