"""The ranking, scorecard and early-warning pages issue the same number of SQL queries with 1×
and 10× indicators (the data is fetched per year in a fixed set of queries)."""

from __future__ import annotations

import pytest
from bench.bench_performance import build_pemda
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.tenancy.models import Agency, Period
from tests.factories import MembershipFactory, UserFactory


def _queries(code: str, indicators: int, page: str, extra: str = "") -> int:
    region = build_pemda(code, indicators, agencies=5)
    with scopes_disabled():
        agency = Agency.objects.filter(region=region).order_by("pk").first()
        period = Period.objects.get(region=region, year=2026, quarter=2)
    assert agency is not None
    client = Client()
    client.force_login(MembershipFactory(region=region, user=UserFactory()).user)
    args = [agency.pk] if page == "scorecard" else []
    url = reverse(f"performance_analysis:{page}", args=args) + f"?periode={period.pk}{extra}"
    client.get(url)  # the session and the menu warm up
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
@pytest.mark.parametrize(("page", "extra"), [
    ("ranking", ""), ("ranking", "&cakupan=terverifikasi"), ("ranking_xlsx", "&cakupan=semua"),
    ("scorecard", ""), ("warning", "")])
def test_same_queries_with_ten_times_the_indicators(page: str, extra: str) -> None:
    assert _queries("Q1", 20, page, extra) == _queries("Q10", 200, page, extra)
