"""Who may do what with SKM surveys: rules predicates.

Evaluators and admins manage every survey of their Pemda; operators and heads of an OPD manage
the surveys of their OPD's units; leaders and assessors read. Marking a response invalid is for
evaluators and admins only. Surveys of another Pemda are not found at all (404).
"""

from __future__ import annotations

from typing import Any

import rules

from pantau.tenancy.models import AGENCY_ROLES, Agency, Role, ServiceUnit
from pantau.tenancy.permissions import is_back_office, membership_of


def _agency_of(obj: Any) -> int | None:
    if isinstance(obj, ServiceUnit):
        return obj.agency_id
    if isinstance(obj, Agency):
        return obj.pk
    unit = getattr(obj, "unit", None)
    return unit.agency_id if unit is not None else None


@rules.predicate
def is_agency_staff(user: Any) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.role in AGENCY_ROLES


@rules.predicate
def is_reader(user: Any) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.role in (Role.LEADER, Role.ASSESSOR)


@rules.predicate
def is_staff_of_survey_agency(user: Any, obj: Any) -> bool:
    """Operator or head of the OPD that runs the survey's (or the unit's) service."""
    membership = membership_of(user)
    if membership is None or membership.role not in AGENCY_ROLES or obj is None:
        return False
    return membership.agency_id is not None and membership.agency_id == _agency_of(obj)


rules.add_perm("surveys.view_surveys", is_back_office | is_agency_staff | is_reader)
rules.add_perm("surveys.view_survey", is_back_office | is_reader | is_staff_of_survey_agency)
rules.add_perm("surveys.add_survey", is_back_office | is_agency_staff)
rules.add_perm("surveys.manage_survey", is_back_office | is_staff_of_survey_agency)
rules.add_perm("surveys.invalidate_response", is_back_office)
rules.add_perm("surveys.manage_questionnaire", is_back_office)


def sees_all_units(user: Any) -> bool:
    """Evaluators, admins, leaders and assessors see every unit's survey; OPD staff their own."""
    membership = membership_of(user)
    return membership is not None and membership.role not in AGENCY_ROLES
