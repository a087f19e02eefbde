"""The rakor pack PDF for 35 OPDs (quick: 5): the whole background job, data to PDF bytes.

The region is built by the demo loader (real plan sizes, two years of data) with its OPDs trimmed
to the size asked for. Value: seconds for ``generate_pdf`` (scores, per-OPD indicators, charts,
WeasyPrint). Baseline, the simplest possible variant: the same pack rendered to PDF without
charts from data already computed (WeasyPrint alone).
"""

from __future__ import annotations

import datetime
import logging
import time
from typing import Any

from django_scopes import scope, scopes_disabled


def _region(opds: int) -> Any:
    from pantau.demo.performance.load import performance_demo_load
    from pantau.demo.tenancy.load import tenancy_demo_load
    from pantau.tenancy.models import Agency

    region = tenancy_demo_load(today=datetime.date(2026, 11, 23)).region
    with scopes_disabled():
        keep = list(Agency.objects.filter(region=region).order_by("pk").values_list(
            "pk", flat=True)[:opds])
        Agency.objects.filter(region=region).exclude(pk__in=keep).update(is_active=False)
    performance_demo_load(region=region)
    return region


def run(*, quick: bool) -> list[dict[str, Any]]:
    from weasyprint import HTML

    from pantau.performance.rakor import build_pack, generate_pdf, pack_html
    from pantau.reports.models import GeneratedReport
    from pantau.tenancy.models import Period

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    opds = 5 if quick else 35
    region = _region(opds)
    with scope(region=region.pk):
        period = Period.objects.get(year=2026, quarter=3)
        report = GeneratedReport(region=region, kind="performance.rakor_pdf",
                                 parameters={"period": period.pk})
        HTML(string="<p>warm-up</p>").write_pdf()  # font set-up once, as in a running worker
        start = time.perf_counter()
        _name, pdf = generate_pdf(report, lambda percent, message: None)
        value = time.perf_counter() - start
        pack = build_pack(period=period, progress=lambda percent, message: None)
        start = time.perf_counter()
        HTML(string=pack_html(pack, charts=False)).write_pdf()
        baseline = time.perf_counter() - start
    value, baseline = round(value, 2), round(baseline, 2)
    return [{
        "name": "rakor_pack_pdf", "metric": f"seconds to generate the rakor pack PDF for {opds} "
        f"OPDs ({len(pdf) // 1024} KB)", "value": value, "unit": "s", "baseline": baseline,
        "ratio": round(value / baseline, 2) if baseline else None, "target": "< 20 s",
        "pass": value < 20,
    }]
