"""Who may do what in the compliance module (rules predicates).

Instruments, lokus and official results are the Pemda's: every member reads them, the back
office keeps them (instrument versions: the admin only). A unit's self-assessment, gap actions
and service standards are its OPD's: the OPD's own staff and the region-wide roles read them;
the OPD's operators answer and keep their standards; the back office reviews.
"""

from __future__ import annotations

import rules

from pantau.tenancy.permissions import (
    is_admin,
    is_back_office,
    is_leader,
    is_member,
    is_region_wide,
    is_staff_of_agency,
)

rules.add_perm("compliance.view", is_member)
rules.add_perm("compliance.manage_instruments", is_admin)
rules.add_perm("compliance.manage_lokus", is_back_office)
# A lokus in force is replaced (with a reason) by the admin only.
rules.add_perm("compliance.replace_lokus", is_admin)
rules.add_perm("compliance.manage_results", is_back_office)
# The readiness report covers every lokus unit: the back office and leaders make it (as the
# rakor pack); OPD staff read their own units on the pages and through the API.
rules.add_perm("compliance.generate_readiness", is_back_office | is_leader)
# Object checks below take a unit, or any row with a unit (answers, actions, standards).
rules.add_perm("compliance.view_unit", is_region_wide | is_staff_of_agency)
rules.add_perm("compliance.answer", is_back_office | is_staff_of_agency)
rules.add_perm("compliance.review", is_back_office)
rules.add_perm("compliance.manage_standards", is_back_office | is_staff_of_agency)
rules.add_perm("compliance.manage_actions", is_back_office | is_staff_of_agency)
rules.add_perm("compliance.manage_perception", is_back_office | is_staff_of_agency)
rules.add_perm("compliance.configure_perception", is_back_office)
