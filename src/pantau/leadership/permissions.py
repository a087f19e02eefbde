"""Who may do what in the leadership module (rules predicates).

The dashboard and the quarterly evaluation are the Pemda's top view: leaders, evaluators and the
admin read them. The OPDs named responsible for a priority indicator fill its values, narrative
and evidence; the back office keeps the indicator set, the deadlines and the key points; the
leader or the back office publishes the report. Awards are read by every member.
"""

from __future__ import annotations

from typing import Any

import rules

from pantau.tenancy.models import AGENCY_ROLES
from pantau.tenancy.permissions import (
    is_back_office,
    is_leader,
    is_member,
    membership_of,
)


def _priority_indicator_of(obj: Any) -> Any:
    """The priority indicator an object belongs to: itself, a sub-indicator's, or a row's."""
    if obj is None:
        return None
    if hasattr(obj, "responsible_agencies"):
        return obj
    if hasattr(obj, "sub_indicator"):
        return obj.sub_indicator.indicator
    return getattr(obj, "indicator", None)


@rules.predicate
def is_responsible_agency_staff(user: Any, obj: Any) -> bool:
    """Operator or head of an OPD named responsible for the object's priority indicator."""
    membership = membership_of(user)
    if membership is None or membership.role not in AGENCY_ROLES or not membership.agency_id:
        return False
    indicator = _priority_indicator_of(obj)
    if indicator is None:
        return False
    return indicator.responsible_agencies.filter(pk=membership.agency_id).exists()


is_top_view = is_back_office | is_leader

rules.add_perm("leadership.view_dashboard", is_top_view)
rules.add_perm("leadership.view_evaluation", is_top_view)
rules.add_perm("leadership.manage_indicators", is_back_office)
# Object check: a priority indicator or any row under it.
rules.add_perm("leadership.fill_indicator", is_back_office | is_responsible_agency_staff)
rules.add_perm("leadership.manage_deadlines", is_back_office)
rules.add_perm("leadership.edit_key_points", is_back_office)
rules.add_perm("leadership.generate_report", is_top_view)
rules.add_perm("leadership.publish_report", is_top_view)
rules.add_perm("leadership.view_awards", is_member)
rules.add_perm("leadership.manage_awards", is_back_office)
