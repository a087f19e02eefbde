"""A Pemda's follow-up list runs to hundreds of rows: it is paged like the other long lists, the
filters survive paging, and the export still holds every filtered row."""

from __future__ import annotations

import datetime
import io
import re
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from pantau.performance.models import FollowUp
from tests.performance.reporting.conftest import Reporting

ROWS = 61  # more than one page of 50


def _follow_ups(rep: Reporting, count: int, status: str = "open") -> None:
    with scopes_disabled():
        FollowUp.objects.bulk_create([
            FollowUp(region=rep.world.region_a, agency=rep.world.opd_a, indicator=rep.percent,
                     period=rep.q1, description=f"Tindak lanjut nomor {index:03d}",
                     owner="Kabid P2P", due_date=datetime.date(2026, 6, 30), status=status)
            for index in range(count)])


def _numbers(html: str) -> list[str]:
    return re.findall(r"Tindak lanjut nomor (\d{3})", html)


def test_the_list_shows_fifty_rows_a_page_and_keeps_the_filter(
    rep: Reporting, client_for: Any
) -> None:
    _follow_ups(rep, ROWS)
    _follow_ups(rep, 3, status="done")
    leader = client_for("leader")
    url = reverse("performance_reporting:followup_list")

    first = leader.get(url, {"status": "open"}).content.decode()
    second = leader.get(url, {"status": "open", "halaman": 2}).content.decode()

    assert len(_numbers(first)) == 50
    assert len(_numbers(second)) == ROWS - 50
    assert set(_numbers(first)).isdisjoint(_numbers(second))
    assert re.search(r'href="\?status=open&amp;halaman=2"', first), "page links keep the filter"
    assert "Ekspor XLSX" in second


def test_the_export_holds_every_filtered_row_whatever_the_page(
    rep: Reporting, client_for: Any
) -> None:
    _follow_ups(rep, ROWS)
    _follow_ups(rep, 3, status="done")

    export = client_for("leader").get(reverse("performance_reporting:followup_xlsx"),
                                      {"status": "open", "halaman": 2})

    sheet = load_workbook(io.BytesIO(export.content)).active
    described = [row[4] for row in sheet.iter_rows(values_only=True)
                 if isinstance(row[4], str) and row[4].startswith("Tindak lanjut nomor")]
    assert len(described) == ROWS
