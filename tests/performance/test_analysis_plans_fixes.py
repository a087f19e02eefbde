"""Fixes from the new-user review: the scorecard trend stops at the chosen quarter, XLSX text in
Indonesian number format, the rakor pack groups programs as the scorecard does, locked target
cells are read-only up front, the rakor page offers only started periods, plan files are named
after the plan."""

from __future__ import annotations

import io
import re
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from pantau.performance.models import AgencyReport, ReportStatus, Target
from pantau.performance.rakor import build_pack, pack_html
from pantau.performance.selectors.analysis import default_period, scorecard
from pantau.reports.models import GeneratedReport
from pantau.tenancy.models import Period, PeriodStatus
from tests.performance.analysis.builders import (
    budget,
    indicator,
    quarter,
    realize,
    renstra,
    year_period,
)
from tests.performance.plans.conftest import Plans, plans  # noqa: F401 (fixture)
from tests.performance.rakor.conftest import downloaded
from tests.personas import World


def _rows_after_header(sheet: Any, first: str) -> list[tuple[Any, ...]]:
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[0] == first)
    return rows[header + 1:]


# 1. The trend of a TW III scorecard ends at TW III ------------------------------------------

def _four_quarters(world: World) -> Period:
    item = indicator(renstra(world.opd_a)["program"], world.opd_a, "Cakupan", annual=100)
    realize(item, 2026, {1: 20, 2: 40, 3: 60, 4: 80})  # TW IV: an early draft
    return quarter(world.region_a, 2026, 3)


def test_tw_iii_scorecard_trend_and_its_xlsx_stop_at_tw_iii(world: World,
                                                           client_for: Any) -> None:
    period = _four_quarters(world)
    client = client_for("operator_a")
    query = f"?periode={period.pk}"

    page = client.get(reverse("performance_analysis:scorecard", args=[world.opd_a.pk]) + query)
    book = load_workbook(io.BytesIO(client.get(reverse(
        "performance_analysis:scorecard_xlsx", args=[world.opd_a.pk]) + query).content))

    assert [p["label"] for p in page.context["chart"]["trend"]] == ["TW I", "TW II", "TW III"]
    trend = _rows_after_header(book["Tren"], "Triwulan")
    assert [(row[0], float(row[1])) for row in trend] == [
        ("TW I", 20.0), ("TW II", 40.0), ("TW III", 60.0)]


def test_a_year_scorecard_still_shows_all_four_quarters(world: World, client_for: Any) -> None:
    _four_quarters(world)
    query = f"?periode={year_period(world.region_a, 2026).pk}"

    page = client_for("evaluator").get(
        reverse("performance_analysis:scorecard", args=[world.opd_a.pk]) + query)

    assert len(page.context["chart"]["trend"]) == 4


# 2. XLSX sentences in Indonesian format, numbers stay numbers -------------------------------

def test_scorecard_xlsx_heading_in_indonesian_format(world: World, client_for: Any) -> None:
    nodes = renstra(world.opd_a)
    item = indicator(nodes["program"], world.opd_a, "Rentang", annual=80, annual_high=90,
                     is_range=True)
    realize(item, 2026, {1: 70})  # capaian 87,50 %
    budget(nodes["sub_kegiatan"], world.opd_a, 1_000_000, {1: 250_000})  # serapan 25,00 %
    query = f"?periode={quarter(world.region_a, 2026, 1).pk}"

    response = client_for("operator_a").get(
        reverse("performance_analysis:scorecard_xlsx", args=[world.opd_a.pk]) + query)

    sheet = load_workbook(io.BytesIO(response.content))["Program"]
    assert sheet["A2"].value == "Capaian OPD: 87,50 %; serapan: 25,00 %"
    program = _rows_after_header(sheet, "Program")[0]
    assert isinstance(program[2], int | float) and float(program[2]) == 87.5
    header = next(r for r in sheet.iter_rows() if r[0].value == "Program")[0].row
    assert sheet.cell(row=header + 1, column=3).number_format == "#,##0.00"


# 3. The rakor pack groups and counts programs exactly as the scorecard ----------------------

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


# 4. Locked target cells are read-only before "Simpan" ---------------------------------------

def _input(body: str, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', body)
    assert match, name
    return match.group(0)


def test_locked_year_and_quarter_cells_are_read_only_with_the_reason(
    world: World, plans: Plans, client_for: Any  # noqa: F811
) -> None:
    with scopes_disabled():
        Period.objects.create(region=world.region_a, year=2027, status=PeriodStatus.CLOSED)
        locked = Period.objects.create(region=world.region_a, year=2026, quarter=1)
        in_review = Period.objects.create(region=world.region_a, year=2026, quarter=2)
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_a, period=locked,
                                    status=ReportStatus.LOCKED)
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_a,
                                    period=in_review, status=ReportStatus.SUBMITTED)
    url = reverse("performance_plans:target_grid", args=[plans.indicator_a.pk])

    body = client_for("operator_a").get(url).content.decode()

    for name in ("v_2027_0", "v_2027_3", "v_2026_1", "v_2026_2"):
        assert " readonly" in _input(body, name), name
    for name in ("v_2026_0", "v_2026_3", "v_2028_0"):
        assert "readonly" not in _input(body, name), name
    assert "Tahun 2027 sudah ditutup" in _input(body, "v_2027_0")
    assert "sudah dikunci" in _input(body, "v_2026_1")
    assert "sedang diajukan" in _input(body, "v_2026_2")
    assert "bi-lock" in body and "Sel bergembok hanya dapat dibaca" in body


def test_saving_the_grid_as_shown_keeps_locked_cells_and_saves_open_ones(
    world: World, plans: Plans, client_for: Any  # noqa: F811
) -> None:
    with scopes_disabled():
        Period.objects.create(region=world.region_a, year=2027, status=PeriodStatus.CLOSED)
        Target.objects.create(region=world.region_a, indicator=plans.indicator_a, year=2027,
                              value=91, revised_value=93, use_revised=True,
                              revision_note="Perkada 3/2027")
    url = reverse("performance_plans:target_revision", args=[plans.indicator_a.pk])
    client = client_for("operator_a")

    page = client.get(url).content.decode()
    # What a browser posts: the read-only value as shown, no box for the disabled "berlaku".
    response = client.post(url, {"v_2027_0": "93", "v_2026_0": "85", "u_2026_0": "on",
                                 "note": "Perkada 12/2026"})

    assert "disabled" in _input(page, "u_2027_0") and " readonly" in _input(page, "v_2027_0")
    assert response.status_code == 302
    with scopes_disabled():
        assert Target.objects.get(indicator=plans.indicator_a, year=2026,
                                  quarter=None).counted_value == 85
        assert Target.objects.get(indicator=plans.indicator_a, year=2027,
                                  quarter=None).counted_value == 93


# 5. The rakor page offers started periods only, newest first --------------------------------

def test_rakor_page_lists_started_periods_newest_first(world: World, client_for: Any) -> None:
    with scopes_disabled():
        Period.objects.filter(region=world.region_a).delete()  # only the periods made here
    today = timezone.localdate()
    now = (today.month - 1) // 3 + 1
    future = quarter(world.region_a, today.year + 1, 1)
    started = [year_period(world.region_a, today.year), quarter(world.region_a, today.year, now),
               quarter(world.region_a, today.year - 1, 4),
               quarter(world.region_a, today.year - 1, 1)]
    client = client_for("evaluator")

    body = client.get(reverse("performance_rakor:index")).content.decode()
    refused = client.post(reverse("performance_rakor:index"),
                          {"period": future.pk, "format": "pdf"})

    offered = re.findall(r'<option value="(\d+)"', body.split('name="format"')[0])
    assert [int(pk) for pk in offered] == [p.pk for p in started]
    with scopes_disabled():
        expected = default_period(world.region_a.pk)
    assert expected is not None
    assert re.search(rf'<option value="{expected.pk}" selected>', body)
    assert refused.status_code == 200
    with scopes_disabled():
        assert not GeneratedReport.objects.exists()


# 6. Plan files are named after the plan ----------------------------------------------------

def test_plan_export_and_template_are_named_after_the_plan(plans: Plans,  # noqa: F811
                                                           client_for: Any) -> None:
    client = client_for("evaluator")

    renstra_file = client.get(reverse("performance_plans:plan_export",
                                      args=[plans.renstra_a.pk]))
    rpjmd_file = client.get(reverse("performance_plans:plan_export", args=[plans.rpjmd.pk]))
    template = client.get(reverse("performance_plans:plan_import_template",
                                  args=[plans.renstra_a.pk]))

    assert 'filename="renstra-dinkes-2025-2029.xlsx"' in renstra_file["Content-Disposition"]
    assert ('filename="rpjmd-kabupaten-contoh-2025-2029.xlsx"'
            in rpjmd_file["Content-Disposition"])
    assert ('filename="templat-indikator-renstra-dinkes-2025-2029.xlsx"'
            in template["Content-Disposition"])
