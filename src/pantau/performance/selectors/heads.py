"""Which OPDs have a Kepala OPD account that can approve their quarterly reports.

A head counts once they can log in: invited by email, they must first set their password.

Without one, a submitted report would wait at "Diajukan" for nobody: the operator is warned, the
overview flags the OPD, and the back office may approve on the head's behalf with a note.
"""

from __future__ import annotations

from django.db.models import QuerySet

from pantau.tenancy.models import Agency, Membership, Role
from pantau.tenancy.selectors import memberships_in_use


def _active_heads() -> QuerySet[Membership]:
    # An invitation not accepted yet (no consent, or no password set) opens nothing: that head
    # cannot log in, so cannot approve.
    return memberships_in_use().filter(role=Role.AGENCY_HEAD, agency__isnull=False)


def agency_ids_with_head() -> set[int]:
    return set(_active_heads().values_list("agency_id", flat=True))


def agency_has_head(agency: Agency) -> bool:
    return _active_heads().filter(agency=agency).exists()
