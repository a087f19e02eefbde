"""A quarter that has not started is refused by the form, the import and the API, and its form is
read-only; a quarter opens on its first day in the Pemda's time zone."""

from __future__ import annotations

import datetime
import html
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from rest_framework.test import APIClient

from pantau.performance.services.realizations import RealizationInput, report_draft_save
from pantau.tenancy.models import Period
from tests.api.conftest import make_token
from tests.performance.reporting.conftest import (
    Reporting,
    events,
    form_data,
    realizations,
)
from tests.personas import World
from tests.xlsx import realization_xlsx


def _future_quarter(world: World) -> Period:
    with scopes_disabled():
        return Period.objects.create(region=world.region_a,
                                     year=timezone.localdate().year + 3, quarter=4)


def test_the_form_refuses_a_quarter_that_has_not_started(rep: Reporting,
                                                         client_for: Any) -> None:
    future = _future_quarter(rep.world)

    response = client_for("operator_a").post(rep.form_url(future),
                                             form_data(rep, percent="99"), follow=True)

    page = html.unescape(response.content.decode())
    assert f"TW IV {future.year} belum dimulai (mulai 1 Oktober {future.year})" in page
    assert "Draf tersimpan" not in page
    assert realizations(rep, future) == {}
    assert events("performance.realization.saved") == []


def test_the_import_refuses_a_quarter_that_has_not_started(rep: Reporting,
                                                           client_for: Any) -> None:
    future = _future_quarter(rep.world)
    url = reverse("performance_reporting:import", args=[rep.world.opd_a.pk, future.pk])

    response = client_for("operator_a").post(url, {"file": SimpleUploadedFile(
        "realisasi.xlsx", realization_xlsx([("IK-A1", "99")]))})

    assert response.status_code == 400
    assert "belum dimulai" in html.unescape(response.content.decode())
    assert realizations(rep, future) == {}


def test_the_api_refuses_a_quarter_that_has_not_started(rep: Reporting) -> None:
    future = _future_quarter(rep.world)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {make_token(rep.world, 'operator_a')}")
    url = reverse("api:realization_detail", args=[rep.world.opd_a.pk, future.pk,
                                                  rep.percent.pk])

    response = client.patch(url, {"value": "99"}, format="json")

    assert response.status_code == 400
    assert "belum dimulai" in response.json()["detail"]
    assert realizations(rep, future) == {}


def _save_at(rep: Reporting, period: Period, moment: datetime.datetime, monkeypatch: Any) -> None:
    monkeypatch.setattr(timezone, "now", lambda: moment)
    with scope(region=rep.world.region_a.pk):
        report_draft_save(actor=rep.world.user("operator_a"), agency=rep.world.opd_a,
                          period=period,
                          rows=[RealizationInput(indicator=rep.percent, value=Decimal(5))])


def test_a_quarter_opens_on_its_first_day_in_the_pemda_time_zone(rep: Reporting,
                                                                  monkeypatch: Any) -> None:
    with scopes_disabled():
        q4 = Period.objects.create(region=rep.world.region_a, year=2026, quarter=4)
    utc = datetime.UTC

    # 30 September 23:30 in Jakarta (WIB, the Pemda's zone): TW IV has not begun.
    with pytest.raises(ValidationError, match="belum dimulai"):
        _save_at(rep, q4, datetime.datetime(2026, 9, 30, 16, 30, tzinfo=utc), monkeypatch)
    assert realizations(rep, q4) == {}

    # 1 October 00:30 in Jakarta, still 30 September in UTC: TW IV may be reported.
    _save_at(rep, q4, datetime.datetime(2026, 9, 30, 17, 30, tzinfo=utc), monkeypatch)
    assert realizations(rep, q4) == {"IK-A1": Decimal(5)}


def test_the_form_of_a_quarter_not_started_is_shown_read_only(rep: Reporting,
                                                              client_for: Any) -> None:
    future = _future_quarter(rep.world)

    page = html.unescape(client_for("operator_a").get(rep.form_url(future)).content.decode())

    assert "belum dimulai" in page and "Data hanya dapat dibaca." in page
    assert 'name="value-' in page and " disabled>" in page
    assert "Simpan draf" not in page
