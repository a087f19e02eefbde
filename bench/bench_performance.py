"""OPD ranking and scorecard pages: constant SQL queries at 1× and 10× indicators, render time.

A Pemda of 35 OPDs with ~2 000 indicators (10×: 20 000; quick: 200 / 2 000), each with an
annual and four quarterly targets, four quarters of realizations, and budget lines with four
quarters of spending. The data is bulk-inserted, so each indicator's stored capaian
(``IndicatorScoreCache``) is then computed once, as ``manage.py capaian_rebuild`` does after any
bulk load; the services keep it current afterwards. Baseline: the simplest way, two queries per
indicator (its target and its realizations), computed with the same scoring functions, measured
in the same run (for the ranking on a sample of OPDs, scaled to all 35).
"""

from __future__ import annotations

import gc
import time
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django_scopes import scope, scopes_disabled

YEAR = 2026
AGENCIES = 35


def build_pemda(code: str, indicators: int, agencies: int = AGENCIES) -> Any:
    """A Pemda with ``agencies`` OPDs sharing ``indicators`` indicators, bulk-created."""
    from pantau.dbstats import refresh_planner_statistics
    from pantau.performance.capaian.store import indicator_scores_rebuild
    from pantau.performance.models import (
        BudgetLine,
        BudgetRealization,
        Indicator,
        Plan,
        PlanNode,
        Realization,
        Target,
    )
    from pantau.tenancy.models import Agency, Period, Region

    with scopes_disabled():
        region = Region.objects.create(kind="kabupaten", name=f"Bench {code}", code=code,
                                       slug=f"bench-perf-{code}")
        opds = Agency.objects.bulk_create(
            Agency(region=region, name=f"Dinas {i:02d}", short_name=f"D{i:02d}", kind="dinas")
            for i in range(agencies))
        quarters = {q: Period.objects.create(region=region, year=YEAR, quarter=q)
                    for q in range(1, 5)}
        Period.objects.create(region=region, year=YEAR)
        plans = Plan.objects.bulk_create(
            Plan(region=region, level="renstra", agency=a, title=f"Renstra {a.short_name}",
                 start_year=2025, end_year=2029) for a in opds)
        sasaran = _children(PlanNode, region, [(p, None) for p in plans], "sasaran", 1)
        programs = _children(PlanNode, region, [(n.plan, n) for n in sasaran], "program", 4)
        subs = _children(PlanNode, region, [(n.plan, n) for n in programs], "sub_kegiatan", 3)
        per_opd = max(1, indicators // agencies)
        rows = [Indicator(region=region, node=subs[(i * len(subs)) // (agencies * per_opd)],
                          agency=opds[i // per_opd], name=f"Indikator {i}", unit="%",
                          aggregation=("sum", "last", "avg")[i % 3],
                          polarity="negative" if i % 7 == 0 else "positive")
                for i in range(agencies * per_opd)]
        items = Indicator.objects.bulk_create(rows, batch_size=2000)
        Target.objects.bulk_create(
            [Target(region=region, indicator=item, year=YEAR, quarter=q,
                    value=Decimal(100 if q is None else 25 * q))
             for item in items for q in (None, 1, 2, 3, 4)], batch_size=5000)
        Realization.objects.bulk_create(
            [Realization(region=region, indicator=item, period=quarters[q],
                         value=Decimal(20 + (item.pk * 7 + q * 3) % 15), obstacles="Hambatan")
             for item in items for q in range(1, 5)], batch_size=5000)
        lines = BudgetLine.objects.bulk_create(
            BudgetLine(region=region, agency_id=node.plan.agency_id, node=node, year=YEAR,
                       pagu=Decimal(100_000_000)) for node in subs)
        BudgetRealization.objects.bulk_create(
            BudgetRealization(region=region, line=line, period=quarters[q],
                              amount=Decimal(15_000_000 + (line.pk % 9) * 1_000_000))
            for line in lines for q in range(1, 5))
    with scope(region=region.pk):
        indicator_scores_rebuild(region=region)
    refresh_planner_statistics(*apps.get_app_config("performance").get_models(), Agency)
    return region


def _children(model: Any, region: Any, parents: list[tuple[Any, Any]], level: str,
              per_parent: int) -> list[Any]:
    """``per_parent`` nodes of ``level`` under each (plan, parent node) pair."""
    return list(model.objects.bulk_create(
        model(region=region, plan=plan, parent=parent, level=level, name=f"{level} {n}")
        for plan, parent in parents for n in range(per_parent)))


def _client_for(region: Any) -> Any:
    from django.test import Client

    from pantau.accounts.models import User
    from pantau.tenancy.models import Membership

    user = User.objects.create_user(username=f"bench-{region.code}", email=f"{region.code}@b.id",
                                    password="bench-sandi-2026")
    with scopes_disabled():
        Membership.objects.create(region=region, user=user, role="evaluator")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def _page(client: Any, url: str) -> tuple[int, float]:
    reset_queries()  # the query log keeps 9 000 entries; a full log would count 0 queries
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, response.status_code
    return len(queries), elapsed


def _naive_ranking(region: Any, agency_ids: list[int]) -> float:
    """Per indicator of the given OPDs: one query for its target, one for its realizations."""
    from pantau.performance.models import Indicator, Realization
    from pantau.scoring import capaian

    with scope(region=region.pk):
        start = time.perf_counter()
        per_agency: dict[int, list[Decimal | None]] = {}
        for item in Indicator.objects.filter(agency_id__in=agency_ids):
            target = item.targets.filter(year=YEAR, quarter=4).first()
            values = dict(Realization.objects.filter(indicator=item, period__year=YEAR)
                          .values_list("period__quarter", "value"))
            realized = capaian.aggregate([values.get(q) for q in range(1, 5)], item.aggregation)
            result = (capaian.achievement(target.counted_value, realized, item.polarity)
                      if target and realized is not None else None)
            per_agency.setdefault(item.agency_id, []).append(result)
        sorted((capaian.average(v) or 0 for v in per_agency.values()), reverse=True)
        return (time.perf_counter() - start) * 1000


# The N+1 ranking baseline runs 2 queries per indicator (40 000 at 10x): it is timed on a sample
# of OPDs and scaled to all of them, which keeps the full benchmark to a few minutes.
NAIVE_SAMPLE = 5


def run(*, quick: bool) -> list[dict[str, Any]]:
    from django.urls import reverse

    size = 200 if quick else 2000
    small, large = build_pemda(f"P1{size}", size), build_pemda(f"P2{size}", size * 10)
    clients = {region.pk: _client_for(region) for region in (small, large)}
    # The bulk build leaves hundreds of thousands of objects in reference cycles; a server
    # process does not carry them, and until they are collected every request pays for them.
    gc.collect()
    results = []
    for name in ("ranking", "scorecard"):
        measured = []
        for region in (small, large):
            with scopes_disabled():
                from pantau.tenancy.models import Agency, Period

                agency = Agency.objects.filter(region=region).order_by("pk").first()
                period = Period.objects.get(region=region, year=YEAR, quarter=4)
            assert agency is not None
            path = (reverse("performance_analysis:ranking") if name == "ranking" else
                    reverse("performance_analysis:scorecard", args=[agency.pk]))
            url = f"{path}?periode={period.pk}"
            client = clients[region.pk]
            _page(client, url)  # warm up templates and caches
            queries, _ = _page(client, url)
            timings = sorted(_page(client, url)[1] for _ in range(5))
            measured.append((queries, timings[2]))
        (q1, _), (q10, t10) = measured
        if name == "ranking":
            with scopes_disabled():
                ids = list(Agency.objects.filter(region=large).order_by("pk")
                           .values_list("pk", flat=True))
            naive = _naive_ranking(large, ids[:NAIVE_SAMPLE]) * len(ids) / NAIVE_SAMPLE
        else:
            naive = _naive_ranking(large, [agency.pk])
        results += [
            {"name": f"performance_{name}_queries",
             "metric": f"SQL queries of the {name} page at 10x indicators ({size * 10})",
             "value": q10, "unit": "queries", "baseline": q1, "ratio": round(q10 / q1, 2),
             "target": "ratio = 1.0", "pass": q10 == q1},
            {"name": f"performance_{name}_render",
             "metric": f"median time of the {name} page at {size * 10} indicators (TW IV)",
             "value": round(t10, 2), "unit": "ms", "baseline": round(naive, 2),
             "ratio": round(t10 / naive, 2) if naive else None,
             "target": "< 300 ms", "pass": t10 < 300},
        ]
    return results
