"""What a gap list holds: its rows (one indicator below the top of one lokus unit, ranked by what
fixing it alone adds to the Pemda figure), the next category up and how many top gaps reach it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pantau.compliance.models import ActionStatus, GapAction, Instrument, InstrumentIndicator
from pantau.compliance.selectors.predictions import (
    IndicatorScore,
    PekpppRegionPrediction,
    RegionPrediction,
)
from pantau.scoring.methods import Band, Method
from pantau.tenancy.models import ServiceUnit

Prediction = RegionPrediction | PekpppRegionPrediction


@dataclass(frozen=True)
class GapRow:
    rank: int  # 1-based place in the Pemda list
    unit: ServiceUnit
    group_code: str  # the dimension (Ombudsman) or aspect (PEKPPP)
    group_name: str
    row: IndicatorScore  # the indicator, its answer (None: unanswered) and the counted score
    top: int  # the version's highest score
    points: Decimal  # what the Pemda score/index gains when this indicator alone is at the top
    unit_points: Decimal | None  # PEKPPP: what the unit's evaluator index (F-02) gains
    in_fix_set: bool  # among the top gaps that together reach the next category
    actions: tuple[GapAction, ...]  # the actions taken on this indicator of this unit

    @property
    def indicator(self) -> InstrumentIndicator:
        return self.row.indicator

    @property
    def score(self) -> Decimal:
        return self.row.score

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions
                   if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))


@dataclass(frozen=True)
class GapList:
    assessor: str
    year: int
    prediction: Prediction
    rows: tuple[GapRow, ...]
    target: Band | None  # the next category up; None when at the top or nothing predicted
    fixes: int | None  # the top gaps to fix to reach ``target``; None: even all do not

    @property
    def instrument(self) -> Instrument | None:
        return self.prediction.instrument

    @property
    def target_name(self) -> str:
        if self.target is None:
            return ""
        band = self.target
        return f"{band.grade} ({band.label})" if band.grade else band.label

    @property
    def reachable(self) -> bool:
        return self.fixes is not None


def category_key(band: Band) -> str:
    """How pantau.scoring names a category: its letter, else its label (2025 opini)."""
    return band.grade or band.label


def next_band(method: Method | None, current: str | None) -> Band | None:
    """The band just above ``current`` (a category key) in the method's table, best first."""
    if method is None or current is None:
        return None
    keys = [category_key(b) for b in method.bands]
    if current not in keys:
        return None
    place = keys.index(current)
    return method.bands[place - 1] if place > 0 else None


def actions_by_gap(*, region: Any, year: int,
                   instrument: Instrument) -> dict[tuple[int, int], list[GapAction]]:
    """(unit id, indicator id) → its actions, oldest due date first, in one query."""
    found: dict[tuple[int, int], list[GapAction]] = defaultdict(list)
    rows = GapAction.objects.filter(region=region, year=year,
                                    indicator__instrument=instrument).select_related("owner")
    for action in rows.order_by("due_date", "pk"):
        found[(action.unit_id, action.indicator_id)].append(action)
    return found


def with_ranks(rows: Iterable[tuple[Any, ...]], fixes: int | None,
               actions: dict[tuple[int, int], list[GapAction]]) -> tuple[GapRow, ...]:
    """Number the ranked rows and mark the first ``fixes`` as the fix set."""
    out = []
    for rank, (unit, code, name, row, top, points, unit_points) in enumerate(rows, start=1):
        out.append(GapRow(rank, unit, code, name, row, top, points, unit_points,
                          fixes is not None and rank <= fixes,
                          tuple(actions.get((unit.pk, row.indicator.pk), ()))))
    return tuple(out)


def visible(rows: Sequence[GapRow], *, user: Any, agency_id: int | None = None,
            unit_id: int | None = None) -> list[GapRow]:
    """The rows ``user`` may read (an OPD's staff: its own units), narrowed to an OPD/unit."""
    return [r for r in rows
            if user.has_perm("compliance.view_unit", r.unit)
            and (agency_id is None or r.unit.agency_id == agency_id)
            and (unit_id is None or r.unit.pk == unit_id)]
