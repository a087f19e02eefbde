"""Recounting a Pemda's SKM rollup from its raw responses (``manage.py skm_recount``)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from pantau.audit.services import audit_record

# _rollup_rebuild writes no audit event: this service is its one audited entry.
from pantau.surveys.rollup import _rollup_rebuild
from pantau.tenancy.models import Region


@transaction.atomic
def rollup_recount(*, region: Region, actor: Any = None) -> int:
    """Rebuilds the Pemda's rollup (daily and monthly) from its valid raw responses.

    Set-based (``rollup._rollup_rebuild``): one ``GROUP BY`` over the raw rows; on PostgreSQL only
    the tally rows that differ are written. Returns the Pemda's daily rollup rows.
    """
    rows = _rollup_rebuild(region_id=region.pk)
    audit_record(
        actor=actor, action="surveys.tally.recounted", region=region,
        note=f"{rows} baris rekap harian dihitung ulang",
    )
    return rows
