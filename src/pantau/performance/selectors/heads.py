"""Which OPDs have a Kepala OPD account that can approve their quarterly reports.

Without one, a submitted report would wait at "Diajukan" for nobody: the operator is warned, the
overview flags the OPD, and the back office may approve on the head's behalf with a note.
"""

from __future__ import annotations

from django.db.models import QuerySet

from pantau.tenancy.models import Agency, Membership, Role


def _active_heads() -> QuerySet[Membership]:
    # A membership offered but not accepted yet opens nothing: that head cannot approve.
    return Membership.objects.filter(role=Role.AGENCY_HEAD, is_active=True, user__is_active=True,
                                     accepted_at__isnull=False, agency__isnull=False)


def agency_ids_with_head() -> set[int]:
    return set(_active_heads().values_list("agency_id", flat=True))


def agency_has_head(agency: Agency) -> bool:
    return _active_heads().filter(agency=agency).exists()
