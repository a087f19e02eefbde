"""The demo Pemda's self-assessment takes what SKM and the standards register already know: the
auto-filled indicators of this year's units are written from the demo SKM, standards and
maklumat, as the answer sheet does when it opens. Idempotent (a second run writes nothing) and
as deterministic as the data it reads."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django_scopes import scope

from pantau.compliance.services.autofill import answers_autofill_region
from pantau.compliance.services.seeding import instruments_seed
from pantau.tenancy.models import Membership, Region, Role


def autofill_demo_load(*, region: Region, today: datetime.date | None = None) -> int:
    """Fills this year's auto-filled indicators; returns how many answers were written."""
    year = (today or timezone.localdate()).year
    with scope(region=region.pk):
        instruments_seed(region=region)  # a Pemda created after migrate has none yet
        evaluator = (Membership.objects.filter(region=region, role=Role.EVALUATOR,
                                               is_active=True)
                     .select_related("user").order_by("pk").first())
        result = answers_autofill_region(actor=evaluator.user if evaluator else None,
                                         region=region, year=year)
    return result.changed
