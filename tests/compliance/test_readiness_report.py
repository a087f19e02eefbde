"""The readiness report: requested from its page, made in the background with progress, and
downloaded as an A4 PDF (summary, one section per lokus unit) or as XLSX with the same figures."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from pantau.compliance.readiness.data import build_readiness
from pantau.compliance.report_kinds import PDF_KIND, XLSX_KIND
from pantau.reports.models import GeneratedReport, ReportStatus
from tests.compliance.readiness_data import ACTION_TITLE, YEAR, Ready, build_ready
from tests.performance.rakor.conftest import downloaded, pdf_facts
from tests.personas import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready(world: World) -> Ready:
    return build_ready(world)


def _request(client: Any, fmt: str) -> GeneratedReport:
    response = client.post(reverse("compliance_readiness:index"), {"year": YEAR, "format": fmt})
    assert response.status_code == 302
    with scopes_disabled():
        report = GeneratedReport.objects.latest("id")
    assert response["Location"] == reverse("reports:status", args=[report.pk])
    return report


def test_the_dataset_ranks_gaps_and_counts_the_fixes_to_the_next_category(ready: Ready) -> None:
    with scope(region=ready.world.region_a.pk):
        data = build_readiness(region=ready.world.region_a, year=YEAR,
                               progress=lambda percent, message: None)

    assert [page.unit for page in data.pages] == [ready.world.unit_a, ready.world.unit_b]
    assert data.ombudsman.score == Decimal("77.94")
    # One cent below B: the top gap alone is enough.
    assert (data.ombudsman_gaps.target_name, data.ombudsman_gaps.fixes) == (
        "B (Kualitas Tinggi)", 1)
    gaps = [u.gap for u in data.pages[0].gaps]
    assert data.pages[1].gaps == []  # every indicator of the second unit is at 3
    assert [g.points for g in gaps] == sorted((g.points for g in gaps), reverse=True)
    assert all(g.points > 0 for g in gaps)
    # p2 unanswered counts 0: raising it to 3 adds 32,37 × 3/6 = 16,19 to the unit (55,87 →
    # 72,06), (72,06 + 100) / 2 = 86,03 for the Pemda: 8,09 points, the top gap.
    top = gaps[0]
    assert (top.indicator.code, top.score, top.points) == ("p2", Decimal(0), Decimal("8.09"))
    assert top.rank == 1 and top.in_fix_set
    assert [a.title for a in top.actions] == [ACTION_TITLE]


def test_the_evaluator_gets_the_pdf_with_a_section_per_unit(ready: Ready,
                                                           client_for: Any) -> None:
    client = client_for("evaluator")
    report = _request(client, "pdf")

    assert report.kind == PDF_KIND
    assert report.status == ReportStatus.DONE and report.progress == 100
    pages, text = pdf_facts(downloaded(client.get(reverse("reports:download",
                                                          args=[report.pk]))))
    assert pages >= 3  # the summary, then one section per lokus unit
    for heading in (b"Laporan Kesiapan Penilaian Kepatuhan Pelayanan Publik",
                    b"Puskesmas Sukamaju", b"Loket Layanan Disdik"):
        assert heading in text
    assert report.filename == f"laporan-kesiapan-kabupaten-contoh-{YEAR}.pdf"


def test_the_xlsx_holds_summary_units_gaps_and_actions(ready: Ready, client_for: Any) -> None:
    client = client_for("leader")
    report = _request(client, "xlsx")

    assert report.kind == XLSX_KIND and report.status == ReportStatus.DONE
    book = load_workbook(io.BytesIO(downloaded(client.get(
        reverse("reports:download", args=[report.pk])))))
    assert book.sheetnames == ["Ringkasan", "Per unit", "Kekurangan", "Tindakan",
                               "Prediksi vs resmi"]
    cells = {name: [list(row) for row in book[name].iter_rows(values_only=True)]
             for name in book.sheetnames}
    assert ["Ombudsman RI", 77.94, "C", "Kuning", "Kualitas Sedang", 2, 15, 16] in [
        row[:8] for row in cells["Ringkasan"]]
    assert ["Ombudsman RI: perbaiki 1 kekurangan teratas untuk mencapai B (Kualitas Tinggi)."] \
        in [row[:1] for row in cells["Ringkasan"]]
    top = next(row for row in cells["Kekurangan"] if row[4] == "p2")
    assert top[:3] == ["Ombudsman RI", 1, "Puskesmas Sukamaju"] and top[7] == 8.09
    assert top[9] == "Ya"
    assert top[10] == ACTION_TITLE and top[11] == "Sedang dikerjakan"
    assert any(row[2] == ACTION_TITLE and row[3] == "Dinas Kesehatan"
               for row in cells["Tindakan"])
    assert [2023, "Ombudsman RI", 87.56] in [row[:3] for row in cells["Prediksi vs resmi"]]


def test_the_page_lists_the_last_reports(ready: Ready, client_for: Any) -> None:
    client = client_for("evaluator")
    report = _request(client, "xlsx")

    page = client.get(reverse("compliance_readiness:index")).content.decode()
    assert reverse("reports:download", args=[report.pk]) in page
    assert str(YEAR) in page


def test_a_year_that_is_not_offered_is_refused(ready: Ready, client_for: Any) -> None:
    response = client_for("evaluator").post(reverse("compliance_readiness:index"),
                                            {"year": 1999, "format": "pdf"})

    assert response.status_code == 200
    assert "1999 bukan salah satu dari pilihan yang tersedia" in response.content.decode()
    with scopes_disabled():
        assert not GeneratedReport.objects.exists()


def test_a_bare_process_knows_the_readiness_kinds_without_loading_the_generator() -> None:
    import os
    import subprocess
    import sys

    from tests.reports.test_report_kinds_known_at_start import SRC

    code = ("import sys, django\n"
            "django.setup()\n"
            "from pantau.reports.kinds import background_report_kind\n"
            "print(background_report_kind('compliance.readiness_pdf').permission,"
            " background_report_kind('compliance.readiness_xlsx').permission,"
            " 'pantau.compliance.readiness.document' in sys.modules,"
            " 'matplotlib' in sys.modules)\n")
    env = {**os.environ, "PYTHONPATH": str(SRC), "DJANGO_SETTINGS_MODULE": "pantau.settings",
           "DEBUG": "true"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env=env)

    assert result.stdout.split() == ["compliance.generate_readiness"] * 2 + ["False", "False"]
