"""Budget realization (Rp spent in a quarter) per budget line of an OPD.

Spending may not pass the line's pagu (the appropriation): neither one quarter's amount nor the
year's quarters together.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pantau.performance.models import BudgetLine, BudgetRealization
from pantau.performance.validation import budget_amount_clean, budget_pagu_problem
from pantau.tenancy.models import Agency, Period


def _spent_in_other_quarters(*, period: Period, line_ids: list[int]) -> dict[int, Decimal]:
    spent: dict[int, Decimal] = defaultdict(Decimal)
    for line_id, amount in BudgetRealization.objects.filter(
            line_id__in=line_ids).exclude(period=period).values_list("line_id", "amount"):
        spent[line_id] += amount  # a line is one budget year: all its periods are that year
    return spent


def _budget_changes_apply(*, agency: Agency, period: Period, amounts: dict[int, Decimal | None]
                         ) -> dict[str, list[Any]]:
    """Writes the quarter's amounts of the OPD's lines (empty = removed); returns the changes.

    Called inside the caller's transaction, after its lock check; the caller audits.
    """
    # Locked (in the caller's transaction): two saves of different quarters of one line must
    # not both pass the pagu check against the other's old amount.
    lines = {line.pk: line for line in BudgetLine.objects.filter(
        agency=agency, year=period.year, pk__in=list(amounts)).select_related("node")
        .select_for_update(of=("self",)).order_by("pk")}
    unknown = set(amounts) - set(lines)
    if unknown:
        raise ValidationError(_("Baris anggaran ini bukan milik OPD ini atau tahun ini."))
    existing = {r.line_id: r for r in BudgetRealization.objects.filter(
        period=period, line_id__in=list(lines))}
    for amount in amounts.values():  # an API or script caller may not have checked
        if amount is not None:
            budget_amount_clean(amount)
    changed = {line_id: amount for line_id, amount in amounts.items()
               if not _unchanged(existing.get(line_id), amount)}
    spent_other = _spent_in_other_quarters(period=period, line_ids=list(changed))
    problems = []
    for line_id, amount in changed.items():  # an unchanged old amount is not checked again
        current = existing.get(line_id)
        problem = budget_pagu_problem(amount=amount, pagu=lines[line_id].pagu,
                                      spent_other=spent_other[line_id],
                                      before=current.amount if current else None)
        if problem:
            problems.append(f"{lines[line_id].node.code or lines[line_id].node.name}: {problem}")
    if problems:
        raise ValidationError(problems)
    changes: dict[str, list[Any]] = {}
    for line_id, amount in changed.items():
        current = existing.get(line_id)
        before = current.amount if current else None
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


def _unchanged(current: BudgetRealization | None, amount: Decimal | None) -> bool:
    before = current.amount if current else None
    return before == amount or (amount is None and before == 0)
