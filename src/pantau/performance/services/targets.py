"""Writes to targets: the grid of annual and quarterly targets, and the official revision.

Only the cells that actually change are checked against the locks (``locks.
ensure_target_cells_editable``), so a closed year does not block editing the years still open.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance import locks
from pantau.performance.capaian.store import indicator_scores_refresh
from pantau.performance.locks import Cell, cell_label
from pantau.performance.models import Indicator, Target


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _check_range(cell: Cell, low: Decimal | None, high: Decimal | None,
                 errors: dict[str, str]) -> None:
    if low is not None and high is not None and high < low:
        errors[cell_label(cell)] = _("%(cell)s: batas atas lebih kecil dari batas bawah.") % {
            "cell": cell_label(cell)}


def targets_save(*, actor: Any, indicator: Indicator,
                 cells: Mapping[Cell, tuple[Decimal | None, Decimal | None]]) -> int:
    """Saves the original targets of the grid; returns how many cells changed."""
    existing = {(t.year, t.quarter): t for t in indicator.targets.all()}
    errors: dict[str, str] = {}
    changed: dict[Cell, tuple[Decimal | None, Decimal | None]] = {}
    for cell, (low, high) in cells.items():
        high = high if indicator.is_range else None
        _check_range(cell, low, high, errors)
        target = existing.get(cell)
        before = (target.value, target.value_high) if target else (None, None)
        if before != (low, high):
            changed[cell] = (low, high)
    if errors:
        raise ValidationError(list(errors.values()))
    if not changed:
        return 0
    locks.ensure_target_cells_editable(actor=actor, indicator=indicator, cells=list(changed))
    with transaction.atomic():
        changes = {}
        for cell, (low, high) in sorted(changed.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
            target = existing.get(cell) or Target(region_id=indicator.region_id,
                                                  indicator=indicator, year=cell[0],
                                                  quarter=cell[1])
            changes[cell_label(cell)] = [
                [_plain(target.value), _plain(target.value_high)], [_plain(low), _plain(high)]]
            target.value, target.value_high = low, high
            target.save()
        indicator_scores_refresh(region_id=indicator.region_id, indicator_ids=[indicator.pk],
                                 years={year for year, _quarter in changed})
        audit_record(actor=actor, action="performance.target.updated", obj=indicator,
                     changes=changes)
    return len(changed)


def targets_revise(*, actor: Any, indicator: Indicator, note: str,
                   cells: Mapping[Cell, tuple[Decimal | None, Decimal | None, bool]]) -> int:
    """Records an official revision (perubahan): revised values and which value counts.

    The original target stays as it was; ``use_revised`` chooses the one that counts.
    """
    existing = {(t.year, t.quarter): t for t in indicator.targets.all()}
    errors: dict[str, str] = {}
    changed: dict[Cell, tuple[Decimal | None, Decimal | None, bool]] = {}
    for cell, (low, high, use) in cells.items():
        high = high if indicator.is_range else None
        _check_range(cell, low, high, errors)
        if use and low is None:
            errors[cell_label(cell) + "u"] = _(
                "%(cell)s: target perubahan belum diisi, tidak dapat diberlakukan.") % {
                "cell": cell_label(cell)}
        target = existing.get(cell)
        before = ((target.revised_value, target.revised_value_high, target.use_revised)
                  if target else (None, None, False))
        if before != (low, high, use):
            changed[cell] = (low, high, use)
    if changed and not note.strip():
        errors["note"] = _("Isi dasar perubahan (mis. nomor Perda/Perkada perubahan).")
    if errors:
        raise ValidationError(list(errors.values()))
    if not changed:
        return 0
    locks.ensure_target_cells_editable(actor=actor, indicator=indicator, cells=list(changed))
    with transaction.atomic():
        changes = {}
        for cell, (low, high, use) in sorted(changed.items(),
                                             key=lambda kv: (kv[0][0], kv[0][1] or 0)):
            target = existing.get(cell) or Target(region_id=indicator.region_id,
                                                  indicator=indicator, year=cell[0],
                                                  quarter=cell[1])
            changes[cell_label(cell)] = [
                [_plain(target.revised_value), _plain(target.revised_value_high),
                 target.use_revised],
                [_plain(low), _plain(high), use]]
            target.revised_value, target.revised_value_high = low, high
            target.use_revised, target.revision_note = use, note.strip()[:300]
            target.save()
        indicator_scores_refresh(region_id=indicator.region_id, indicator_ids=[indicator.pk],
                                 years={year for year, _quarter in changed})
        audit_record(actor=actor, action="performance.target.revised", obj=indicator,
                     changes=changes, note=note.strip()[:300])
    return len(changed)
