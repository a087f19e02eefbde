"""Demo plans of Kabupaten Contoh: the RPJMD 2025–2029 and one Renstra per active OPD.

About 2 000 indicators, targets for every year and budget lines at sub-kegiatan level, written
with bulk_create from the ``DemoPlan``'s ``random.Random``; ``quarters`` fills in the quarters.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from pantau.demo.performance import data as names
from pantau.performance.models import BudgetLine, Indicator, Plan, PlanNode, Target
from pantau.tenancy.models import Agency, Region

START, END = 2025, 2029
BASELINE_YEAR = 2024
# Cumulative share of the annual target due by the end of each quarter (flows, progress).
CUMULATIVE = (Decimal("0.2"), Decimal("0.45"), Decimal("0.75"), Decimal(1))


@dataclass
class Spec:
    """An indicator to create, before it has a primary key."""

    node: PlanNode
    agency: Agency
    name: str
    unit: str
    polarity: str = names.POS
    aggregation: str = "last"
    baseline: Decimal = Decimal(0)
    step: Decimal = Decimal(0)
    quarterly: bool = False  # quarterly (cumulative) targets
    supports: str = ""  # name of the RPJMD indicator it cascades to
    is_key: bool = False


@dataclass
class DemoPlan:
    """What the plan builder made, handed to the quarterly-data builder."""

    rng: random.Random
    region: Region
    agencies: list[Agency]
    specs: list[Spec] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    sub_nodes: list[PlanNode] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    targets: dict[int, dict[tuple[int, int], Decimal | None]] = field(default_factory=dict)


def _d(value: float, places: int = 2) -> Decimal:
    return round(Decimal(repr(value)), places)


def _node(region: Region, plan: Plan, parent: PlanNode | None, level: str, code: str,
          name: str, position: int) -> PlanNode:
    return PlanNode(region=region, plan=plan, parent=parent, level=level, code=code,
                    name=name[:500], position=position)


def _saved(nodes: list[PlanNode]) -> list[PlanNode]:
    return PlanNode.objects.bulk_create(nodes)


def _rpjmd(demo: DemoPlan, by_short: dict[str, Agency]) -> None:
    region = demo.region
    plan = Plan.objects.create(region=region, level="rpjmd", title="RPJMD Kabupaten Contoh "
                               f"{START}–{END}", start_year=START, end_year=END)
    misi = _saved([_node(region, plan, None, "misi", f"M{i}", text, i)
                   for i, (text, _tujuan) in enumerate(names.RPJMD, 1)])
    tujuan_rows, sasaran_rows, indicator_rows = [], [], []
    for m, (_text, tujuan_list) in zip(misi, names.RPJMD, strict=True):
        for t, (tujuan, sasaran_list) in enumerate(tujuan_list, 1):
            tujuan_rows.append((_node(region, plan, m, "tujuan", f"{m.code}.T{t}", tujuan, t),
                                sasaran_list))
    saved_tujuan = _saved([row[0] for row in tujuan_rows])
    for tujuan_node, (_unsaved, sasaran_list) in zip(saved_tujuan, tujuan_rows, strict=True):
        for s, (sasaran, indicators) in enumerate(sasaran_list, 1):
            sasaran_rows.append((_node(region, plan, tujuan_node, "sasaran",
                                       f"{tujuan_node.code}.S{s}", sasaran, s), indicators))
    saved_sasaran = _saved([row[0] for row in sasaran_rows])
    for sasaran_node, (_unsaved, indicators) in zip(saved_sasaran, sasaran_rows, strict=True):
        for name, unit, polarity, baseline, step, short in indicators:
            indicator_rows.append(Spec(
                sasaran_node, by_short.get(short) or demo.agencies[0], name, unit, polarity,
                baseline=_d(baseline, 4), step=_d(step, 4), is_key=True))
    demo.specs.extend(indicator_rows)


def _count_target(rng: random.Random, unit: str) -> Decimal:
    # At least 4, so that a quarter's cumulative target is not rounded to 0 or 1.
    low, high = {"orang": (40, 400), "orang/bulan": (360, 1200), "laporan": (4, 12),
                 "dokumen": (4, 12), "paket": (4, 12), "unit": (4, 24)}.get(unit, (4, 20))
    return Decimal(rng.randint(low, high))


def _output_indicator(sub: str) -> tuple[str, str]:
    """A Kepmendagri-style output indicator for a sub-kegiatan without one in the data."""
    verbs = (("Pembangunan ", "Jumlah {} yang dibangun", "unit"),
             ("Rehabilitasi Sedang/Berat ", "Jumlah {} yang direhabilitasi", "unit"),
             ("Rehabilitasi dan Pemeliharaan ", "Jumlah {} yang direhabilitasi", "unit"),
             ("Rehabilitasi ", "Jumlah {} yang direhabilitasi", "unit"),
             ("Pengadaan ", "Jumlah {} yang diadakan", "paket"),
             ("Penyediaan ", "Jumlah {} yang disediakan", "paket"),
             ("Pemeliharaan ", "Jumlah {} yang dipelihara", "unit"),
             ("Penerbitan ", "Jumlah {} yang diterbitkan", "dokumen"),
             ("Penyusunan ", "Jumlah dokumen {} yang tersusun", "dokumen"),
             ("Peningkatan Kompetensi ", "Jumlah {} yang ditingkatkan kompetensinya", "orang"),
             ("Pengelolaan Pelayanan ", "Jumlah sasaran {} yang dilayani sesuai standar", "orang"))
    for prefix, pattern, unit in verbs:
        if sub.startswith(prefix):
            return pattern.format(sub[len(prefix):].lower()), unit
    return f"Jumlah laporan pelaksanaan {sub[0].lower()}{sub[1:]}", "laporan"


def _programs(agency: Agency) -> list[tuple[str, list[tuple[str, list[tuple[str, str, str]]]]]]:
    """The OPD's sector programs: (program, [(kegiatan, [(sub, indicator, unit)])])."""
    key = "kecamatan" if agency.kind == "kecamatan" else agency.short_name
    programs = names.SECTOR.get(key) or [
        (program, [(template.format(topic=program.removeprefix("Program ")), [])
                   for template in names.KEGIATAN_TEMPLATES])
        for program in names.GENERIC_PROGRAMS.get(key, []) or [
            f"Program Peningkatan Layanan {agency.name}"]]
    result = []
    for program, kegiatan_list in programs:
        kegiatan_rows = []
        for kegiatan, subs in kegiatan_list:
            topic = kegiatan.removeprefix("Koordinasi dan Pelaksanaan ").removeprefix(
                "Pembinaan dan Pengawasan ")
            sub_names = subs or [t.format(topic=topic) for t in names.SUB_TEMPLATES]
            kegiatan_rows.append((kegiatan, [(s, *_output_indicator(s)) for s in sub_names]))
        result.append((program, kegiatan_rows))
    return result


def _renstra(demo: DemoPlan, agency: Agency, rpjmd_by_agency: dict[int, list[str]]) -> None:
    rng, region = demo.rng, demo.region
    plan = Plan.objects.create(region=region, level="renstra", agency=agency,
                               title=f"Renstra {agency.name} {START}–{END}",
                               start_year=START, end_year=END)
    tujuan = _saved([_node(region, plan, None, "tujuan", "T1",
                           f"Meningkatkan kinerja penyelenggaraan urusan {agency.name}", 1)])[0]
    sector = names.SASARAN.get(agency.short_name) or (
        f"Meningkatnya kualitas layanan {agency.name}",
        f"Indeks kepuasan masyarakat terhadap layanan {agency.name}",
        "Indeks kepuasan masyarakat")
    sasaran = _saved([
        _node(region, plan, tujuan, "sasaran", "T1.S1", sector[0], 1),
        _node(region, plan, tujuan, "sasaran", "T1.S2",
              f"Meningkatnya akuntabilitas kinerja {agency.name}", 2)])
    links = rpjmd_by_agency.get(agency.pk, [])
    demo.specs.append(Spec(sasaran[0], agency, sector[1], "indeks" if "Indeks" in sector[1]
                           else "%", baseline=_d(rng.uniform(62, 80)), step=_d(rng.uniform(1, 3)),
                           supports=links[0] if links else sector[2], is_key=True))
    demo.specs.append(Spec(sasaran[1], agency, f"Nilai evaluasi SAKIP {agency.name}", "nilai",
                           baseline=_d(rng.uniform(58, 72)), step=_d(rng.uniform(1, 2.5)),
                           supports="Nilai SAKIP Pemerintah Kabupaten", is_key=True))
    penunjang_kegiatan = [(k, list(subs)) for k, subs in names.PENUNJANG[1]]
    tree = [(sasaran[0], program) for program in _programs(agency)]
    tree.append((sasaran[1], (names.PENUNJANG[0], penunjang_kegiatan)))
    programs = _saved([_node(region, plan, parent, "program", f"P{i}", spec[0], i)
                       for i, (parent, spec) in enumerate(tree, 1)])
    kegiatan_rows = []
    for program, (_parent, (name, kegiatan_list)) in zip(programs, tree, strict=True):
        topic = name.removeprefix("Program ")
        demo.specs.append(Spec(program, agency, f"Persentase sasaran {topic} yang tercapai", "%",
                               baseline=_d(rng.uniform(70, 85)), step=_d(rng.uniform(1, 3))))
        for k, (kegiatan_name, subs) in enumerate(kegiatan_list, 1):
            kegiatan_rows.append((_node(region, plan, program, "kegiatan", f"{program.code}.{k}",
                                        kegiatan_name, k), subs))
    kegiatan_nodes = _saved([row[0] for row in kegiatan_rows])
    sub_rows = []
    for kegiatan, (_unsaved, subs) in zip(kegiatan_nodes, kegiatan_rows, strict=True):
        demo.specs.append(Spec(kegiatan, agency, f"Persentase keterlaksanaan kegiatan "
                               f"{kegiatan.name[0].lower()}{kegiatan.name[1:]}", "%",
                               baseline=Decimal(0), step=Decimal(100), quarterly=True))
        for s, sub in enumerate(subs, 1):
            sub_rows.append((_node(region, plan, kegiatan, "sub_kegiatan", f"{kegiatan.code}.{s}",
                                   sub[0], s), sub))
    sub_nodes = _saved([row[0] for row in sub_rows])
    demo.sub_nodes.extend(sub_nodes)
    for node, (_unsaved, (_name, indicator, unit)) in zip(sub_nodes, sub_rows, strict=True):
        annual = _count_target(rng, unit)
        demo.specs.append(Spec(node, agency, indicator, unit, aggregation="sum",
                               baseline=annual, step=Decimal(0), quarterly=True))
        if rng.random() < 0.45:
            demo.specs.append(Spec(node, agency, "Persentase realisasi fisik "
                                   f"{node.name[0].lower()}{node.name[1:]}", "%",
                                   baseline=Decimal(0), step=Decimal(100), quarterly=True))


def _annual_target(spec: Spec, year: int) -> Decimal:
    if spec.aggregation == "sum" or spec.step == 100:
        return spec.baseline if spec.aggregation == "sum" else Decimal(100)
    return spec.baseline + spec.step * (year - BASELINE_YEAR)


def _indicators_and_targets(demo: DemoPlan) -> None:
    rng, region = demo.rng, demo.region
    rows: list[Indicator] = []
    for position, spec in enumerate(demo.specs):
        rows.append(Indicator(
            region=region, node=spec.node, agency=spec.agency, code=f"I{position + 1:04d}",
            name=spec.name[:500], unit=spec.unit, polarity=spec.polarity,
            aggregation=spec.aggregation, is_key=spec.is_key, position=position,
            baseline=None if spec.step == 100 else spec.baseline, baseline_year=BASELINE_YEAR,
            data_source=f"Laporan {spec.agency.short_name}"))
    # RPJMD indicators first: the Renstra indicators cascade to their primary keys.
    is_rpjmd = [spec.node.plan.level == "rpjmd" for spec in demo.specs]
    Indicator.objects.bulk_create([row for row, top in zip(rows, is_rpjmd, strict=True) if top])
    rpjmd_ids = {row.name: row for row, top in zip(rows, is_rpjmd, strict=True) if top}
    for spec, row in zip(demo.specs, rows, strict=True):
        if spec.supports:
            row.supports = rpjmd_ids.get(spec.supports)
    Indicator.objects.bulk_create([row for row, top in zip(rows, is_rpjmd, strict=True)
                                   if not top], batch_size=2000)
    demo.indicators = rows
    targets: list[Target] = []
    for spec, row in zip(demo.specs, rows, strict=True):
        flagged = rng.random()
        plan: dict[tuple[int, int], Decimal | None] = {}
        for year in range(START, END + 1):
            annual: Decimal | None = _annual_target(spec, year)
            if year == 2026 and flagged < 0.008:
                annual = Decimal(0)  # exercises the "target 0" flag
            if year == 2026 and 0.008 <= flagged < 0.016:
                continue  # "target missing"
            plan[(year, 0)] = annual
            targets.append(Target(region=region, indicator=row, year=year, value=annual))
            if spec.quarterly and annual:
                for quarter, share in enumerate(CUMULATIVE, 1):
                    value = (annual * share).quantize(Decimal(1) if spec.aggregation == "sum"
                                                      else Decimal("0.01"))
                    plan[(year, quarter)] = value
                    targets.append(Target(region=region, indicator=row, year=year,
                                          quarter=quarter, value=value))
        demo.targets[row.pk] = plan
    Target.objects.bulk_create(targets, batch_size=2000)


def _budget(demo: DemoPlan) -> None:
    rng, lines = demo.rng, []
    for node in demo.sub_nodes:
        gaji = node.name.startswith("Penyediaan Gaji")
        base = rng.uniform(1e9, 2e9) if gaji else 10 ** rng.uniform(7.4, 9.1)
        for year in (2025, 2026):
            pagu = Decimal(int(base * rng.uniform(0.9, 1.12)) // 1000 * 1000)
            lines.append(BudgetLine(region=demo.region, agency=node.plan.agency, node=node,
                                    year=year, pagu=min(max(pagu, Decimal(25_000_000)),
                                                        Decimal(2_000_000_000))))
    demo.budget_lines = BudgetLine.objects.bulk_create(lines, batch_size=2000)


def plans_load(demo: DemoPlan) -> None:
    """The RPJMD, one Renstra per OPD, their indicators, targets and budget lines."""
    by_short = {a.short_name: a for a in demo.agencies}
    _rpjmd(demo, by_short)
    rpjmd_by_agency: dict[int, list[str]] = {}
    for spec in demo.specs:
        rpjmd_by_agency.setdefault(spec.agency.pk, []).append(spec.name)
    for agency in demo.agencies:
        _renstra(demo, agency, rpjmd_by_agency)
    _indicators_and_targets(demo)
    _budget(demo)
