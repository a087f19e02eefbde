"""The readiness report's one dataset, read once and shared by the PDF and the XLSX.

Every figure comes from the compliance selectors: the predictions, the gap lists (ranked by
what fixing each indicator alone adds to the Pemda figure, with the next category and the top
gaps that reach it) and predicted against official. Nothing is added up here. Units are the
Ombudsman lokus in drawn order, then KemenPAN-RB lokus units not in it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from pantau.compliance.models import Assessor, GapAction
from pantau.compliance.selectors.calibration import CalibrationRow, predicted_vs_official
from pantau.compliance.selectors.gaps import (
    GapList,
    GapRow,
    ombudsman_gap_list,
    pekppp_gap_list,
)
from pantau.compliance.selectors.predictions import (
    PekpppRegionPrediction,
    PekpppUnitPrediction,
    RegionPrediction,
    UnitPrediction,
    ombudsman_prediction,
    pekppp_prediction,
)
from pantau.tenancy.models import Region, ServiceUnit

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class UnitGap:
    """A row of a gap list, with the assessor whose list it is."""

    assessor: str  # "ombudsman" or "kemenpanrb"
    gap: GapRow

    @property
    def assessor_label(self) -> str:
        return str(Assessor(self.assessor).label)


@dataclass
class UnitPage:
    unit: ServiceUnit
    ombudsman: UnitPrediction | None
    pekppp: PekpppUnitPrediction | None
    gaps: list[UnitGap] = field(default_factory=list)
    actions: list[GapAction] = field(default_factory=list)
    chart: str = ""


@dataclass
class Readiness:
    region: Region
    year: int
    ombudsman: RegionPrediction
    pekppp: PekpppRegionPrediction
    ombudsman_gaps: GapList
    pekppp_gaps: GapList
    calibration: list[CalibrationRow]
    pages: list[UnitPage] = field(default_factory=list)
    units_chart: str = ""
    trend_charts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def gap_lists(self) -> list[GapList]:
        return [self.ombudsman_gaps, self.pekppp_gaps]

    @property
    def gaps(self) -> list[UnitGap]:
        """Every gap, Ombudsman first, each list in its own rank order."""
        return [UnitGap(found.assessor, row) for found in self.gap_lists for row in found.rows]


def build_readiness(*, region: Region, year: int, progress: Progress) -> Readiness:
    progress(3, _("Menghitung prediksi nilai Ombudsman dan indeks PEKPPP…"))
    ombud = ombudsman_prediction(region=region, year=year)
    pek = pekppp_prediction(region=region, year=year)
    progress(8, _("Menyusun daftar kekurangan…"))
    report = Readiness(region, year, ombud, pek,
                       ombudsman_gap_list(region=region, year=year, prediction=ombud),
                       pekppp_gap_list(region=region, year=year, prediction=pek),
                       predicted_vs_official(region=region))
    progress(12, _("Membaca hasil resmi dan tindakan perbaikan…"))
    pages: dict[int, UnitPage] = {}
    for unit_prediction in ombud.units:
        pages[unit_prediction.unit.pk] = UnitPage(unit_prediction.unit, unit_prediction, None)
    for unit_index in pek.units:
        page = pages.setdefault(unit_index.unit.pk, UnitPage(unit_index.unit, None, None))
        page.pekppp = unit_index
    for action in (GapAction.objects.filter(region=region, year=year, unit_id__in=list(pages))
                   .select_related("owner", "indicator").order_by("due_date", "pk")):
        pages[action.unit_id].actions.append(action)
    by_unit: dict[int, list[UnitGap]] = defaultdict(list)
    for gap in report.gaps:
        by_unit[gap.gap.unit.pk].append(gap)
    total = max(len(pages), 1)
    for number, page in enumerate(pages.values(), 1):
        page.gaps = by_unit.get(page.unit.pk, [])
        report.pages.append(page)
        progress(12 + 38 * number // total, _("Unit %(n)s dari %(total)s: %(name)s") % {
            "n": number, "total": len(pages), "name": page.unit.name})
    return report
