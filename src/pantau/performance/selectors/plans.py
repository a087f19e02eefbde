"""Reads for the plan pages, the indicator page and the XLSX export."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet

from pantau.performance.models import (
    Indicator,
    Plan,
    PlanLevel,
    PlanNode,
    Realization,
    Target,
)
from pantau.performance.permissions import can_read_plan


def plans_with_counts() -> QuerySet[Plan]:
    """Every plan of the Pemda with its active node, indicator and IKU counts."""
    active_nodes = Q(nodes__is_active=True)
    active_indicators = Q(nodes__indicators__is_active=True, nodes__is_active=True)
    return (
        Plan.objects.select_related("agency")
        .annotate(
            node_count=Count("nodes", filter=active_nodes, distinct=True),
            indicator_count=Count("nodes__indicators", filter=active_indicators, distinct=True),
            key_count=Count("nodes__indicators",
                            filter=active_indicators & Q(nodes__indicators__is_key=True),
                            distinct=True),
        )
        .order_by("-level", "agency__name", "-start_year")  # RPJMD first, then OPD names
    )


def readable_plans(user: Any) -> list[Plan]:
    """The plans the user may open (``performance.view_plan``), with their counts."""
    return [plan for plan in plans_with_counts() if can_read_plan(user, plan)]


@dataclass
class TreeRow:
    node: PlanNode
    depth: int
    indicators: list[Indicator] = field(default_factory=list)


def plan_tree(*, plan: Plan, include_inactive: bool = True) -> list[TreeRow]:
    """Nodes in depth-first order with their indicators (three queries whatever the size)."""
    nodes = list(PlanNode.objects.filter(plan=plan).order_by("position", "code", "id"))
    indicators = Indicator.objects.filter(node__plan=plan).select_related("agency", "supports")
    if not include_inactive:
        indicators = indicators.filter(is_active=True)
    by_node: dict[int, list[Indicator]] = defaultdict(list)
    for indicator in indicators.order_by("position", "code", "id"):
        by_node[indicator.node_id].append(indicator)
    children: dict[int | None, list[PlanNode]] = defaultdict(list)
    for node in nodes:
        children[node.parent_id].append(node)
    rows: list[TreeRow] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for node in children.get(parent_id, []):
            if include_inactive or node.is_active:  # an inactive node hides its subtree
                rows.append(TreeRow(node, depth, by_node.get(node.pk, [])))
                walk(node.pk, depth + 1)

    walk(None, 0)
    return rows


def targets_by_cell(*, indicators: list[Indicator]) -> dict[int, dict[tuple[int, int | None],
                                                                     Target]]:
    """{indicator id: {(year, quarter): Target}} in one query."""
    cells: dict[int, dict[tuple[int, int | None], Target]] = defaultdict(dict)
    for target in Target.objects.filter(indicator__in=indicators):
        cells[target.indicator_id][(target.year, target.quarter)] = target
    return cells


@dataclass
class YearTargets:
    year: int
    annual: Target | None
    quarters: list[Target | None]

    @property
    def not_computable(self) -> bool:
        """Target 0 or missing: capaian of the year cannot be computed."""
        value = self.annual.counted_value if self.annual else None
        return value is None or value == Decimal(0)


def indicator_years(*, indicator: Indicator) -> list[YearTargets]:
    plan = indicator.node.plan
    cells = targets_by_cell(indicators=[indicator]).get(indicator.pk, {})
    return [YearTargets(year, cells.get((year, None)),
                        [cells.get((year, q)) for q in range(1, 5)]) for year in plan.years]


def indicator_realizations(*, indicator: Indicator) -> QuerySet[Realization]:
    return (Realization.objects.filter(indicator=indicator).select_related("period")
            .order_by("period__year", "period__quarter"))


def indicator_supported_by(*, indicator: Indicator) -> QuerySet[Indicator]:
    return (Indicator.objects.filter(supports=indicator).select_related("agency", "node")
            .order_by("agency__name", "code"))


def rpjmd_indicators() -> QuerySet[Indicator]:
    """The Pemda's active RPJMD indicators: what a Renstra indicator may support."""
    return (Indicator.objects.filter(node__plan__level=PlanLevel.RPJMD, is_active=True,
                                     node__plan__is_active=True)
            .select_related("node").order_by("node__plan__start_year", "code", "name"))
