"""The lokus in force for a year and an assessor, its units in drawn order, the list of every
lokus (replaced ones too) and the candidates of a draw."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet

from pantau.compliance.models import Lokus, LokusReason, LokusStatus, LokusUnit
from pantau.tenancy.models import ServiceUnit, UnitKind

# Lokus units assessed "as the assessors will": the mandatory ones and the draw. Units added by
# "nilai mandiri semua unit jenis ini" are self-assessed too, but are not the expected lokus.
EXPECTED_REASONS = (LokusReason.MANDATORY, LokusReason.DRAWN)


def lokus_active(*, region: Any, year: int, assessor: str) -> Lokus | None:
    return Lokus.objects.filter(region=region, year=year, assessor=assessor,
                                status=LokusStatus.ACTIVE).first()


def lokus_units(*, lokus: Lokus,
                reasons: tuple[str, ...] | None = None) -> list[ServiceUnit]:
    """The lokus units in their stored order (mandatory first, then the draw, then the rest of
    the kind when every unit of it is self-assessed); only those of ``reasons`` when given."""
    rows = lokus_rows(lokus=lokus)
    if reasons is not None:
        rows = rows.filter(reason__in=reasons)
    return [row.unit for row in rows]


def lokus_rows(*, lokus: Lokus) -> QuerySet[LokusUnit]:
    """The lokus's rows (unit, its OPD, the reason) in their stored order."""
    return (LokusUnit.objects.filter(lokus=lokus).select_related("unit__agency")
            .order_by("position"))


def lokus_list(*, region: Any, assessor: str = "", year: int | None = None) -> QuerySet[Lokus]:
    """Every lokus of the Pemda, replaced ones too, newest year first; each with its unit counts
    by reason (``mandatory_count``, ``drawn_count``, ``all_count``)."""
    rows = Lokus.objects.filter(region=region)
    if assessor:
        rows = rows.filter(assessor=assessor)
    if year is not None:
        rows = rows.filter(year=year)
    return (rows.select_related("created_by", "replaced_by", "replaced_by_user")
            .annotate(mandatory_count=Count("units", filter=Q(units__reason=LokusReason.MANDATORY)),
                      drawn_count=Count("units", filter=Q(units__reason=LokusReason.DRAWN)),
                      all_count=Count("units", filter=Q(units__reason=LokusReason.ALL_OF_KIND)))
            .order_by("-year", "assessor", "-created_at", "-pk"))


def lokus_replaced_one(*, lokus: Lokus) -> Lokus | None:
    """The lokus this one replaced, if any."""
    return (Lokus.objects.filter(region=lokus.region_id, replaced_by=lokus)
            .select_related("replaced_by_user").first())


def candidate_key(unit: ServiceUnit) -> tuple[str, int]:
    """The stated order of the candidate list: the unit's name (Unicode code points), then id."""
    return (unit.name, unit.pk)


def draw_candidates(*, region: Any, kind: str, excluded: Iterable[int] = ()) -> list[ServiceUnit]:
    """The Pemda's active units of ``kind`` other than ``excluded``, in ``candidate_key`` order
    (sorted here, not by the database, so the order does not depend on its collation)."""
    units = (ServiceUnit.objects.filter(region=region, kind=kind, is_active=True)
             .exclude(pk__in=list(excluded)).select_related("agency"))
    return sorted(units, key=candidate_key)


@dataclass(frozen=True)
class UnitGroup:
    kind: str
    label: str
    units: list[ServiceUnit]


def unit_groups(*, region: Any) -> list[UnitGroup]:
    """The Pemda's active units by kind (OPD front offices first), for picking mandatory ones."""
    units = (ServiceUnit.objects.filter(region=region, is_active=True)
             .select_related("agency").order_by("agency__name", "name", "pk"))
    by_kind: dict[str, list[ServiceUnit]] = {kind: [] for kind in UnitKind.values}
    for unit in units:
        by_kind.setdefault(unit.kind, []).append(unit)
    return [UnitGroup(kind, str(UnitKind(kind).label), by_kind[kind]) for kind in UnitKind.values
            if by_kind.get(kind)]
