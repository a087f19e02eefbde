"""Saving one self-assessment answer and re-rendering the live prediction (issue 13: < 100 ms
server time): the htmx POST of one indicator, which saves it (audited) and answers with the
row and the prediction panel (the unit's points and the Pemda's mean over every lokus unit).

A Pemda with a lokus of 40 units (quick: 10) that has answered every Ombudsman indicator; the
time is the in-process request (middleware, view, service, selectors, templates). The queries
must not grow with the units (same count at 1× and 4×). Baseline: the same work the simplest
way, in the same run: one UPDATE of the answer, then every answer of the year read as plain
values and the unit and Pemda scores computed with pantau.scoring, nothing rendered.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

YEAR = 2024
RUNS = 15


def _make_region(code: str, units: int) -> dict[str, Any]:
    from pantau.accounts.models import User
    from pantau.compliance.models import Answer, InstrumentIndicator, Lokus, LokusUnit
    from pantau.compliance.services.seeding import instruments_seed
    from pantau.dbstats import refresh_planner_statistics
    from pantau.tenancy.models import Agency, Membership, Region, ServiceUnit

    with scopes_disabled():
        region = Region.objects.create(kind="kabupaten", name=f"Bench {code}", code=code,
                                       slug=f"bench-{code}")
        agency = Agency.objects.create(region=region, name="Dinas Kesehatan", short_name="DK",
                                       kind="dinas")
        created = ServiceUnit.objects.bulk_create(
            ServiceUnit(region=region, agency=agency, name=f"Puskesmas {n}", kind="puskesmas")
            for n in range(units))
        instrument = next(i for i in instruments_seed(region=region)
                          if i.family == "ombudsman_2022")
        lokus = Lokus.objects.create(region=region, year=YEAR, assessor="ombudsman")
        LokusUnit.objects.bulk_create(
            LokusUnit(region=region, lokus=lokus, unit=unit, reason="mandatory", position=n)
            for n, unit in enumerate(created, 1))
        indicators = list(InstrumentIndicator.objects.filter(instrument=instrument))
        Answer.objects.bulk_create(
            Answer(region=region, year=YEAR, unit=unit, instrument=instrument, indicator=item,
                   operator_score=(unit.pk + item.pk) % 4)
            for unit in created for item in indicators)
        user = User.objects.create_user(username=f"bench-{code}", email=f"{code}@b.id",
                                        password="bench-sandi-2026")
        Membership.objects.create(region=region, user=user, role="operator", agency=agency)
    refresh_planner_statistics(ServiceUnit, Answer, LokusUnit)
    typed = next(i for i in indicators if not i.auto_source)
    return {"region": region, "unit": created[0], "indicator": typed, "user": user,
            "instrument": instrument}


def _post(world: dict[str, Any], score: int) -> tuple[int, float]:
    from django.test import Client
    from django.urls import reverse

    client = Client(HTTP_HOST="localhost")
    client.force_login(world["user"])
    item = world["indicator"]
    url = reverse("compliance_assessment:answer",
                  args=[YEAR, world["unit"].pk, "ombudsman", item.pk])
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = client.post(url, {f"i{item.pk}-score": str(score)}, HTTP_HX_REQUEST="true")
        elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200 and b'id="prediksi-pemda"' in response.content
    return len(queries), elapsed


def _naive(world: dict[str, Any], score: int) -> float:
    """One UPDATE, then the year's answers as values and the scores by pantau.scoring."""
    from pantau.compliance.models import Answer, InstrumentDimension
    from pantau.scoring import ombudsman

    region, instrument = world["region"], world["instrument"]
    with scope(region=region.pk):
        start = time.perf_counter()
        Answer.objects.filter(unit=world["unit"], indicator=world["indicator"],
                              year=YEAR).update(operator_score=score)
        codes = dict(InstrumentDimension.objects.filter(instrument=instrument)
                     .values_list("pk", "code"))
        per_unit: dict[int, dict[str, list[tuple[Decimal, Decimal]]]] = {}
        for unit, dimension, weight, given in (
                Answer.objects.filter(region=region, year=YEAR, instrument=instrument)
                .values_list("unit", "indicator__dimension", "indicator__weight",
                             "operator_score")):
            per_unit.setdefault(unit, {}).setdefault(codes[dimension], []).append(
                (weight, Decimal(given or 0)))
        scores = []
        for dims in per_unit.values():
            points = {code: ombudsman.dimension_score(code, answers, YEAR)
                      for code, answers in dims.items()}
            scores.append(ombudsman.unit_score(points["input"], points["proses"],
                                               points["output"], points["pengaduan"],
                                               year=YEAR))
        ombudsman.classify(ombudsman.region_score(scores), YEAR)
        return (time.perf_counter() - start) * 1000


def run(*, quick: bool) -> list[dict[str, Any]]:
    size = 10 if quick else 40
    small = _make_region(f"CA1{size}", size // 4 or 1)
    large = _make_region(f"CA2{size}", size)
    _post(small, 3)  # warm: the first request also fills per-process caches (content types)
    _post(large, 3)
    small_queries, _ = _post(small, 1)  # a changed score: saved and audited
    large_queries, _ = _post(large, 1)
    timings = sorted(_post(large, n % 4)[1] for n in range(RUNS))  # each one a change
    naive = sorted(_naive(large, n % 4) for n in range(RUNS))
    value, baseline = round(timings[RUNS // 2], 2), round(naive[RUNS // 2], 2)
    return [
        {
            "name": "compliance_answer_queries",
            "metric": f"SQL queries of one saved answer with the live prediction, {size} lokus "
                      f"units (baseline: {size // 4 or 1} units)",
            "value": large_queries, "unit": "queries", "baseline": small_queries,
            "ratio": round(large_queries / small_queries, 2), "target": "ratio = 1.0",
            "pass": large_queries == small_queries,
        },
        {
            "name": "compliance_answer_save",
            "metric": f"median server time to save one answer and re-render the row and the "
                      f"prediction panel, {size} lokus units",
            "value": value, "unit": "ms", "baseline": baseline,
            "ratio": round(value / baseline, 2) if baseline else None,
            "target": "< 100 ms", "pass": value < 100,
        },
    ]
