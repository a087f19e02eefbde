"""Small builders of plans, indicators, targets, realizations and budget for the analysis tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django_scopes import scopes_disabled

from pantau.performance.models import (
    BudgetLine,
    BudgetRealization,
    Indicator,
    Plan,
    PlanNode,
    Realization,
    Target,
)
from pantau.tenancy.models import Agency, Period


def D(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def quarter(region: Any, year: int, number: int) -> Period:
    with scopes_disabled():
        return Period.objects.get_or_create(region=region, year=year, quarter=number)[0]


def year_period(region: Any, year: int) -> Period:
    with scopes_disabled():
        return Period.objects.get_or_create(region=region, year=year, quarter=None)[0]


def renstra(agency: Agency, start: int = 2025, end: int = 2029) -> dict[str, PlanNode]:
    """A Renstra with one tujuan → sasaran → program → kegiatan → sub-kegiatan chain."""
    with scopes_disabled():
        plan = Plan.objects.create(region=agency.region, level="renstra", agency=agency,
                                   title=f"Renstra {agency.short_name}", start_year=start,
                                   end_year=end)
        nodes: dict[str, PlanNode] = {}
        parent = None
        for level in ("tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan"):
            parent = PlanNode.objects.create(region=agency.region, plan=plan, parent=parent,
                                             level=level, code=level[:3].upper(),
                                             name=f"{level.title()} {agency.short_name}")
            nodes[level] = parent
    return nodes


def child_node(parent: PlanNode, level: str, name: str) -> PlanNode:
    with scopes_disabled():
        return PlanNode.objects.create(region=parent.region, plan=parent.plan, parent=parent,
                                       level=level, name=name)


def indicator(node: PlanNode, agency: Agency, name: str = "Indikator", *,
              polarity: str = "positive", aggregation: str = "last", is_range: bool = False,
              annual: Any = None, annual_high: Any = None, year: int = 2026,
              quarters: dict[int, Any] | None = None) -> Indicator:
    """An indicator with an optional annual target and quarterly targets."""
    with scopes_disabled():
        item = Indicator.objects.create(region=agency.region, node=node, agency=agency,
                                        name=name, unit="%", polarity=polarity,
                                        aggregation=aggregation, is_range=is_range)
        if annual is not None:
            Target.objects.create(region=agency.region, indicator=item, year=year,
                                  value=D(annual), value_high=D(annual_high))
        for number, value in (quarters or {}).items():
            Target.objects.create(region=agency.region, indicator=item, year=year,
                                  quarter=number, value=D(value))
    return item


def realize(item: Indicator, year: int, values: dict[int, Any], **texts: str) -> None:
    with scopes_disabled():
        for number, value in values.items():
            Realization.objects.create(region=item.region, indicator=item,
                                       period=quarter(item.region, year, number),
                                       value=D(value), **texts)


def budget(node: PlanNode, agency: Agency, pagu: Any, spent: dict[int, Any],
           year: int = 2026) -> BudgetLine:
    with scopes_disabled():
        line = BudgetLine.objects.create(region=agency.region, agency=agency, node=node,
                                         year=year, pagu=D(pagu))
        for number, amount in spent.items():
            BudgetRealization.objects.create(region=agency.region, line=line,
                                             period=quarter(agency.region, year, number),
                                             amount=D(amount))
    return line
