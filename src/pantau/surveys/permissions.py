"""Who may do what with SKM surveys: rules predicates.

Evaluators and admins manage every survey of their Pemda; operators and heads of an OPD manage
the surveys of their OPD's units; leaders and assessors read. Marking a response invalid is for
evaluators and admins only. Surveys of another Pemda are not found at all (404).

The predicates are the Pemda's agency predicates (``tenancy.permissions``): a survey, a
follow-up or a unit belongs to the OPD of its unit (``agency_id_of``).
"""

from __future__ import annotations

import rules

from pantau.tenancy.permissions import (
    is_agency_staff,
    is_back_office,
    is_reader,
    is_staff_of_agency,
)

rules.add_perm("surveys.view_surveys", is_back_office | is_agency_staff | is_reader)
rules.add_perm("surveys.view_survey", is_back_office | is_reader | is_staff_of_agency)
rules.add_perm("surveys.add_survey", is_back_office | is_agency_staff)
rules.add_perm("surveys.manage_survey", is_back_office | is_staff_of_agency)
rules.add_perm("surveys.invalidate_response", is_back_office)
rules.add_perm("surveys.manage_questionnaire", is_back_office)
