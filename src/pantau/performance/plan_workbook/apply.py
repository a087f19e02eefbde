"""A validated plan workbook written: lock checks first, then nodes (parents first),
indicators and targets with bulk inserts in one transaction and one summary audit event."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.locks import ensure_quarters_editable, ensure_year_open
from pantau.performance.models import Indicator, Plan, PlanNode, Target
from pantau.performance.plan_workbook.layout import node_code
from pantau.performance.plan_workbook.read import ParsedImport
from pantau.tenancy.models import Agency


def _check_locks(*, actor: Any, plan: Plan, parsed: ParsedImport) -> None:
    years = sorted({cell[0] for row in parsed.indicators for cell in row["targets"]})
    for year in years:
        ensure_year_open(actor=actor, obj=plan, year=year, attempt=_("impor target"))
    by_agency: dict[Agency, set[tuple[int, int | None]]] = {}
    for row in parsed.indicators:
        by_agency.setdefault(row["agency"], set()).update(row["targets"])
    for agency, cells in by_agency.items():
        ensure_quarters_editable(actor=actor, agency=agency, cells=cells,
                                 attempt=_("impor target"))


def indicators_import_apply(*, actor: Any, plan: Plan, parsed: ParsedImport) -> tuple[int, int]:
    """Writes a clean import with bulk inserts; returns (new nodes, new indicators)."""
    if parsed.errors:
        raise ValueError("an import with errors cannot be applied")
    _check_locks(actor=actor, plan=plan, parsed=parsed)
    with transaction.atomic():
        nodes = {node_code(n).lower(): n for n in PlanNode.objects.filter(plan=plan)}
        pending = list(parsed.nodes)
        while pending:  # parents first: each round inserts the nodes whose parent exists
            ready = [n for n in pending if n.parent_key is None or n.parent_key in nodes]
            if not ready:
                raise ValueError("import nodes whose parents are never created")
            created = PlanNode.objects.bulk_create([PlanNode(
                region_id=plan.region_id, plan=plan, level=n.level, code=n.code, name=n.name,
                position=n.position, parent=nodes[n.parent_key] if n.parent_key else None)
                for n in ready])
            nodes.update({n.key: node for n, node in zip(ready, created, strict=True)})
            pending = [n for n in pending if n not in ready]
        indicators = Indicator.objects.bulk_create([Indicator(
            region_id=plan.region_id, node=nodes[row["node_key"]],
            **{k: v for k, v in row.items() if k not in ("node_key", "targets")})
            for row in parsed.indicators])
        targets = [Target(region_id=plan.region_id, indicator=indicator, year=year,
                          quarter=quarter, value=low, value_high=high)
                   for indicator, row in zip(indicators, parsed.indicators, strict=True)
                   for (year, quarter), (low, high) in row["targets"].items()]
        Target.objects.bulk_create(targets, batch_size=2000)
        audit_record(actor=actor, action="performance.import.applied", obj=plan, changes={
            "nodes": [0, len(parsed.nodes)], "indicators": [0, len(indicators)],
            "targets": [0, len(targets)]})
    return len(parsed.nodes), len(indicators)
