"""The rakor pack as XLSX: its summary rows are exactly agency_scores, in ranking order."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from pantau.performance.selectors.scores import agency_scores
from pantau.reports.models import GeneratedReport
from pantau.tenancy.models import Period
from tests.performance.rakor.conftest import downloaded
from tests.personas import World


def _number(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def test_xlsx_summary_rows_equal_agency_scores(world: World, client_for: Any,
                                               rakor_period: Period) -> None:
    client = client_for("evaluator")
    client.post(reverse("performance_rakor:index"), {"period": rakor_period.pk,
                                                     "format": "xlsx"})
    with scopes_disabled():
        report = GeneratedReport.objects.latest("id")
        scores = agency_scores(period=rakor_period)
    content = downloaded(client.get(reverse("reports:download", args=[report.pk])))
    book = load_workbook(io.BytesIO(content))

    assert book.sheetnames[0] == "Ringkasan"
    assert "Hambatan & Tindak Lanjut" in book.sheetnames
    sheet = book["Ringkasan"]
    header = next(i for i, row in enumerate(sheet.iter_rows(values_only=True), 1)
                  if row[0] == "Peringkat")
    rows = list(sheet.iter_rows(min_row=header + 1, values_only=True))
    assert [(r[0], r[1], _number(r[2]), r[3], _number(r[4]), _number(r[5])) for r in rows] == [
        (s.rank, s.agency.name, s.achievement, s.rating, s.absorption, s.completeness)
        for s in scores]
    obstacles = [row for row in book["Hambatan & Tindak Lanjut"].iter_rows(values_only=True)
                 if row and row[0] == world.opd_b.short_name]
    assert obstacles and obstacles[0][1] == "Pengadaan buku terlambat karena gagal lelang."
