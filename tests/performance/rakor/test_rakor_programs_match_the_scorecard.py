"""The rakor pack (PDF and XLSX) groups and counts programs exactly as the scorecard does."""

from __future__ import annotations

import io
from typing import Any

from django.urls import reverse
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from pantau.performance.rakor import build_pack, pack_html
from pantau.performance.selectors.analysis import scorecard
from pantau.reports.models import GeneratedReport
from pantau.tenancy.models import Period
from tests.performance.analysis.builders import (
    budget,
    indicator,
    quarter,
    realize,
    renstra,
)
from tests.performance.plans.conftest import Plans, plans  # noqa: F401 (fixture)
from tests.performance.rakor.conftest import downloaded
from tests.personas import World


def _rows_after_header(sheet: Any, first: str) -> list[tuple[Any, ...]]:
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[0] == first)
    return rows[header + 1:]


def _sasaran_and_program_indicators(world: World) -> Period:
    nodes = renstra(world.opd_a)
    goal = indicator(nodes["sasaran"], world.opd_a, "Indeks kepuasan (sasaran)", annual=100)
    realize(goal, 2026, {1: 80})
    program = indicator(nodes["program"], world.opd_a, "Cakupan imunisasi", annual=90)
    realize(program, 2026, {1: 99})
    budget(nodes["sub_kegiatan"], world.opd_a, 1_000_000, {1: 250_000})
    return quarter(world.region_a, 2026, 1)


def test_rakor_pack_programs_equal_the_scorecard_programs(world: World) -> None:
    period = _sasaran_and_program_indicators(world)
    with scope(region=world.region_a):
        card = scorecard(agency=world.opd_a, period=period)
        pack = build_pack(period=period, progress=lambda *_args: None)
        html = pack_html(pack, charts=False)

    page = next(p for p in pack.pages if p.score.agency == world.opd_a)
    assert page.programs == card.programs
    assert [(str(p.program or "-"), p.indicator_count) for p in page.programs] == [
        ("PRO Program Dinkes", 1), ("-", 1)]  # the sasaran indicator has no program
    assert "(tanpa program)" in html
    assert "<td>Sasaran Dinkes</td>" not in html


def test_rakor_xlsx_program_sheet_matches_the_scorecard_xlsx(world: World,
                                                            client_for: Any) -> None:
    period = _sasaran_and_program_indicators(world)
    client = client_for("evaluator")
    client.post(reverse("performance_rakor:index"), {"period": period.pk, "format": "xlsx"})
    with scopes_disabled():
        report = GeneratedReport.objects.latest("id")
    pack = load_workbook(io.BytesIO(downloaded(
        client.get(reverse("reports:download", args=[report.pk])))))
    card = load_workbook(io.BytesIO(client.get(reverse(
        "performance_analysis:scorecard_xlsx", args=[world.opd_a.pk])
        + f"?periode={period.pk}").content))

    pack_rows = [(r[1], r[2], r[3], r[4], r[7]) for r in
                 _rows_after_header(pack["Capaian per program"], "OPD") if r[0] == "Dinkes"]
    card_rows = [(r[0], r[1], r[2], r[3], r[6]) for r in
                 _rows_after_header(card["Program"], "Program")]
    assert pack_rows == card_rows
    assert [r[0] for r in pack_rows] == ["PRO Program Dinkes", "(tanpa program)"]
