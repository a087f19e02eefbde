"""Timeliness reads the same on every page and export: Tepat waktu, Terlambat, or Belum dinilai
(deadline still ahead, or no deadline to judge by) — never Ya/Tidak or a bare dash."""

from __future__ import annotations

import datetime
import io
import re
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from pantau.performance.models import AgencyReport, ReportingDeadline, ReportStatus
from pantau.performance.timeliness import timeliness_label
from pantau.tenancy.models import Period
from tests.factories import AgencyFactory
from tests.performance.analysis.builders import indicator, quarter, realize, renstra
from tests.personas import World

DUE = datetime.datetime(2026, 4, 10, 23, 59, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
WORDS = {"Tepat waktu", "Terlambat", "Belum dinilai"}


@pytest.fixture
def q1(world: World) -> Period:
    """OPD A submitted an hour late, OPD B on time; a third OPD has not submitted."""
    realize(indicator(renstra(world.opd_a)["program"], world.opd_a, "Imunisasi", annual=100),
            2026, {1: 80})
    realize(indicator(renstra(world.opd_b)["program"], world.opd_b, "APM SMP", annual=100),
            2026, {1: 95})
    period = quarter(world.region_a, 2026, 1)
    AgencyFactory(region=world.region_a, name="Dinas Sosial", short_name="Dinsos")
    with scopes_disabled():
        ReportingDeadline.objects.create(region=world.region_a, period=period, due_at=DUE)
        for agency, at in ((world.opd_a, DUE + datetime.timedelta(hours=1)),
                           (world.opd_b, DUE - datetime.timedelta(days=1))):
            AgencyReport.objects.create(region=world.region_a, agency=agency, period=period,
                                        status=ReportStatus.SUBMITTED, submitted_at=at)
    return period


def _column(content: bytes, title: str) -> dict[str, Any]:
    """OPD name → the value in the column headed ``title``."""
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    header = next(index for index, row in enumerate(rows) if title in row)
    column, name = rows[header].index(title), rows[header].index("OPD")
    return {row[name]: row[column] for row in rows[header + 1:] if row and row[name]}


def test_the_one_place_names_the_three_cases() -> None:
    assert [timeliness_label(value) for value in (True, False, None)] == [
        "Tepat waktu", "Terlambat", "Belum dinilai"]


def test_overview_page_and_export_use_the_wording(world: World, q1: Period,
                                                  client_for: Any) -> None:
    evaluator = client_for("evaluator")
    q2 = quarter(world.region_a, 2026, 2)  # no deadline set: nobody can be judged

    page = evaluator.get(reverse("performance_reporting:overview"), {"periode": q1.pk})
    export = evaluator.get(reverse("performance_reporting:overview_xlsx", args=[q1.pk]))
    unjudged = evaluator.get(reverse("performance_reporting:overview_xlsx", args=[q2.pk]))

    body = page.content.decode()
    assert "Terlambat" in body and "Tepat waktu" in body
    # Dinas Sosial has not submitted and the deadline (10 April 2026) has passed: late.
    assert _column(export.content, "Ketepatan waktu") == {
        "Dinas Kesehatan": "Terlambat", "Dinas Pendidikan": "Tepat waktu",
        "Dinas Sosial": "Terlambat"}
    assert set(_column(unjudged.content, "Ketepatan waktu").values()) == {"Belum dinilai"}
    q2_page = evaluator.get(reverse("performance_reporting:overview"), {"periode": q2.pk})
    assert "Belum dinilai" in q2_page.content.decode()


def test_ranking_scorecard_and_their_exports_use_the_wording(
    world: World, q1: Period, client_for: Any
) -> None:
    evaluator = client_for("evaluator")
    query = {"periode": q1.pk}

    ranking = evaluator.get(reverse("performance_analysis:ranking"), query).content.decode()
    export = evaluator.get(reverse("performance_analysis:ranking_xlsx"), query).content
    card = evaluator.get(reverse("performance_analysis:scorecard", args=[world.opd_a.pk]),
                         query).content.decode()

    rows = re.findall(r'<tr data-testid="rank-row".*?</tr>', ranking, re.S)
    late = next(row for row in rows if "Dinas Kesehatan" in row)
    on_time = next(row for row in rows if "Dinas Pendidikan" in row)
    assert "Terlambat" in late and "Tepat waktu" in on_time
    values = _column(export, "Ketepatan waktu")
    assert values["Dinas Kesehatan"] == "Terlambat"
    assert values["Dinas Pendidikan"] == "Tepat waktu"
    assert set(values.values()) <= WORDS
    assert re.search(r"Ketepatan waktu: Terlambat", re.sub(r"<[^>]+>|\s+", " ", card)
                     .replace("  ", " "))
