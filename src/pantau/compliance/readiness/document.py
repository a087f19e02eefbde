"""The readiness report as A4 PDF (WeasyPrint, matplotlib SVG charts) and as XLSX, from one
dataset (``data.build_readiness``); the two background report kinds call ``generate_pdf`` and
``generate_xlsx`` (``compliance.report_kinds``)."""

from __future__ import annotations

import logging
import zoneinfo
from collections.abc import Callable
from functools import partial

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _

from pantau.compliance.models import Assessor
from pantau.compliance.readiness import charts
from pantau.compliance.readiness.data import Progress, Readiness, build_readiness
from pantau.compliance.readiness.tables import readiness_tables
from pantau.compliance.selectors.results import SCALE_MAX
from pantau.performance.rakor_charts import undrawable
from pantau.reports.kinds import ReportError
from pantau.reports.models import GeneratedReport
from pantau.spreadsheets.writer import workbook_bytes
from pantau.tenancy.models import Region

# What a unit's section lists, so that it stays about one A4 page (the rakor pack's rule): the
# top gaps by points and the actions due first; the XLSX and the gap list page hold every row.
GAP_ITEMS = 10
ACTION_ITEMS = 8


def _chart(title: str, labels: list[str], draw: Callable[[], str]) -> str:
    """One chart; a failure names the chart and, where one label cannot be drawn, that label."""
    try:
        return draw()
    except Exception as exc:
        culprit = undrawable(labels)
        if culprit is None:
            reason = _("%(chart)s tidak dapat digambar") % {"chart": title}
        else:
            reason = _('%(chart)s: nama "%(name)s" tidak dapat digambar') % {
                "chart": title, "name": Truncator(culprit).chars(80)}
        raise ReportError(reason) from exc


def draw_charts(report: Readiness, progress: Progress) -> None:
    units = [p.ombudsman for p in report.pages if p.ombudsman is not None]
    if units:
        names = [u.unit.name for u in units]
        report.units_chart = _chart(_("Grafik nilai prediksi unit lokus"), names, lambda: (
            charts.units_chart(names, [u.score for u in units], [u.result.zone for u in units])))
    for assessor in Assessor:
        rows = sorted((r for r in report.calibration if r.assessor == assessor),
                      key=lambda r: r.year)
        if rows:
            report.trend_charts.append({"title": str(assessor.label), "chart": _chart(
                _("Grafik tren hasil resmi %(assessor)s") % {"assessor": assessor.label}, [],
                partial(charts.trend_chart, [r.year for r in rows],
                        [r.official.score if r.official else None for r in rows],
                        [r.predicted.score if r.predicted else None for r in rows],
                        top=SCALE_MAX[assessor], official_label=_("Resmi"),
                        predicted_label=_("Prediksi")))})
    total = max(len(report.pages), 1)
    for number, page in enumerate(report.pages, 1):
        if page.ombudsman is not None:
            dims = page.ombudsman.dimensions
            page.chart = _chart(
                _("Grafik dimensi %(unit)s") % {"unit": page.unit.name}, [page.unit.name],
                partial(charts.dimension_chart, [d.name for d in dims],
                        [d.points for d in dims], [d.weight for d in dims]))
        progress(52 + 28 * number // total, _("Grafik unit %(n)s dari %(total)s") % {
            "n": number, "total": len(report.pages)})


def readiness_html(report: Readiness, *, charts_on: bool = True,
                   progress: Progress | None = None) -> str:
    if charts_on:
        draw_charts(report, progress or (lambda percent, message: None))
    return render_to_string("compliance/readiness/report.html", {
        "report": report, "charts": charts_on, "generated_at": timezone.localtime(),
        "gap_items": GAP_ITEMS, "action_items": ACTION_ITEMS,
        "zone_colours": charts.ZONE_COLOURS,
    })


def readiness_pdf(report: Readiness, *, charts_on: bool = True,
                  progress: Progress | None = None) -> bytes:
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    from weasyprint import HTML  # imported late: loading it parses CSS

    html = readiness_html(report, charts_on=charts_on, progress=progress)
    if progress is not None:
        progress(82, _("Menyusun dokumen PDF…"))
    return HTML(string=html).write_pdf()


def _generate(report: GeneratedReport, progress: Progress, *, as_pdf: bool
              ) -> tuple[str, bytes]:
    region = Region.objects.get(pk=report.region_id)
    year = int(report.parameters["year"])
    with translation.override("id"), timezone.override(zoneinfo.ZoneInfo(region.timezone)):
        data = build_readiness(region=region, year=year, progress=progress)
        name = f"laporan-kesiapan-{slugify(region.name)}-{year}"
        if as_pdf:
            return f"{name}.pdf", readiness_pdf(data, progress=progress)
        progress(80, _("Menyusun berkas XLSX…"))
        return f"{name}.xlsx", workbook_bytes(*readiness_tables(data))


def generate_pdf(report: GeneratedReport, progress: Progress) -> tuple[str, bytes]:
    return _generate(report, progress, as_pdf=True)


def generate_xlsx(report: GeneratedReport, progress: Progress) -> tuple[str, bytes]:
    return _generate(report, progress, as_pdf=False)
