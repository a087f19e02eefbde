"""Read endpoints: who sees which indicators, filters, pagination, another Pemda's view, errors
for bad parameters, a member without a role, throttling, the browsable API and CSRF."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.urls import reverse
from rest_framework.test import APIClient
from rest_framework.throttling import UserRateThrottle

from tests.factories import UserFactory
from tests.performance.reporting.conftest import Reporting, realizations


def _codes(response: Any) -> list[str]:
    return sorted(i["code"] for i in response.json()["results"])


def test_opd_staff_read_their_own_indicators_and_the_back_office_all(rep: Reporting,
                                                                     api_for: Any) -> None:
    url = reverse("api:indicator_list")

    assert _codes(api_for("operator_a").get(url)) == ["IK-A1", "IK-A2"]
    assert _codes(api_for("operator_b").get(url)) == ["IK-B1"]
    assert _codes(api_for("evaluator").get(url)) == ["IK-A1", "IK-A2", "IK-B1"]
    assert _codes(api_for("leader").get(url, {"opd": rep.world.opd_b.pk})) == ["IK-B1"]
    assert _codes(api_for("other_admin").get(url)) == []


def test_indicators_of_a_year_come_with_that_years_targets(rep: Reporting,
                                                           api_for: Any) -> None:
    client = api_for("evaluator")

    data = client.get(reverse("api:indicator_list"), {"tahun": 2026, "opd": rep.world.opd_a.pk})

    [first, _second] = data.json()["results"]
    assert [(t["year"], t["quarter"], t["counted_value"]) for t in first["targets"]] == [
        (2026, None, "90"), (2026, 1, "85")]
    assert client.get(reverse("api:indicator_list"), {"tahun": 2031}).json()["count"] == 0
    bad = client.get(reverse("api:indicator_list"), {"tahun": "dua ribu"})
    assert bad.status_code == 400
    assert "bilangan bulat" in bad.json()["tahun"][0]


def test_lists_are_paginated(rep: Reporting, api_for: Any) -> None:
    client = api_for("evaluator")

    first = client.get(reverse("api:indicator_list"), {"per_halaman": 2}).json()
    last = client.get(reverse("api:indicator_list"), {"per_halaman": 2, "halaman": 2}).json()

    assert (first["count"], len(first["results"]), len(last["results"])) == (3, 2, 1)
    assert "halaman=2" in first["next"]
    missing = client.get(reverse("api:indicator_list"), {"halaman": 9})
    assert (missing.status_code, missing.json()["detail"]) == (404, "Halaman tidak ada.")


def test_the_indicator_detail_lists_its_realizations(rep: Reporting, api_for: Any) -> None:
    api_for("operator_a").patch(
        reverse("api:realization_detail", args=[rep.world.opd_a.pk, rep.q1.pk, rep.percent.pk]),
        {"value": "87.5"}, format="json")

    data = api_for("assessor").get(reverse("api:indicator_detail", args=[rep.percent.pk])).json()

    assert [(r["period"]["name"], r["value"]) for r in data["realizations"]] == [
        ("TW I 2026", "87.5")]
    assert data["plan"]["level"] == "renstra"


def test_another_pemda_sees_only_its_own_opds_and_periods(rep: Reporting, api_for: Any) -> None:
    client = api_for("other_admin")

    agencies = client.get(reverse("api:agency_list")).json()["results"]
    periods = client.get(reverse("api:period_list")).json()["results"]

    assert [a["short_name"] for a in agencies] == ["Dishub"]
    assert [p["id"] for p in periods] == [rep.world.period_other.pk]


def test_a_period_parameter_must_be_a_period_of_this_pemda(rep: Reporting,
                                                           api_for: Any) -> None:
    url = reverse("api:agency_score", args=[rep.world.opd_a.pk])

    foreign = api_for("operator_a").get(url, {"periode": rep.world.period_other.pk})

    assert foreign.status_code == 404
    assert foreign.json()["detail"] == "Data tidak ditemukan."
    assert api_for("operator_a").get(url).status_code == 200  # the period evaluated now


def test_a_logged_in_user_without_a_role_is_refused(world: Any) -> None:
    client = APIClient()
    client.force_login(UserFactory(username="tanpa.peran"))

    response = client.get(reverse("api:agency_list"))

    assert response.status_code == 403
    assert "tidak memiliki peran aktif" in response.json()["detail"]


def test_requests_are_throttled_per_user(rep: Reporting, api_for: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/hour", "anon": "3/hour"})
    client, other = api_for("operator_a"), api_for("operator_b")

    statuses = [client.get(reverse("api:root")).status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    refused = client.get(reverse("api:root"))
    assert "Terlalu banyak permintaan" in refused.json()["detail"]
    assert int(refused["Retry-After"]) > 0
    assert other.get(reverse("api:root")).status_code == 200  # per user, not per address


@pytest.mark.parametrize("authorization", [None, "Token salah-tebak", "Token"],
                         ids=["no-token", "wrong-token", "malformed-header"])
def test_anonymous_requests_and_wrong_tokens_are_throttled_per_address(
        rep: Reporting, api_for: Any, monkeypatch: pytest.MonkeyPatch,
        authorization: str | None) -> None:
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/hour", "anon": "3/hour"})
    guesser = APIClient()
    if authorization:
        guesser.credentials(HTTP_AUTHORIZATION=authorization)

    statuses = [guesser.get(reverse("api:agency_list")).status_code for _ in range(4)]

    assert statuses == [401, 401, 401, 429]
    assert "Terlalu banyak permintaan" in guesser.get(reverse("api:root")).json()["detail"]
    assert api_for("operator_a").get(reverse("api:root")).status_code == 200  # a member is not


@pytest.mark.skipif("rest_framework.renderers.BrowsableAPIRenderer" not in
                    settings.REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"],
                    reason="the browsable API is on only when DEBUG")
def test_the_browsable_api_renders_inside_the_pemda_scope(rep: Reporting,
                                                          session_api_for: Any) -> None:
    response = session_api_for("evaluator").get(
        reverse("api:realization_list", args=[rep.world.opd_a.pk, rep.q1.pk]),
        HTTP_ACCEPT="text/html")

    assert response.status_code == 200
    assert "Dinas Kesehatan" in response.content.decode()


def test_session_writes_need_the_csrf_token(rep: Reporting, world: Any) -> None:
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(world.user("operator_a"))
    url = reverse("api:realization_detail", args=[rep.world.opd_a.pk, rep.q1.pk, rep.percent.pk])

    response = client.patch(url, {"value": "87.5"}, format="json")

    assert response.status_code == 403
    assert "Token CSRF tidak ada atau salah" in response.json()["detail"]
    assert realizations(rep) == {}
