"""Quarterly reporting fixtures on the shared world: OPD A's Renstra with two indicators and a
budget line, one indicator of OPD B, and the quarters TW I and TW II 2026 of Kabupaten Contoh."""

from __future__ import annotations

import datetime
import html
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.performance.models import (
    AgencyReport,
    BudgetLine,
    Indicator,
    Plan,
    PlanNode,
    Realization,
    Target,
)
from pantau.tenancy.models import Agency, Period
from tests.personas import World


@dataclass
class Reporting:
    world: World
    q1: Period
    q2: Period
    percent: Indicator   # "%", last value
    people: Indicator    # "orang", summed
    other: Indicator     # OPD B's
    program: PlanNode
    kegiatan_idle: PlanNode
    line: BudgetLine

    def form_url(self, period: Period | None = None, agency: Agency | None = None) -> str:
        return reverse("performance_reporting:report_form",
                       args=[(agency or self.world.opd_a).pk, (period or self.q1).pk])

    def action_url(self, action: str, period: Period | None = None) -> str:
        return reverse("performance_reporting:report_transition",
                       args=[self.world.opd_a.pk, (period or self.q1).pk, action])


def _renstra(region: Any, agency: Agency, code: str) -> dict[str, PlanNode]:
    plan = Plan.objects.create(region=region, level="renstra", agency=agency,
                               title=f"Renstra {agency.short_name}", start_year=2025,
                               end_year=2029)
    nodes: dict[str, PlanNode] = {}
    parent = None
    for level in ("tujuan", "sasaran", "program", "kegiatan"):
        parent = PlanNode.objects.create(region=region, plan=plan, parent=parent, level=level,
                                         code=f"{code}.{level[:3]}", name=f"{level} {code}")
        nodes[level] = parent
    nodes["kegiatan_idle"] = PlanNode.objects.create(
        region=region, plan=plan, parent=nodes["program"], level="kegiatan",
        code=f"{code}.idle", name=f"Kegiatan belum berjalan {code}")
    return nodes


def _indicator(node: PlanNode, agency: Agency, code: str, unit: str, aggregation: str,
               annual: str, quarter: str) -> Indicator:
    indicator = Indicator.objects.create(region_id=node.region_id, node=node, agency=agency,
                                         code=code, name=f"Indikator {code}", unit=unit,
                                         aggregation=aggregation)
    Target.objects.create(region_id=node.region_id, indicator=indicator, year=2026,
                          value=Decimal(annual))
    Target.objects.create(region_id=node.region_id, indicator=indicator, year=2026, quarter=1,
                          value=Decimal(quarter))
    return indicator


def build_reporting(world: World) -> Reporting:
    with scopes_disabled():
        region = world.region_a
        q1 = Period.objects.create(region=region, year=2026, quarter=1)
        q2 = Period.objects.create(region=region, year=2026, quarter=2)
        a = _renstra(region, world.opd_a, "A")
        b = _renstra(region, world.opd_b, "B")
        percent = _indicator(a["program"], world.opd_a, "IK-A1", "%", "last", "90", "85")
        people = _indicator(a["kegiatan"], world.opd_a, "IK-A2", "orang", "sum", "400", "100")
        other = _indicator(b["program"], world.opd_b, "IK-B1", "%", "last", "80", "75")
        line = BudgetLine.objects.create(region=region, agency=world.opd_a, node=a["kegiatan"],
                                         year=2026, pagu=Decimal("1000000000"))
    return Reporting(world=world, q1=q1, q2=q2, percent=percent, people=people, other=other,
                     program=a["program"], kegiatan_idle=a["kegiatan_idle"], line=line)


@pytest.fixture
def rep(world: World) -> Reporting:
    return build_reporting(world)


def form_data(rep: Reporting, **values: str) -> dict[str, str]:
    """A full post of OPD A's form; keyword names: percent, people, budget, plus texts."""
    return {
        f"value-{rep.percent.pk}": values.get("percent", "87,5"),
        f"drivers-{rep.percent.pk}": values.get("drivers", "Posyandu aktif"),
        f"obstacles-{rep.percent.pk}": values.get("obstacles", ""),
        f"follow_up_plan-{rep.percent.pk}": values.get("follow_up", "Sweeping imunisasi"),
        f"value-{rep.people.pk}": values.get("people", "120"),
        f"drivers-{rep.people.pk}": "", f"obstacles-{rep.people.pk}": "",
        f"follow_up_plan-{rep.people.pk}": "",
        f"budget-{rep.line.pk}": values.get("budget", "250.000.000"),
    }


def realizations(rep: Reporting, period: Period | None = None) -> dict[str, Any]:
    with scopes_disabled():
        return {r.indicator.code: r.value for r in Realization.objects.filter(
            period=period or rep.q1).select_related("indicator")}


def make_report(rep: Reporting, agency: Agency, status: str) -> AgencyReport:
    """A report of ``agency`` for TW I already in ``status`` (no workflow steps)."""
    with scopes_disabled():
        return AgencyReport.objects.create(region=rep.world.region_a, agency=agency,
                                           period=rep.q1, status=status)


def report_status(rep: Reporting, period: Period | None = None) -> str | None:
    with scopes_disabled():
        report = AgencyReport.objects.filter(agency=rep.world.opd_a,
                                             period=period or rep.q1).first()
        return report.status if report else None


def page_text(client: Client, url: str) -> str:
    """The page's HTML with entities decoded, as a reader sees the text."""
    return html.unescape(client.get(url).content.decode())


def events(action: str) -> list[AuditEvent]:
    with scopes_disabled():
        return list(AuditEvent.objects.filter(action=action).order_by("id"))


def post(client: Client, url: str, data: dict[str, Any] | None = None) -> Any:
    return client.post(url, data or {})


def aware(*args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
