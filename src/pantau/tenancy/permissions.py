"""Who may do what with Pemda, OPD, unit, product, period and user data: rules predicates.

The middleware puts the user's membership in the current Pemda on ``user.membership``; objects of
another Pemda never reach these checks because the scoped queries do not find them (404).
"""

from __future__ import annotations

from typing import Any

import rules

from pantau.tenancy.models import AGENCY_ROLES, Agency, Role, ServiceProduct, ServiceUnit


def membership_of(user: Any) -> Any:
    membership = getattr(user, "membership", None)
    if membership is None or not membership.is_active:
        return None
    return membership


def agency_id_of(obj: Any) -> int | None:
    """The OPD an object belongs to: an OPD itself, a unit's or product's OPD, any row with
    ``agency_id`` (plans, indicators, reports), or the OPD of its unit (surveys, follow-ups)."""
    if isinstance(obj, Agency):
        return obj.pk
    if isinstance(obj, ServiceUnit):
        return obj.agency_id
    if isinstance(obj, ServiceProduct):
        return obj.unit.agency_id
    if hasattr(obj, "agency_id"):
        return obj.agency_id
    unit = getattr(obj, "unit", None)
    return unit.agency_id if unit is not None else None


def _has_role(*roles: str) -> Any:
    @rules.predicate(name=f"has_role_{'_'.join(roles)}")
    def predicate(user: Any) -> bool:
        membership = membership_of(user)
        return membership is not None and membership.role in roles

    return predicate


is_member = rules.predicate(lambda user: membership_of(user) is not None, name="is_member")
is_admin = _has_role(Role.ADMIN)
is_evaluator = _has_role(Role.EVALUATOR)
is_leader = _has_role(Role.LEADER)
is_assessor = _has_role(Role.ASSESSOR)
# Operators and heads: their work is one OPD's (the membership names it).
is_agency_staff = _has_role(*sorted(AGENCY_ROLES))


@rules.predicate
def is_staff_of_agency(user: Any, obj: Any) -> bool:
    """Operator or head whose membership names the object's OPD."""
    membership = membership_of(user)
    if membership is None or membership.role not in AGENCY_ROLES or obj is None:
        return False
    return membership.agency_id is not None and membership.agency_id == agency_id_of(obj)


is_back_office = is_admin | is_evaluator
# Leaders and assessors read every OPD of the Pemda and change nothing.
is_reader = is_leader | is_assessor
# Every role that is not one OPD's: reads the data of every OPD of the Pemda.
is_region_wide = is_back_office | is_reader

rules.add_perm("tenancy.view_region", is_member)
rules.add_perm("tenancy.manage_agencies", is_back_office)
rules.add_perm("tenancy.manage_units", is_back_office | is_staff_of_agency)
rules.add_perm("tenancy.manage_periods", is_back_office)
rules.add_perm("tenancy.manage_users", is_admin)
rules.add_perm("audit.view_history", is_back_office)
