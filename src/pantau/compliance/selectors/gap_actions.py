"""Gap actions of a year: the list a user may read, with progress and what is overdue."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from pantau.compliance.models import FAMILY_ASSESSOR, ActionStatus, GapAction
from pantau.tenancy.models import Agency, ServiceUnit
from pantau.tenancy.permissions import membership_of

OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class ActionProgress:
    done: int
    total: int  # every action except the cancelled ones
    cancelled: int
    overdue: int

    @property
    def percent(self) -> int:
        """Share done, rounded down, for the progress bar (the figure shown is done/total)."""
        return self.done * 100 // self.total if self.total else 0


def gap_actions(*, region: Any, user: Any, year: int, assessor: str = "",
                agency_id: int | None = None, status: str = "") -> QuerySet[GapAction]:
    """The year's actions ``user`` may read: region-wide roles all, an OPD's staff those of its
    units or owned by it; narrowed to an assessor's instruments, an OPD (owner or unit), a
    status."""
    rows = (GapAction.objects.filter(region=region, year=year)
            .select_related("unit__agency", "owner", "indicator__instrument"))
    if not user.has_perm("compliance.view_unit", None):
        membership = membership_of(user)
        own = membership.agency_id if membership is not None else None
        rows = rows.filter(Q(unit__agency_id=own) | Q(owner_id=own)) if own else rows.none()
    if assessor:
        families = [f for f, owner in FAMILY_ASSESSOR.items() if owner == assessor]
        rows = rows.filter(indicator__instrument__family__in=families)
    if agency_id:
        rows = rows.filter(Q(unit__agency_id=agency_id) | Q(owner_id=agency_id))
    if status in ActionStatus.values:
        rows = rows.filter(status=status)
    return rows.order_by("due_date", "pk")


def may_manage_action(user: Any, *, unit: ServiceUnit, owner: Agency | None = None) -> bool:
    """The back office, or the staff of the unit's OPD or of the owning OPD."""
    return user.has_perm("compliance.manage_actions", unit) or (
        owner is not None and user.has_perm("compliance.manage_actions", owner))


def is_overdue(action: GapAction, today: datetime.date) -> bool:
    return action.status in OPEN and action.due_date < today


def action_progress(actions: list[GapAction], today: datetime.date) -> ActionProgress:
    cancelled = sum(1 for a in actions if a.status == ActionStatus.CANCELLED)
    return ActionProgress(
        done=sum(1 for a in actions if a.status == ActionStatus.DONE),
        total=len(actions) - cancelled, cancelled=cancelled,
        overdue=sum(1 for a in actions if is_overdue(a, today)))


def marked_overdue(actions: QuerySet[GapAction], today: datetime.date) -> list[GapAction]:
    """The actions as a list, each with ``is_overdue`` set for the page and the export."""
    found = list(actions)
    for action in found:
        action.is_overdue = is_overdue(action, today)  # type: ignore[attr-defined]
    return found
