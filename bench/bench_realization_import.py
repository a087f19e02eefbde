"""Realization import: 5 000 rows (quick: 500) validated and written in well under 10 s.

Baseline: openpyxl merely reading the same file (read_only, iterating the rows).
"""

from __future__ import annotations

import io
import time
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope, scopes_disabled
from openpyxl import Workbook, load_workbook


def _setup(size: int) -> tuple[Any, Any, Any, Any]:
    from pantau.accounts.models import User
    from pantau.dbstats import refresh_planner_statistics
    from pantau.performance.models import Indicator, Plan, PlanNode
    from pantau.tenancy.models import Agency, Period, Region

    with scopes_disabled():
        region = Region.objects.create(kind="kabupaten", name=f"Bench impor {size}",
                                       code=f"B9{size}", slug=f"bench-impor-{size}")
        agency = Agency.objects.create(region=region, name="Dinas Bench", short_name="DB",
                                       kind="dinas")
        period = Period.objects.create(region=region, year=2026, quarter=1)
        plan = Plan.objects.create(region=region, level="renstra", agency=agency, title="R",
                                   start_year=2025, end_year=2029)
        node = PlanNode.objects.create(region=region, plan=plan, level="program", code="P",
                                       name="Program")
        Indicator.objects.bulk_create(
            Indicator(region=region, node=node, agency=agency, code=f"IK-{i:05d}",
                      name=f"Indikator {i}", unit="orang" if i % 2 else "%",
                      aggregation="sum" if i % 2 else "last") for i in range(size))
        refresh_planner_statistics(Indicator)
    actor = User.objects.create(username=f"bench-impor-{size}", email=f"b{size}@contoh.go.id")
    return region, agency, period, actor


def _xlsx(size: int) -> bytes:
    from pantau.performance.imports_realization import HEADERS, SHEET

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    sheet.append(HEADERS)
    for i in range(size):
        sheet.append([f"IK-{i:05d}", f"Indikator {i}", "orang", 100, 25, f"{i % 97},5",
                      "Pendorong", "", "Rencana tindak lanjut" if i % 10 == 0 else ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _read_only(content: bytes) -> float:
    start = time.perf_counter()
    workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    for _row in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - start


def run(*, quick: bool) -> list[dict[str, Any]]:
    from pantau.performance.imports_realization import (
        realization_import_apply,
        realization_import_plan,
    )
    from pantau.performance.models import Realization

    size = 500 if quick else 5000
    region, agency, period, actor = _setup(size)
    content = _xlsx(size)
    baseline = _read_only(content)
    with scope(region=region.pk):
        start = time.perf_counter()
        plan = realization_import_plan(upload=SimpleUploadedFile("r.xlsx", content),
                                       agency=agency, period=period)
        assert not plan.errors, plan.errors[:3]
        realization_import_apply(actor=actor, agency=agency, period=period, plan=plan)
        value = time.perf_counter() - start
        assert Realization.objects.filter(period=period).count() == size
    return [{
        "name": "realization_import", "metric": f"seconds to validate and import {size} rows",
        "value": round(value, 2), "unit": "s", "baseline": round(baseline, 2),
        "ratio": round(value / baseline, 2) if baseline else None, "target": "< 10 s",
        "pass": value < 10,
    }]
