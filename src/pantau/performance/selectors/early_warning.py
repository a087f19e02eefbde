"""Early warning: each OPD's progress against the annual target and its serapan against the
pace of the year (n/4 × 100 %), in three levels with the Pemda's tolerance, and the
capaian-versus-serapan quadrant chart (rule in docs/architecture.md, "Early warning")."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from pantau.performance.models import PerformanceSettings
from pantau.performance.models.reporting import DEFAULT_TOLERANCE
from pantau.performance.selectors.scores import budget_by_agency, load_agencies, load_year
from pantau.scoring import capaian
from pantau.scoring.numbers import format_number, percent
from pantau.tenancy.models import Agency, Period

PACE_RULE = str(_(
    "Laju triwulan = n/4 × 100 % (TW I 25 %, TW II 50 %, TW III 75 %, TW IV 100 %). "
    "Progres capaian = rata-rata capaian indikator terhadap target TAHUNAN dengan realisasi "
    "kumulatif s.d. triwulan itu; serapan = realisasi anggaran kumulatif terhadap pagu "
    "tahunan. Selisih = nilai − laju; yang dinilai selisih terburuk dari keduanya."
))
SEVERITIES = {  # level → (label, Bootstrap badge class); worst first
    "critical": (_("Kritis"), "text-bg-danger"),
    "attention": (_("Perlu perhatian"), "text-bg-warning"),
    "on_track": (_("Sesuai jadwal"), "text-bg-success"),
}


def severity_rule(tolerance: Decimal) -> str:
    """The levels of the early warning with the Pemda's tolerance, as the page states it."""
    return str(_(
        "Sesuai jadwal: progres capaian dan serapan tidak di bawah laju. Perlu perhatian: "
        "tertinggal dari laju paling banyak %(t)s poin (toleransi %(t)s poin, diatur di "
        "Pengaturan capaian). Kritis: tertinggal lebih dari %(t)s poin."
    )) % {"t": format_number(tolerance.normalize())}


@dataclass(frozen=True)
class Warning:
    agency: Agency
    progress: Decimal | None
    absorption: Decimal | None
    pace: Decimal
    progress_gap: Decimal | None
    absorption_gap: Decimal | None
    tolerance: Decimal = DEFAULT_TOLERANCE

    @property
    def worst_gap(self) -> Decimal | None:
        gaps = [g for g in (self.progress_gap, self.absorption_gap) if g is not None]
        return min(gaps) if gaps else None

    @property
    def behind(self) -> bool:
        return self.worst_gap is not None and self.worst_gap < 0

    @property
    def severity(self) -> str:
        """on_track, attention (behind by at most the tolerance) or critical (by more)."""
        gap = self.worst_gap
        if gap is None or gap >= 0:
            return "on_track"
        return "attention" if -gap <= self.tolerance else "critical"

    @property
    def severity_label(self) -> str:
        return str(SEVERITIES[self.severity][0])

    @property
    def badge_class(self) -> str:
        return SEVERITIES[self.severity][1]

    @property
    def quadrant(self) -> str:
        """Which side of the pace each measure is on, in words (the chart's table)."""
        below_progress = self.progress_gap is not None and self.progress_gap < 0
        below_absorption = self.absorption_gap is not None and self.absorption_gap < 0
        if below_progress and below_absorption:
            return str(_("Capaian dan serapan di bawah laju"))
        if below_progress:
            return str(_("Capaian di bawah laju"))
        if below_absorption:
            return str(_("Serapan di bawah laju"))
        return str(_("Capaian dan serapan sesuai laju"))


def pace_of(period: Period) -> Decimal:
    pace = percent(period.quarter or 4, 4)
    assert pace is not None  # of four quarters: never 0 of 0
    return pace


def early_warning(*, period: Period) -> list[Warning]:
    """Every OPD with its progress against the annual target and pagu; those behind first."""
    data = load_agencies(load_year(region_id=period.region_id, year=period.year,
                                   quarters=[period.quarter], measure="progress"))
    pace = pace_of(period)
    budget = budget_by_agency(data, period.quarter)
    totals = data.totals_of(period.quarter)
    rows = []
    for agency in data.agencies:
        if agency.pk not in totals:
            continue
        progress = capaian.average([Decimal(text) for text in totals[agency.pk].values],
                                   cap=data.cap)
        pagu, spent = budget.get(agency.pk, (Decimal(0), Decimal(0)))
        absorption = capaian.absorption(pagu, spent)
        rows.append(Warning(
            agency=agency, progress=progress, absorption=absorption, pace=pace,
            progress_gap=None if progress is None else progress - pace,
            absorption_gap=None if absorption is None else absorption - pace,
            tolerance=data.tolerance,
        ))
    order = list(SEVERITIES)
    return sorted(rows, key=lambda w: (order.index(w.severity), w.worst_gap or Decimal(0),
                                       w.agency.name))


def early_warning_tolerance(region_id: int) -> Decimal:
    return PerformanceSettings.objects.filter(region_id=region_id).values_list(
        "warning_tolerance", flat=True).first() or DEFAULT_TOLERANCE


def quadrant_chart(rows: list[Warning], pace: Decimal) -> dict[str, Any]:
    """Points of the capaian-versus-serapan chart, with the pace where its lines cross."""
    points = [{"label": w.agency.short_name, "name": w.agency.name, "severity": w.severity,
               "capaian": float(w.progress), "serapan": float(w.absorption)}
              for w in rows if w.progress is not None and w.absorption is not None]
    levels = [{"key": key, "label": str(label)} for key, (label, _badge) in SEVERITIES.items()]
    titles = {"x": str(_("Serapan anggaran (%)")), "y": str(_("Progres capaian (%)")),
              "capaian": str(_("capaian")), "serapan": str(_("serapan"))}
    return {"pace": float(pace), "levels": levels, "points": points, "titles": titles}
