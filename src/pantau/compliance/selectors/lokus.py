"""The lokus in force for a year and an assessor, and its units in drawn order."""

from __future__ import annotations

from typing import Any

from pantau.compliance.models import Lokus, LokusStatus, LokusUnit
from pantau.tenancy.models import ServiceUnit


def lokus_active(*, region: Any, year: int, assessor: str) -> Lokus | None:
    return Lokus.objects.filter(region=region, year=year, assessor=assessor,
                                status=LokusStatus.ACTIVE).first()


def lokus_units(*, lokus: Lokus) -> list[ServiceUnit]:
    """The lokus units in their stored order (mandatory first, then the draw)."""
    rows = (LokusUnit.objects.filter(lokus=lokus).select_related("unit__agency")
            .order_by("position"))
    return [row.unit for row in rows]
