"""The ranking and scorecard say whose figures come from an unverified report, and the reader
may rank on verified reports only (the page, the XLSX and the link between them agree)."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from pantau.performance.models import AgencyReport, ReportStatus
from pantau.tenancy.models import Period
from tests.performance.analysis.builders import indicator, quarter, realize, renstra
from tests.personas import World


def report(agency: Any, period: Period, status: str) -> None:
    with scopes_disabled():
        AgencyReport.objects.create(region=agency.region, agency=agency, period=period,
                                    status=status)


@pytest.fixture
def returned_top(world: World) -> Period:
    """OPD B has the higher capaian but its report was returned; OPD A's is verified."""
    realize(indicator(renstra(world.opd_a)["program"], world.opd_a, "Imunisasi", annual=100),
            2026, {1: 80})
    realize(indicator(renstra(world.opd_b)["program"], world.opd_b, "APM SMP", annual=100),
            2026, {1: 95})
    period = quarter(world.region_a, 2026, 1)
    report(world.opd_a, period, ReportStatus.VERIFIED)
    report(world.opd_b, period, ReportStatus.RETURNED)
    return period


def _rows(body: str) -> dict[str, str]:
    rows = re.findall(r'<tr data-testid="rank-row".*?</tr>', body, re.S)
    return {name: row for row in rows for name in ("Dinas Kesehatan", "Dinas Pendidikan")
            if name in row}


def _ranking(client: Any, period: Period, scope: str = "") -> str:
    query = f"?periode={period.pk}" + (f"&cakupan={scope}" if scope else "")
    return client.get(reverse("performance_analysis:ranking") + query).content.decode()


def test_each_row_shows_its_report_status_and_unverified_figures_are_marked(
        world: World, client_for: Any, returned_top: Period) -> None:
    body = _ranking(client_for("evaluator"), returned_top)
    rows = _rows(body)

    assert "Dikembalikan" in rows["Dinas Pendidikan"]
    assert "Terverifikasi" in rows["Dinas Kesehatan"]
    assert 'data-testid="unverified-mark"' in rows["Dinas Pendidikan"]
    assert 'data-testid="unverified-mark"' not in rows["Dinas Kesehatan"]
    assert "Semua laporan" in body  # the rule in force is named


def test_verified_only_ranks_the_verified_reports_alone(world: World, client_for: Any,
                                                       returned_top: Period) -> None:
    body = _ranking(client_for("evaluator"), returned_top, "terverifikasi")
    rows = _rows(body)

    assert list(rows) == ["Dinas Kesehatan"]
    assert re.search(r'<td class="num">1</td>', rows["Dinas Kesehatan"])
    assert "Hanya laporan terverifikasi" in body
    assert "cakupan=terverifikasi" in body  # the XLSX link keeps the choice


def test_an_unknown_choice_is_refused(world: World, client_for: Any,
                                      returned_top: Period) -> None:
    url = reverse("performance_analysis:ranking") + f"?periode={returned_top.pk}&cakupan=x"
    assert client_for("evaluator").get(url).status_code == 404


def _xlsx_values(client: Any, period: Period, scope: str) -> list[Any]:
    response = client.get(reverse("performance_analysis:ranking_xlsx")
                          + f"?periode={period.pk}&cakupan={scope}")
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [cell for row in sheet.iter_rows(values_only=True) for cell in row]


def test_xlsx_follows_the_choice_and_names_the_status(world: World, client_for: Any,
                                                       returned_top: Period) -> None:
    client = client_for("leader")
    everything = _xlsx_values(client, returned_top, "semua")
    verified = _xlsx_values(client, returned_top, "terverifikasi")

    assert "Dinas Pendidikan" in everything and "Dikembalikan" in everything
    assert "Status laporan" in everything
    assert any(isinstance(v, str) and v.startswith("Semua laporan") for v in everything)
    assert "Dinas Pendidikan" not in verified and "Dinas Kesehatan" in verified
    assert any(isinstance(v, str) and v.startswith("Hanya laporan terverifikasi")
               for v in verified)


def test_scorecard_says_its_report_is_not_verified(world: World, client_for: Any,
                                                   returned_top: Period) -> None:
    url = reverse("performance_analysis:scorecard", args=[world.opd_b.pk])
    body = client_for("evaluator").get(url + f"?periode={returned_top.pk}").content.decode()

    assert 'data-testid="report-status"' in body
    assert "Dikembalikan" in body and "belum terverifikasi" in body
