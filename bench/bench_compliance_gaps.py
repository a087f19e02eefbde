"""The compliance gap list and predicted scores: 40 lokus units × 60 indicators (quick: 20).

Value: milliseconds for ``ombudsman_gap_list`` from the database (the version, the lokus,
the answers, the prediction of every unit and the Pemda, the ranked gaps, the top gaps that reach
the next category, the actions). Its SQL query count is compared at 1× and 10× the units.
Baseline, the simplest possible variant: the same arithmetic (pantau.scoring's dimension, unit and
Pemda scores, ``gaps`` and ``fixes_to_reach``) over (weight, score) pairs already in memory.
Both are the best of seven runs: the benchmark machine is shared, and the fastest run is the one
least slowed by other work (the median is printed alongside).
"""

from __future__ import annotations

import statistics
import time
from decimal import Decimal
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

YEAR = 2023
PER_DIMENSION = 15  # 4 dimensions × 15 = 60 indicators
RUNS = 7


def _region(code: str, units: int) -> Any:
    """A Pemda with ``units`` lokus units, each answering the 60 indicators with scores 0–3."""
    from pantau.compliance.models import (
        Answer,
        Family,
        Instrument,
        InstrumentCategory,
        InstrumentDimension,
        InstrumentIndicator,
        Lokus,
        LokusUnit,
    )
    from pantau.dbstats import refresh_planner_statistics
    from pantau.scoring.definitions.ombudsman import BANDS_2022, DIMENSIONS
    from pantau.tenancy.models import Agency, Region, ServiceUnit

    with scopes_disabled():
        region = Region.objects.create(kind="kabupaten", name=f"Bench {code}", code=code,
                                       slug=f"bench-{code.lower()}")
        agencies = Agency.objects.bulk_create(
            Agency(region=region, name=f"Dinas {n}", short_name=f"D{n}", kind="dinas")
            for n in range(max(1, units // 4)))
        created = ServiceUnit.objects.bulk_create(
            ServiceUnit(region=region, agency=agencies[n % len(agencies)],
                        name=f"Unit {n:03d}", kind="puskesmas") for n in range(units))
        instrument = Instrument.objects.create(
            region=region, family=Family.OMBUDSMAN_2022, year_from=2022, version=1,
            name="Bench", answer_min=0, answer_max=3)
        InstrumentCategory.objects.bulk_create(
            InstrumentCategory(region=region, instrument=instrument, position=n, lower=b.lower,
                               grade=b.grade or "", label=b.label, zone=b.zone or "",
                               source_status="several")
            for n, b in enumerate(BANDS_2022, start=1))
        dimensions = InstrumentDimension.objects.bulk_create(
            InstrumentDimension(region=region, instrument=instrument, code=d.code, name=d.name,
                                weight=d.weight, position=n, source_status="official")
            for n, d in enumerate(DIMENSIONS, start=1))
        indicators = InstrumentIndicator.objects.bulk_create(
            InstrumentIndicator(region=region, instrument=instrument, dimension=d,
                                code=f"{d.code}-{i:02d}", position=i, text=f"Indikator {i}",
                                weight=Decimal(1 + i % 3), source_status="one")
            for d in dimensions for i in range(1, PER_DIMENSION + 1))
        lokus = Lokus.objects.create(region=region, year=YEAR, assessor="ombudsman")
        LokusUnit.objects.bulk_create(
            LokusUnit(region=region, lokus=lokus, unit=u, reason="mandatory", position=n)
            for n, u in enumerate(created, start=1))
        Answer.objects.bulk_create(
            Answer(region=region, year=YEAR, unit=u, instrument=instrument, indicator=i,
                   operator_score=(n * 7 + m * 3) % 4,
                   evaluator_score=3 if (n + m) % 11 == 0 else None)
            for n, u in enumerate(created) for m, i in enumerate(indicators)
            if (n + m) % 17)  # some left unanswered: they count 0
    refresh_planner_statistics(Answer, InstrumentIndicator, LokusUnit)
    return region


def _from_database(region: Any) -> tuple[int, float, float, Any]:
    """Queries, wall-clock ms, this process's CPU ms, and the gap list."""
    from pantau.compliance.selectors.gaps import ombudsman_gap_list

    with scope(region=region.pk), CaptureQueriesContext(connection) as queries:
        start, cpu = time.perf_counter(), time.process_time()
        found = ombudsman_gap_list(region=region, year=YEAR)
        elapsed = (time.perf_counter() - start) * 1000
        cpu_ms = (time.process_time() - cpu) * 1000
    return len(queries), elapsed, cpu_ms, found


def _in_memory(units: dict[str, dict[str, list[tuple[Decimal, Decimal]]]], method: Any,
               target: str) -> float:
    """The same figures from pairs already in memory: every unit's dimension and unit scores,
    the Pemda score and category, the ranked gaps and the top gaps that reach ``target``."""
    from pantau.scoring import ombudsman

    start = time.perf_counter()
    scores = []
    for dimensions in units.values():
        points = [ombudsman.dimension_score(code, pairs, YEAR, method=method)
                  for code, pairs in dimensions.items()]
        scores.append(ombudsman.unit_score(*points, year=YEAR, method=method))
    ombudsman.classify(ombudsman.region_score(scores), YEAR, method=method)
    ombudsman.gaps(units, YEAR, method=method)
    ombudsman.fixes_to_reach(units, YEAR, target, method=method)
    return (time.perf_counter() - start) * 1000


def run(*, quick: bool) -> list[dict[str, Any]]:
    from pantau.compliance.selectors.gaps.rows import category_key

    size = 20 if quick else 40
    small = _region(f"G1{size}", size // 10)
    large = _region(f"G2{size}", size)
    small_queries, *_ = _from_database(small)
    large_queries, _, _, found = _from_database(large)
    runs = [_from_database(large) for _ in range(RUNS)]
    timings, cpu = [r[1] for r in runs], [r[2] for r in runs]
    units = found.prediction.gap_input()
    target = category_key(found.target) if found.target is not None else "A"
    baseline = [_in_memory(units, found.prediction.method, target) for _ in range(RUNS)]
    value, base = round(min(timings), 1), round(min(baseline), 1)
    indicators = len(found.prediction.units[0].dimensions) * PER_DIMENSION
    return [
        {
            "name": "compliance_gaps_queries",
            "metric": f"SQL queries for the gap list at 10x lokus units ({size})",
            "value": large_queries, "unit": "queries", "baseline": small_queries,
            "ratio": round(large_queries / small_queries, 2), "target": "ratio = 1.0",
            "pass": large_queries == small_queries,
        },
        {
            "name": "compliance_gaps",
            "metric": f"ms (best of {RUNS}; median {statistics.median(timings):.1f}, CPU "
                      f"{min(cpu):.1f}) for the "
                      f"predicted scores and gap list of {size} lokus units × {indicators} "
                      f"indicators ({len(found.rows)} gaps, fix {found.fixes} to reach "
                      f"{found.target_name or '—'})",
            "value": value, "unit": "ms", "baseline": base,
            "ratio": round(value / base, 2) if base else None, "target": "< 200 ms",
            "pass": value < 200,
        },
    ]
