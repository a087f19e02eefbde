"""The Permendagri 86/2017 Renja evaluation table of one OPD for one year (methods.md §1).

Columns per indicator: Renstra end-of-period target; realization up to the year before (n−2 in
the regulation's numbering, where n−1 is the year evaluated); the year's Renja target and pagu;
realization TW I–IV (value and Rp); realization of the year; cumulative realization; capaian
against the Renstra target; rating; drivers/obstacles; follow-up. Rules in docs/architecture.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from pantau.performance.capaian.compute import indicators_in_year
from pantau.performance.models import BudgetLine, BudgetRealization, Indicator, Realization, Target
from pantau.scoring import capaian
from pantau.scoring.errors import ScoringError
from pantau.tenancy.models import Agency

# The table's headings in the regulation's order (K = kinerja, Rp = anggaran).
RENJA_COLUMNS = [
    _("No."), _("Kode"), _("Program/Kegiatan/Sub-kegiatan"), _("Indikator kinerja"), _("Satuan"),
    _("Target Renstra akhir periode (K)"), _("Realisasi s.d. tahun lalu (K)"),
    _("Target Renja tahun berjalan (K)"), _("Target Renja tahun berjalan (Rp)"),
    _("Realisasi TW I (K)"), _("Realisasi TW I (Rp)"), _("Realisasi TW II (K)"),
    _("Realisasi TW II (Rp)"), _("Realisasi TW III (K)"), _("Realisasi TW III (Rp)"),
    _("Realisasi TW IV (K)"), _("Realisasi TW IV (Rp)"), _("Realisasi tahun berjalan (K)"),
    _("Realisasi tahun berjalan (Rp)"), _("Realisasi kumulatif s.d. tahun berjalan (K)"),
    _("Capaian terhadap Renstra (%)"), _("Kriteria"), _("Faktor pendorong / penghambat"),
    _("Tindak lanjut"),
]


@dataclass(frozen=True)
class RenjaRow:
    indicator: Indicator
    renstra_target: Decimal | None
    earlier_realization: Decimal | None
    target: Decimal | None
    pagu: Decimal | None
    quarters: tuple[tuple[Decimal | None, Decimal | None], ...]  # (value, Rp) TW I–IV
    year_realization: Decimal | None
    year_spent: Decimal | None
    cumulative: Decimal | None
    achievement: Decimal | None
    rating: str | None
    drivers_obstacles: str
    follow_up: str


def _counted(value: Decimal | None, revised: Decimal | None, use_revised: bool) -> Decimal | None:
    return revised if use_revised else value


def renja_table(*, agency: Agency, year: int) -> list[RenjaRow]:
    """One row per in-scope indicator of the OPD, in plan order (six queries)."""
    indicators = list(indicators_in_year(region_id=agency.region_id, year=year, agency=agency)
                      .select_related("node", "node__plan").order_by("node__plan", "node__position",
                                                                     "node_id", "position", "id"))
    ids = [i.pk for i in indicators]
    start = min((i.node.plan.start_year for i in indicators), default=year)
    end_years = {i.pk: i.node.plan.end_year for i in indicators}
    annual: dict[tuple[int, int], Decimal | None] = {}
    for ind, target_year, value, revised, use_revised in Target.objects.filter(
        indicator_id__in=ids, quarter__isnull=True,
    ).values_list("indicator_id", "year", "value", "revised_value", "use_revised"):
        annual[(ind, target_year)] = _counted(value, revised, use_revised)
    values: dict[int, dict[int, dict[int | None, Decimal | None]]] = defaultdict(
        lambda: defaultdict(dict))
    texts: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for ind, real_year, quarter, value, drivers, obstacles, plan in Realization.objects.filter(
        indicator_id__in=ids, period__year__gte=start, period__year__lte=year,
        period__quarter__isnull=False,
    ).order_by("period__quarter").values_list("indicator_id", "period__year", "period__quarter",
                                              "value", "drivers", "obstacles", "follow_up_plan"):
        values[ind][real_year][quarter] = value
        if real_year == year:
            texts[ind].append((drivers, obstacles, plan))
    pagu = dict(BudgetLine.objects.filter(agency=agency, year=year).values_list("node_id", "pagu"))
    spent: dict[int, dict[int | None, Decimal]] = defaultdict(dict)
    for node_id, quarter, amount in BudgetRealization.objects.filter(
        line__agency=agency, line__year=year, period__year=year, period__quarter__isnull=False,
    ).values_list("line__node_id", "period__quarter", "amount"):
        spent[node_id][quarter] = amount
    return [_row(item, year, start, end_years[item.pk], annual, values[item.pk],
                 texts[item.pk], pagu.get(item.node_id), spent.get(item.node_id))
            for item in indicators]


def _row(item: Indicator, year: int, start: int, end_year: int,
         annual: dict[tuple[int, int], Decimal | None],
         values: dict[int, dict[int | None, Decimal | None]],
         texts: list[tuple[str, str, str]], pagu: Decimal | None,
         spent: dict[int | None, Decimal] | None) -> RenjaRow:
    how = item.aggregation
    # Each earlier year is first aggregated over its quarters, then the years by the same rule
    # (a flow adds up, a stock keeps the latest year).
    earlier = capaian.aggregate(
        [capaian.aggregate([values.get(y, {}).get(q) for q in range(1, 5)], how)
         for y in range(start, year)], how) if year > start else None
    this_year = capaian.aggregate([values.get(year, {}).get(q) for q in range(1, 5)], how)
    cumulative = capaian.aggregate([earlier, this_year], how)
    renstra_target = annual.get((item.pk, end_year))
    achievement = None
    if renstra_target is not None and cumulative is not None:
        try:
            achievement = capaian.achievement(renstra_target, cumulative, item.polarity)
        except ScoringError:
            achievement = None
    quarters = tuple(
        (values.get(year, {}).get(q), (spent or {}).get(q)) for q in range(1, 5))
    year_spent = sum(spent.values(), Decimal(0)) if spent else None
    # Quarters often repeat the same text: each distinct note once, in quarter order.
    narrative = "\n".join(dict.fromkeys(f"{d} / {o}".strip(" /") for d, o, _ in texts if d or o))
    follow_up = "\n".join(dict.fromkeys(p for _, _, p in texts if p))
    return RenjaRow(
        indicator=item, renstra_target=renstra_target, earlier_realization=earlier,
        target=annual.get((item.pk, year)), pagu=pagu, quarters=quarters,
        year_realization=this_year, year_spent=year_spent, cumulative=cumulative,
        achievement=achievement,
        rating=capaian.rating(achievement) if achievement is not None else None,
        drivers_obstacles=narrative, follow_up=follow_up,
    )
