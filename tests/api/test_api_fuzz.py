"""The published OpenAPI schema, fuzzed: every operation × every persona's token.

Schemathesis loads ``/api/v1/schema/`` from the application itself and generates requests from
it (path ids mostly drawn from the test world's real objects, some at random). Every answer
must be a documented status with a JSON body that matches the schema, never a server error; and
no write may land where the quarterly form would refuse it: a closed quarter, another OPD, or a
persona who may not enter realization. Bounded (few examples per operation, derandomized) so the
suite keeps its time on both databases.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import schemathesis
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django_scopes import scopes_disabled
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from pantau.audit.models import AuditEvent
from pantau.performance.models import Realization
from pantau.tenancy.models import Period
from tests.api.conftest import make_token
from tests.matrix import PERSONAS
from tests.performance.reporting.conftest import Reporting

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
EXAMPLES_PER_READ = 5
EXAMPLES_PER_WRITE_PLACE = 2
WRITERS = {"operator_a": "opd_a", "head_a": "opd_a", "operator_b": "opd_b"}


@pytest.fixture(scope="module")
def api_schema() -> Iterator[Any]:
    """The schema as the application serves it (anonymously: it is public), bound to the real
    WSGI application. Like Django's test client, keep the end of a request from closing the
    database connection the test's transaction runs in."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/schema/", WSGIHandler())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _closed_quarter(rep: Reporting) -> Period:
    """TW IV 2025, closed, with a realization of each OPD: nothing may change it."""
    with scopes_disabled():
        period = Period.objects.create(region=rep.world.region_a, year=2025, quarter=4,
                                       status="closed")
        for indicator in (rep.percent, rep.people, rep.other):
            Realization.objects.create(region=rep.world.region_a, indicator=indicator,
                                       period=period, value=Decimal("50"), drivers="Arsip")
        Realization.objects.create(region=rep.world.region_a, indicator=rep.other,
                                   period=rep.q1, value=Decimal("70"), drivers="Disdik")
    return period


def _snapshot() -> dict[tuple[int, int, int], tuple[Any, ...]]:
    with scopes_disabled():
        return {(r.indicator.agency_id, r.period_id, r.indicator_id):
                (r.value, r.drivers, r.obstacles, r.follow_up_plan)
                for r in Realization.objects.select_related("indicator")}


def _places(rep: Reporting, closed: Period) -> list[dict[str, int]]:
    """Path ids that exist together in the test world: OPD A's and OPD B's open quarters, the
    closed quarter, a year (not a quarter), another Pemda's OPD, an indicator of another OPD."""
    w = rep.world
    a, b, other = w.opd_a.pk, w.opd_b.pk, w.opd_other.pk
    return [
        {"agency_pk": a, "period_pk": rep.q1.pk, "indicator_pk": rep.percent.pk},
        {"agency_pk": a, "period_pk": rep.q2.pk, "indicator_pk": rep.people.pk},
        {"agency_pk": a, "period_pk": closed.pk, "indicator_pk": rep.percent.pk},
        {"agency_pk": b, "period_pk": rep.q1.pk, "indicator_pk": rep.other.pk},
        {"agency_pk": b, "period_pk": closed.pk, "indicator_pk": rep.other.pk},
        {"agency_pk": a, "period_pk": w.period_a.pk, "indicator_pk": rep.other.pk},
        {"agency_pk": other, "period_pk": w.period_other.pk, "indicator_pk": rep.people.pk},
    ]


def _queries(rep: Reporting, closed: Period) -> dict[str, list[int]]:
    w = rep.world
    return {"opd": [w.opd_a.pk, w.opd_b.pk, w.opd_other.pk],
            "periode": [rep.q1.pk, closed.pk, w.period_a.pk, w.period_other.pk],
            "tahun": [2025, 2026]}


def _path(names: list[str], place: dict[str, int]) -> dict[str, int]:
    """The place's ids the operation's path takes (``id`` is an indicator's)."""
    ids = {**place, "id": place["indicator_pk"]} if place else {}
    return {name: ids[name] for name in names if name in ids}


def _real_query(names: list[str], queries: dict[str, list[int]]) -> st.SearchStrategy[dict]:
    known = {name: st.sampled_from(queries[name]) for name in names if name in queries}
    return st.fixed_dictionaries({}, optional=known)


def _with_real_rows(case: Any, data: st.DataObject, indicators: list[int]) -> None:
    """Most batches name real indicators, each once (the rest keep the fuzzer's ids)."""
    rows = case.body.get("rows") if isinstance(case.body, dict) else None
    if isinstance(rows, list) and rows and data.draw(st.sampled_from([True, True, False])):
        del rows[len(indicators):]
        for row, pk in zip(rows, data.draw(st.permutations(indicators)), strict=False):
            if isinstance(row, dict):
                row["indicator"] = pk


def _fuzz(operation: Any, rep: Reporting, closed: Period, headers: dict[str, str],
          statuses: set[int]) -> None:
    """Reads draw their place among the real ones (or none: the fuzzer picks); writes visit
    every place, so each persona's refusals and the lock are reached on every run."""
    names = [p.name for p in operation.path_parameters]
    places = [*_places(rep, closed), {}]
    if operation.method.upper() == "GET":
        _examples(operation, st.sampled_from(places).map(lambda p: _path(names, p)),
                  EXAMPLES_PER_READ, rep, closed, headers, statuses)
    else:
        for place in places:
            _examples(operation, st.just(_path(names, place)), EXAMPLES_PER_WRITE_PLACE, rep,
                      closed, headers, statuses)


def _examples(operation: Any, path: st.SearchStrategy[dict], count: int, rep: Reporting,
              closed: Period, headers: dict[str, str], statuses: set[int]) -> None:
    query = _real_query([p.name for p in operation.query], _queries(rep, closed))
    indicators = [rep.percent.pk, rep.people.pk, rep.other.pk]

    @settings(max_examples=count, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        case = data.draw(operation.as_strategy(
            generation_mode=data.draw(st.sampled_from(GenerationMode)),
            path_parameters=data.draw(path) or None, query=data.draw(query) or None))
        _with_real_rows(case, data, indicators)
        cache.clear()  # the throttle counts every request: keep them apart
        response = case.call(headers=headers)
        statuses.add(response.status_code)
        case.validate_response(response, checks=CHECKS, headers=headers)

    run()


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_operation_answers_as_documented(persona: str, rep: Reporting,
                                               api_schema: Any) -> None:
    closed = _closed_quarter(rep)
    before = _snapshot()
    headers = ({} if persona == "anonymous"
               else {"Authorization": f"Token {make_token(rep.world, persona)}"})
    statuses: set[int] = set()
    for operation in api_schema.get_all_operations():
        _fuzz(operation.ok(), rep, closed, headers, statuses)

    # The fuzzer reached the real paths: reads, and for the OPD's writers a write and a lock.
    assert (401 if persona == "anonymous" else 200) in statuses
    if persona in WRITERS:
        assert {200, 409} <= statuses, statuses
    after = _snapshot()
    for key, row in before.items():
        agency_pk, period_pk, _indicator = key
        may_write = (period_pk != closed.pk and persona in WRITERS
                     and getattr(rep.world, WRITERS[persona]).pk == agency_pk)
        if not may_write:
            assert after.get(key) == row, f"{persona} changed {key}: {row} → {after.get(key)}"
    created = set(after) - set(before)
    assert not [key for key in created if key[1] == closed.pk], "written in a closed quarter"
    written_by = {key[0] for key in created}
    allowed = {getattr(rep.world, WRITERS[persona]).pk} if persona in WRITERS else set()
    assert written_by <= allowed, f"{persona} created realizations of OPDs {written_by}"
    with scopes_disabled():
        saved = AuditEvent.objects.filter(action="performance.realization.saved")
        assert persona in WRITERS or not saved.exists()
