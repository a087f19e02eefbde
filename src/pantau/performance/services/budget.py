"""Budget realization (Rp spent in a quarter) per budget line of an OPD."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pantau.performance.models import BudgetLine, BudgetRealization
from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import to_decimal
from pantau.tenancy.models import Agency, Period

MONEY_LIMIT = Decimal("10") ** 16


def budget_amount_clean(raw: Any) -> Decimal | None:
    """A rupiah amount ≥ 0 with at most 2 decimals, or None when empty."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        value = to_decimal(raw, "realisasi anggaran")
    except ScoringError as error:
        raise ValidationError(str(error)) from error
    if value < 0:
        raise ValidationError(_("Realisasi anggaran tidak boleh negatif."))
    if value >= MONEY_LIMIT or value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError(_("Realisasi anggaran terlalu besar atau lebih dari 2 desimal."))
    return value


def budget_changes_apply(*, agency: Agency, period: Period, amounts: dict[int, Decimal | None]
                         ) -> dict[str, list[Any]]:
    """Writes the quarter's amounts of the OPD's lines (empty = removed); returns the changes.

    Called inside the caller's transaction, after its lock check; the caller audits.
    """
    lines = {line.pk: line for line in BudgetLine.objects.filter(
        agency=agency, year=period.year, pk__in=list(amounts)).select_related("node")}
    unknown = set(amounts) - set(lines)
    if unknown:
        raise ValidationError(_("Baris anggaran ini bukan milik OPD ini atau tahun ini."))
    existing = {r.line_id: r for r in BudgetRealization.objects.filter(
        period=period, line_id__in=list(lines))}
    changes: dict[str, list[Any]] = {}
    for line_id, amount in amounts.items():
        if amount is not None:
            budget_amount_clean(amount)
        current = existing.get(line_id)
        before = current.amount if current else None
        if before == amount or (amount is None and before == 0):
            continue
        label = f"anggaran.{lines[line_id].node.code or lines[line_id].node_id}"
        changes[label] = [None if before is None else str(before),
                          None if amount is None else str(amount)]
        if amount is None and current is not None:
            current.amount = Decimal(0)  # never deleted: an emptied amount becomes zero
            current.save(update_fields=["amount"])
        elif current is not None:
            current.amount = amount  # type: ignore[assignment]
            current.save(update_fields=["amount"])
        elif amount is not None:
            BudgetRealization.objects.create(region_id=agency.region_id, line_id=line_id,
                                             period=period, amount=amount)
    return changes
