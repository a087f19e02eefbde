"""Every Pemda gets its own copy of the seeded instruments, once.

``instruments_seed`` is idempotent (a seed already copied is skipped, by its key). It runs after
``migrate`` for every existing Pemda, and from the compliance pages for a Pemda created later
(one query when nothing is missing). Admins then change a copy by creating a new version.
"""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, connections, transaction
from django_scopes import scope, scopes_disabled

from pantau.audit.services import audit_record
from pantau.compliance.models import Instrument
from pantau.compliance.seed import SEEDS
from pantau.compliance.services.instrument_writer import _instrument_write
from pantau.tenancy.models import Region


def instruments_seed(*, region: Region, actor: Any = None) -> list[Instrument]:
    """Copies the seeded instruments the Pemda lacks; one audit event when any was copied."""
    have = set(Instrument.objects.filter(region=region).exclude(seed_key="")
               .values_list("seed_key", flat=True))
    missing = [seed for seed in SEEDS if seed.key not in have]
    if not missing:
        return []
    try:
        with transaction.atomic():
            created = [_instrument_write(region=region, seed=seed, year_from=seed.year_from,
                                        actor=actor, seed_key=seed.key) for seed in missing]
            audit_record(actor=actor, action="compliance.instruments.seeded", region=region,
                         note=", ".join(str(instrument) for instrument in created))
    except IntegrityError:
        return []  # a concurrent request seeded the same Pemda first
    return created


def seed_after_migrate(sender: Any = None, using: str = "default", **kwargs: Any) -> None:
    """post_migrate: seed every existing Pemda (nothing to do on a fresh database)."""
    if "compliance_instrument" not in connections[using].introspection.table_names():
        return
    with scopes_disabled():
        regions = list(Region.objects.using(using).order_by("pk"))
    for region in regions:
        with scope(region=region.pk):
            instruments_seed(region=region)
