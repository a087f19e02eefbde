"""The rakor pack: every OPD's capaian of a quarter or year for the Bupati's evaluation meeting.

One dataset (``build_pack``) feeds the PDF (WeasyPrint, charts from ``rakor_charts``) and the XLSX.
Every figure comes from ``pantau.performance.selectors.scores``; the capaian per program is
the scorecard's own (``selectors.analysis.program_scores``), so both group and count alike.
Made in the background as two report kinds (``report_kinds``), with progress per OPD.
"""

from __future__ import annotations

import logging
import zoneinfo
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from pantau.performance import rakor_charts
from pantau.performance.exports import left_out_note
from pantau.performance.models import FollowUp, FollowUpStatus, PlanNode
from pantau.performance.selectors.analysis import ProgramScore, Ranking, program_scores, ranking
from pantau.performance.selectors.scores import RANKING_RULE, AgencyScore, IndicatorScore
from pantau.performance.selectors.verification import SCOPE_ALL, SCOPE_VERIFIED
from pantau.performance.timeliness import timeliness_label
from pantau.reports.kinds import ReportError
from pantau.reports.models import GeneratedReport
from pantau.spreadsheets.writer import Column, Table, workbook_bytes
from pantau.tenancy.models import Period, Region

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
PAGE_ITEMS = 3  # obstacles and open follow-ups shown on an OPD's page (one A4 page per OPD)
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class Narrative:
    """One distinct obstacle and follow-up plan of an OPD, with the indicators that share it."""

    agency: str
    obstacles: str
    follow_up_plan: str
    indicators: list[str]
    lowest: Decimal | None


@dataclass
class OpdPage:
    score: AgencyScore
    programs: list[ProgramScore]  # the scorecard's own grouping (program_scores)
    narratives: list[Narrative]
    follow_ups: list[FollowUp]
    indicators: list[IndicatorScore]
    chart: str = ""


@dataclass
class RakorPack:
    region: Region
    period: Period
    period_label: str
    ranking: Ranking  # the reader's choice of reports, and the OPDs it leaves out
    pages: list[OpdPage] = field(default_factory=list)
    chart: str = ""
    rule: str = RANKING_RULE
    rating_colours: dict[str, str] = field(default_factory=lambda: rakor_charts.RATING_COLOURS)

    @property
    def scores(self) -> list[AgencyScore]:
        return self.ranking.scores

    @property
    def narratives(self) -> list[Narrative]:
        return [n for page in self.pages for n in page.narratives]


def period_label(period: Period) -> str:
    if period.quarter:
        return _("Triwulan %(q)s Tahun %(year)s") % {"q": ROMAN[period.quarter],
                                                      "year": period.year}
    return _("Tahun %(year)s") % {"year": period.year}


def program_label(program: PlanNode | None) -> str:
    """As the scorecard names a program row; indicators above every program share one row."""
    return str(program) if program is not None else _("(tanpa program)")


def _narratives(agency: str, scores: list[IndicatorScore]) -> list[Narrative]:
    """Distinct obstacle/follow-up pairs, those of the weakest indicators first."""
    grouped: dict[tuple[str, str], list[IndicatorScore]] = defaultdict(list)
    for score in scores:
        if score.obstacles or score.follow_up_plan:
            grouped[(score.obstacles.strip(), score.follow_up_plan.strip())].append(score)
    rows = []
    for (obstacles, plan), members in grouped.items():
        values = [m.achievement for m in members if m.achievement is not None]
        rows.append(Narrative(agency, obstacles, plan, [m.indicator.name for m in members],
                              min(values) if values else None))
    return sorted(rows, key=lambda n: (n.lowest is None, n.lowest or 0, -len(n.indicators)))


def build_pack(*, period: Period, progress: Progress, verified_only: bool = False) -> RakorPack:
    region = Region.objects.get(pk=period.region_id)
    progress(2, _("Menghitung capaian dan peringkat OPD…"))
    pack = RakorPack(region, period, period_label(period), ranking(
        period=period, scope=SCOPE_VERIFIED if verified_only else SCOPE_ALL))
    scores = pack.scores
    open_follow_ups: dict[int, list[FollowUp]] = defaultdict(list)
    for item in FollowUp.objects.filter(region_id=region.pk).exclude(
            status=FollowUpStatus.DONE).select_related("indicator").order_by("due_date"):
        open_follow_ups[item.agency_id].append(item)
    total = max(len(scores), 1)
    for index, score in enumerate(scores, 1):
        indicators, programs = program_scores(agency=score.agency, period=period)
        page = OpdPage(score, programs,
                       _narratives(score.agency.short_name, indicators),
                       open_follow_ups.get(score.agency.pk, []), indicators)
        pack.pages.append(page)
        progress(5 + 80 * index // total, _("OPD %(n)s dari %(total)s: %(name)s") % {
            "n": index, "total": len(scores), "name": score.agency.short_name})
    return pack


def _chart(title: str, draw: Callable[..., str], labels: list[str], *series: Any) -> str:
    """Draws one chart; a failure becomes a ReportError naming the chart and, when one label
    alone cannot be drawn, that label (the operator can then fix the name)."""
    try:
        return draw(labels, *series)
    except Exception as exc:
        culprit = rakor_charts.undrawable(labels)
        if culprit is None:
            reason = _("%(chart)s tidak dapat digambar") % {"chart": title}
        else:
            reason = _('%(chart)s: nama "%(name)s" tidak dapat digambar') % {
                "chart": title, "name": Truncator(culprit).chars(80)}
        raise ReportError(reason) from exc


def _draw_charts(pack: RakorPack) -> None:
    scores = pack.scores
    draw = partial(rakor_charts.ranking_chart, capaian_label=_("Capaian (%)"),
                   absorption_label=_("Serapan (%)"))
    pack.chart = _chart(_("Grafik capaian per OPD"), draw,
                        [s.agency.short_name for s in scores], [s.achievement for s in scores],
                        [s.absorption for s in scores], [s.rating for s in scores])
    for page in pack.pages:
        page.chart = _chart(
            _("Grafik capaian per program %(opd)s") % {"opd": page.score.agency.short_name},
            rakor_charts.program_chart,
            [(p.program.name if p.program else program_label(None)).removeprefix("Program ")
             for p in page.programs],
            [p.achievement for p in page.programs], [p.rating for p in page.programs])


def pack_html(pack: RakorPack, *, charts: bool = True) -> str:
    if charts:
        _draw_charts(pack)
    return render_to_string("performance/rakor/pack.html", {
        "pack": pack, "page_items": PAGE_ITEMS, "charts": charts,
        "generated_at": timezone.localtime(),
    })


def pack_pdf(pack: RakorPack, *, charts: bool = True) -> bytes:
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)  # a line per page
    from weasyprint import HTML  # imported late: loading it parses CSS

    return HTML(string=pack_html(pack, charts=charts)).write_pdf()


def pack_tables(pack: RakorPack) -> list[Table]:
    notes = [pack.region.name, pack.period_label, pack.rule, pack.ranking.rule,
             *left_out_note(pack.ranking)]
    percent = "0.00"
    summary = Table(_("Ringkasan capaian kinerja OPD"), [
        Column(_("Peringkat"), 10), Column(_("OPD"), 45), Column(_("Capaian (%)"), 12, percent),
        Column(_("Kategori"), 14), Column(_("Serapan (%)"), 12, percent),
        Column(_("Kelengkapan (%)"), 14, percent), Column(_("Ketepatan waktu"), 14),
        Column(_("Status laporan"), 22),
        Column(_("Indikator"), 10), Column(_("Ditandai"), 10),
        Column(_("Pagu (Rp)"), 20, "#,##0"), Column(_("Realisasi (Rp)"), 20, "#,##0"),
    ], [[s.rank, s.agency.name, s.achievement, s.rating or "", s.absorption, s.completeness,
         timeliness_label(s.on_time), s.report_status_label, s.indicator_count, s.flagged_count,
         s.pagu, s.spent] for s in pack.scores], sheet_name=_("Ringkasan"), notes=notes)
    programs = Table(_("Capaian per program"), [
        Column(_("OPD"), 16), Column(_("Program"), 60), Column(_("Indikator"), 10),
        Column(_("Capaian (%)"), 12, percent), Column(_("Kategori"), 14),
        Column(_("Pagu (Rp)"), 20, "#,##0"), Column(_("Realisasi (Rp)"), 20, "#,##0"),
        Column(_("Serapan (%)"), 12, percent),
    ], [[page.score.agency.short_name, program_label(p.program), p.indicator_count,
         p.achievement, p.rating or "", p.pagu, p.spent, p.absorption]
        for page in pack.pages for p in page.programs], sheet_name=_("Capaian per program"),
        notes=notes[:2])
    detail = Table(_("Capaian indikator per OPD"), [
        Column(_("OPD"), 16), Column(_("Program"), 45), Column(_("Indikator"), 60),
        Column(_("Satuan"), 10), Column(_("Target"), 12), Column(_("Realisasi"), 12),
        Column(_("Capaian (%)"), 12, percent), Column(_("Kategori"), 14), Column(_("Catatan"), 30),
    ], [[page.score.agency.short_name, program_label(s.program), s.indicator.name,
         s.indicator.unit, s.target, s.realization, s.achievement, s.rating or "", s.flag_label]
        for page in pack.pages for s in page.indicators], sheet_name=_("Capaian per OPD"),
        notes=notes[:2])
    obstacles = Table(_("Hambatan dan rencana tindak lanjut"), [
        Column(_("OPD"), 16), Column(_("Faktor penghambat"), 60),
        Column(_("Rencana tindak lanjut"), 60), Column(_("Indikator terkait"), 60),
        Column(_("Capaian terendah (%)"), 14, percent),
    ], [[n.agency, n.obstacles, n.follow_up_plan, "; ".join(n.indicators), n.lowest]
        for n in pack.narratives], sheet_name=_("Hambatan & Tindak Lanjut"), notes=notes[:2])
    follow_ups = Table(_("Tindak lanjut yang belum selesai"), [
        Column(_("OPD"), 16), Column(_("Tindak lanjut"), 60), Column(_("Penanggung jawab"), 24),
        Column(_("Tenggat"), 12, "dd/mm/yyyy"), Column(_("Status"), 16),
    ], [[page.score.agency.short_name, f.description, f.owner, f.due_date,
         f.get_status_display()] for page in pack.pages for f in page.follow_ups],
        sheet_name=_("Tindak Lanjut Terbuka"), notes=notes[:2])
    return [summary, programs, detail, obstacles, follow_ups]


def _generate(report: GeneratedReport, progress: Progress, *, as_pdf: bool) -> tuple[str, bytes]:
    region = Region.objects.get(pk=report.region_id)
    period = Period.objects.get(pk=report.parameters["period"], region_id=region.pk)
    with translation.override("id"), timezone.override(zoneinfo.ZoneInfo(region.timezone)):
        pack = build_pack(period=period, progress=progress,
                          verified_only=bool(report.parameters.get("verified_only")))
        name = f"paket-rakor-{slugify(region.name)}-{slugify(str(period))}"
        if as_pdf:
            progress(88, _("Menyusun grafik dan dokumen PDF…"))
            return f"{name}.pdf", pack_pdf(pack)
        progress(90, _("Menyusun berkas XLSX…"))
        return f"{name}.xlsx", workbook_bytes(*pack_tables(pack))


def generate_pdf(report: GeneratedReport, progress: Progress) -> tuple[str, bytes]:
    return _generate(report, progress, as_pdf=True)


def generate_xlsx(report: GeneratedReport, progress: Progress) -> tuple[str, bytes]:
    return _generate(report, progress, as_pdf=False)

