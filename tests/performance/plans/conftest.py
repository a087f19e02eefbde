"""Plan fixtures on the shared world: the RPJMD 2025–2029 of Kabupaten Contoh with one misi →
tujuan → sasaran and an indicator, OPD A's Renstra (tujuan → sasaran → program with an indicator
supporting the RPJMD one, targets for 2026) and OPD B's empty Renstra."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django_scopes import scopes_disabled

from pantau.performance.models import Indicator, Plan, PlanLevel, PlanNode, Target
from pantau.tenancy.models import Agency
from tests.personas import World


@dataclass
class Plans:
    rpjmd: Plan
    rpjmd_sasaran: PlanNode
    rpjmd_indicator: Indicator
    renstra_a: Plan
    tujuan_a: PlanNode
    sasaran_a: PlanNode
    program_a: PlanNode
    indicator_a: Indicator
    renstra_b: Plan


def make_plan(world: World, agency: Agency | None, title: str) -> Plan:
    level = PlanLevel.RENSTRA if agency else PlanLevel.RPJMD
    with scopes_disabled():
        return Plan.objects.create(region=world.region_a, level=level, agency=agency,
                                   title=title, start_year=2025, end_year=2029)


def make_node(plan: Plan, parent: PlanNode | None, level: str, code: str, name: str) -> PlanNode:
    with scopes_disabled():
        return PlanNode.objects.create(region_id=plan.region_id, plan=plan, parent=parent,
                                       level=level, code=code, name=name)


def make_indicator(node: PlanNode, agency: Agency, code: str, name: str,
                   **extra: Any) -> Indicator:
    with scopes_disabled():
        return Indicator.objects.create(region_id=node.region_id, node=node, agency=agency,
                                        code=code, name=name, unit=extra.pop("unit", "%"),
                                        **extra)


@pytest.fixture
def plans(world: World) -> Plans:
    rpjmd = make_plan(world, None, "RPJMD Kabupaten Contoh 2025–2029")
    misi = make_node(rpjmd, None, "misi", "M1", "Masyarakat sehat dan cerdas")
    tujuan = make_node(rpjmd, misi, "tujuan", "M1.T1", "Meningkatkan derajat kesehatan")
    rpjmd_sasaran = make_node(rpjmd, tujuan, "sasaran", "M1.T1.S1", "Menurunnya stunting")
    rpjmd_indicator = make_indicator(rpjmd_sasaran, world.opd_a, "IKU-1", "Prevalensi stunting",
                                     polarity="negative", is_key=True)
    renstra_a = make_plan(world, world.opd_a, "Renstra Dinas Kesehatan 2025–2029")
    tujuan_a = make_node(renstra_a, None, "tujuan", "T1", "Meningkatnya mutu layanan kesehatan")
    sasaran_a = make_node(renstra_a, tujuan_a, "sasaran", "T1.S1", "Meningkatnya gizi balita")
    program_a = make_node(renstra_a, sasaran_a, "program", "1.02.02",
                          "Program Pemenuhan Upaya Kesehatan")
    indicator_a = make_indicator(program_a, world.opd_a, "IK-1",
                                 "Cakupan imunisasi dasar lengkap", supports=rpjmd_indicator)
    with scopes_disabled():
        Target.objects.create(region=world.region_a, indicator=indicator_a, year=2026,
                              value=Decimal("90"))
    renstra_b = make_plan(world, world.opd_b, "Renstra Dinas Pendidikan 2025–2029")
    return Plans(rpjmd, rpjmd_sasaran, rpjmd_indicator, renstra_a, tujuan_a, sasaran_a,
                 program_a, indicator_a, renstra_b)
