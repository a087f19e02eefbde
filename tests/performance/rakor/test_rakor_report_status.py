"""The rakor pack names each OPD's report status, marks figures of unverified reports, and can
be made from verified reports only (chosen on the rakor page, kept in the PDF and the XLSX)."""

from __future__ import annotations

import io
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from pantau.performance.models import AgencyReport, ReportStatus
from pantau.performance.rakor import build_pack, pack_html
from pantau.reports.models import GeneratedReport
from pantau.tenancy.models import Period
from tests.performance.rakor.conftest import downloaded, pdf_facts
from tests.personas import World


def _returned_b(world: World, period: Period) -> None:
    """OPD A's report is verified; OPD B's was returned (it is still on the pack by default)."""
    with scopes_disabled():
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_a, period=period,
                                    status=ReportStatus.VERIFIED)
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_b, period=period,
                                    status=ReportStatus.RETURNED)


def _pack(period: Period, **kwargs: Any) -> Any:
    with scopes_disabled():
        return build_pack(period=period, progress=lambda *_args: None, **kwargs)


def test_pack_shows_each_status_and_marks_unverified_figures(world: World,
                                                             rakor_period: Period) -> None:
    _returned_b(world, rakor_period)
    html = pack_html(_pack(rakor_period), charts=False)

    assert "Status laporan" in html and "Dikembalikan" in html and "Terverifikasi" in html
    assert html.count('class="unverified"') >= 1
    assert "Semua laporan" in html


def test_verified_only_pack_leaves_out_the_unverified_opd(world: World,
                                                         rakor_period: Period) -> None:
    _returned_b(world, rakor_period)
    pack = _pack(rakor_period, verified_only=True)
    html = pack_html(pack, charts=False)

    assert [s.agency for s in pack.scores] == [world.opd_a]
    assert [page.score.agency for page in pack.pages] == [world.opd_a]
    assert "Hanya laporan terverifikasi" in html and world.opd_b.name not in html


def test_choice_on_the_rakor_page_reaches_pdf_and_xlsx(world: World, client_for: Any,
                                                       rakor_period: Period) -> None:
    _returned_b(world, rakor_period)
    client = client_for("evaluator")
    files = {}
    for fmt in ("pdf", "xlsx"):
        client.post(reverse("performance_rakor:index"), {
            "period": rakor_period.pk, "format": fmt, "cakupan": "terverifikasi"})
        with scopes_disabled():
            report = GeneratedReport.objects.latest("id")
        assert report.parameters["verified_only"] is True
        files[fmt] = downloaded(client.get(reverse("reports:download", args=[report.pk])))

    _pages, text = pdf_facts(files["pdf"])
    assert world.opd_a.name.encode() in text and world.opd_b.name.encode() not in text
    values = [cell for sheet in load_workbook(io.BytesIO(files["xlsx"])).worksheets
              for row in sheet.iter_rows(values_only=True) for cell in row]
    assert world.opd_a.name in values and world.opd_b.name not in values
    assert any(isinstance(v, str) and v.startswith("Hanya laporan terverifikasi")
               for v in values)
    assert "Hanya laporan terverifikasi" in client.get(
        reverse("performance_rakor:index")).content.decode()  # the recent packs say so
