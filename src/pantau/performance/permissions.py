"""Who may do what with plans, indicators, quarterly reports and follow-ups (rules predicates).

Object checks take the OPD (Agency) or any object with ``agency_id``; the Pemda boundary is kept
by the scoped queries (objects of another Pemda are not found: 404).
"""

from __future__ import annotations

from typing import Any

import rules

from pantau.performance.models import PlanLevel
from pantau.tenancy.models import Role
from pantau.tenancy.permissions import (
    is_admin,
    is_back_office,
    is_leader,
    is_member,
    is_region_wide,
    is_staff_of_agency,
    membership_of,
)


@rules.predicate
def is_operator_of_agency(user: Any, obj: Any) -> bool:
    membership = membership_of(user)
    return bool(membership and membership.role == Role.OPERATOR and is_staff_of_agency(user, obj))


@rules.predicate
def is_head_of_agency(user: Any, obj: Any) -> bool:
    membership = membership_of(user)
    return bool(
        membership and membership.role == Role.AGENCY_HEAD and is_staff_of_agency(user, obj)
    )


# Reading an OPD's performance data: back office, leaders, assessors, and the OPD's own staff.
can_read_agency_data = is_region_wide | is_staff_of_agency
can_manage_agency_indicators = is_back_office | is_staff_of_agency


@rules.predicate
def can_read_plan(user: Any, plan: Any) -> bool:
    """The RPJMD is read by every member; a Renstra by those who may read its OPD's data."""
    if plan is None:
        return False
    if plan.level == PlanLevel.RPJMD:
        return bool(is_member(user))
    return bool(can_read_agency_data(user, plan.agency))


@rules.predicate
def can_edit_plan(user: Any, plan: Any) -> bool:
    """A plan's tree (nodes, indicators, targets, import): the back office edits the RPJMD;
    the back office and the OPD's staff edit its Renstra."""
    if plan is None:
        return False
    if plan.level == PlanLevel.RPJMD:
        return bool(is_back_office(user))
    return bool(can_manage_agency_indicators(user, plan.agency))


rules.add_perm("performance.view_overview", is_region_wide)
rules.add_perm("performance.view_agency", can_read_agency_data)
# Adding a plan and editing its own fields (title, years); its tree is performance.edit_plan.
rules.add_perm("performance.manage_plans", is_back_office)
rules.add_perm("performance.view_plan", can_read_plan)
rules.add_perm("performance.edit_plan", can_edit_plan)
rules.add_perm("performance.manage_indicators", can_manage_agency_indicators)
rules.add_perm("performance.enter_realization", is_staff_of_agency)
rules.add_perm("performance.submit_report", is_operator_of_agency | is_head_of_agency)
rules.add_perm("performance.approve_report", is_head_of_agency)
# The head either approves a submitted report or sends it back to the operator with a note.
rules.add_perm("performance.return_to_operator", is_head_of_agency)
rules.add_perm("performance.verify_report", is_back_office)
# Only for an OPD without a Kepala OPD account (checked by the service), with a note.
rules.add_perm("performance.approve_on_behalf", is_back_office)
rules.add_perm("performance.lock_period", is_back_office)
rules.add_perm("performance.manage_settings", is_admin | is_back_office)
rules.add_perm("performance.generate_rakor_pack", is_back_office | is_leader)
rules.add_perm("performance.view_any", is_member)
