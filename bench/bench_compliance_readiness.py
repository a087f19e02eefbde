"""The readiness report PDF for 40 lokus units × 60 indicators (quick: 5): the whole background
job, data to PDF bytes.

The Pemda is the gap-list benchmark's (``bench_compliance_gaps._region``: answers with gaps in
every unit), with official results for seven years and three gap actions per unit. Value: seconds
for ``generate_pdf`` (predictions, gap list, predicted against official, actions, every chart,
WeasyPrint), progress reported as the worker does. Baseline, the simplest possible variant: the
same report rendered to PDF without charts from data already computed (WeasyPrint alone).
"""

from __future__ import annotations

import datetime
import logging
import time
from decimal import Decimal
from typing import Any

from django_scopes import scope, scopes_disabled

from bench.bench_compliance_gaps import YEAR
from bench.bench_compliance_gaps import _region as gap_region


def _official_and_actions(region: Any) -> None:
    from pantau.compliance.models import (
        ActionStatus,
        Answer,
        GapAction,
        LokusUnit,
        OfficialResult,
    )
    from pantau.tenancy.models import Agency

    statuses = list(ActionStatus.values)
    with scopes_disabled():
        OfficialResult.objects.bulk_create(
            OfficialResult(region=region, year=year, assessor="ombudsman",
                           score=Decimal(40 + 8 * n), label="", zone="")
            for n, year in enumerate(range(YEAR - 6, YEAR + 1)))
        owner = Agency.objects.filter(region=region).order_by("pk").first()
        low = (Answer.objects.filter(region=region, year=YEAR, operator_score__lt=3)
               .order_by("unit_id", "indicator_id").values_list("unit_id", "indicator_id"))
        seen: dict[int, int] = {}
        actions = []
        for unit_id, indicator_id in low:
            if seen.get(unit_id, 0) >= 3:
                continue
            seen[unit_id] = seen.get(unit_id, 0) + 1
            actions.append(GapAction(
                region=region, year=YEAR, unit_id=unit_id, indicator_id=indicator_id,
                owner=owner, title=f"Perbaiki indikator {indicator_id} di unit {unit_id}",
                due_date=datetime.date(YEAR, 9, 30), status=statuses[len(actions) % 4]))
        GapAction.objects.bulk_create(actions)
        assert LokusUnit.objects.filter(region=region).exists()


def run(*, quick: bool) -> list[dict[str, Any]]:
    from weasyprint import HTML

    from pantau.compliance.readiness.data import build_readiness
    from pantau.compliance.readiness.document import generate_pdf, readiness_html
    from pantau.reports.models import GeneratedReport

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    units = 5 if quick else 40
    region = gap_region(f"R{units}", units)
    _official_and_actions(region)
    steps: list[int] = []
    with scope(region=region.pk):
        report = GeneratedReport(region=region, kind="compliance.readiness_pdf",
                                 parameters={"year": YEAR})
        HTML(string="<p>warm-up</p>").write_pdf()  # font set-up once, as in a running worker
        start = time.perf_counter()
        _name, pdf = generate_pdf(report, lambda percent, message: steps.append(percent))
        value = time.perf_counter() - start
        data = build_readiness(region=region, year=YEAR, progress=lambda percent, message: None)
        start = time.perf_counter()
        HTML(string=readiness_html(data, charts_on=False)).write_pdf()
        baseline = time.perf_counter() - start
    assert steps == sorted(steps) and len(steps) > units, "progress goes forward, per unit"
    value, baseline = round(value, 2), round(baseline, 2)
    return [{
        "name": "compliance_readiness_pdf",
        "metric": f"seconds to generate the readiness report PDF for {units} lokus units "
        f"× 60 indicators ({len(pdf) // 1024} KB, {len(steps)} progress steps)",
        "value": value, "unit": "s", "baseline": baseline,
        "ratio": round(value / baseline, 2) if baseline else None, "target": "< 20 s",
        "pass": value < 20,
    }]
