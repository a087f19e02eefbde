"""The OPD list: constant SQL queries whatever the number of OPDs, and its render time.

Baseline: the simplest way, counting each OPD's units with one query per OPD (N+1).
"""

from __future__ import annotations

import time
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled


def _make_region(code: str, agencies: int, units_per_agency: int) -> Any:
    from pantau.dbstats import refresh_planner_statistics
    from pantau.tenancy.models import Agency, Region, ServiceUnit

    with scopes_disabled():
        region = Region.objects.create(kind="kabupaten", name=f"Bench {code}", code=code,
                                       slug=f"bench-{code}")
        created = Agency.objects.bulk_create(
            Agency(region=region, name=f"Dinas {i}", short_name=f"D{i}", kind="dinas")
            for i in range(agencies)
        )
        ServiceUnit.objects.bulk_create(
            ServiceUnit(region=region, agency=a, name=f"Unit {a.pk}-{j}", kind="uptd")
            for a in created for j in range(units_per_agency)
        )
    refresh_planner_statistics(Agency, ServiceUnit)
    return region


def _render(region: Any) -> tuple[int, float]:
    from django.template.loader import render_to_string

    from pantau.tenancy.selectors import agency_list

    with scope(region=region.pk), CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        rows = [(a.name, a.unit_count) for a in agency_list()]
        render_to_string("tenancy/_bench_rows.html", {"rows": rows})
        elapsed = time.perf_counter() - start
    return len(queries), elapsed * 1000


def _render_naive(region: Any) -> float:
    from django.template.loader import render_to_string

    from pantau.tenancy.models import Agency

    with scope(region=region.pk):
        start = time.perf_counter()
        rows = [(a.name, a.units.filter(is_active=True).count()) for a in Agency.objects.all()]
        render_to_string("tenancy/_bench_rows.html", {"rows": rows})
        return (time.perf_counter() - start) * 1000


def run(*, quick: bool) -> list[dict[str, Any]]:
    size = 40 if quick else 400
    small = _make_region(f"B1{size}", size // 10, 4)
    large = _make_region(f"B2{size}", size, 4)
    small_queries, _ = _render(small)
    large_queries, _ = _render(large)
    timings = sorted(_render(large)[1] for _ in range(5))
    naive = sorted(_render_naive(large) for _ in range(5))
    value, baseline = round(timings[2], 2), round(naive[2], 2)
    return [
        {
            "name": "opd_list_queries", "metric": f"SQL queries at 10x OPDs ({size})",
            "value": large_queries, "unit": "queries", "baseline": small_queries,
            "ratio": round(large_queries / small_queries, 2), "target": "ratio = 1.0",
            "pass": large_queries == small_queries,
        },
        {
            "name": "opd_list_render",
            "metric": f"median time to list {size} OPDs with unit counts",
            "value": value, "unit": "ms", "baseline": baseline,
            "ratio": round(value / baseline, 2) if baseline else None,
            "target": "< 300 ms and faster than N+1 baseline",
            "pass": value < 300 and value <= baseline,
        },
    ]
