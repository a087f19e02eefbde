"""Bad numbers and bad rows get 400 with Indonesian messages per field; nothing is written
and nothing is audited (a batch is all or nothing)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from tests.performance.reporting.conftest import Reporting, events, realizations


def _row_url(rep: Reporting, indicator: Any) -> str:
    return reverse("api:realization_detail", args=[rep.world.opd_a.pk, rep.q1.pk, indicator.pk])


def _batch_url(rep: Reporting) -> str:
    return reverse("api:realization_list", args=[rep.world.opd_a.pk, rep.q1.pk])


@pytest.mark.parametrize(("indicator", "payload", "field", "message"), [
    ("percent", {"value": "abc"}, "value", "Tulis angka"),
    ("percent", {"value": "87,5"}, "value", "titik sebagai pemisah desimal"),
    ("percent", {"value": "1.234,5"}, "value", "Tulis angka"),
    ("percent", {"value": True}, "value", "Tulis angka"),
    ("percent", {"value": [1]}, "value", "Tulis angka"),
    ("people", {"value": "-5"}, "value", "tidak boleh negatif"),
    ("people", {"value": -5}, "value", "tidak boleh negatif"),
    ("percent", {"value": "1.23456"}, "value", "4 angka desimal"),
    ("percent", {"value": "12345678901234567"}, "value", "terlalu besar"),
    ("percent", {"value": "١٢٣"}, "value", "Tulis angka"),  # Arabic-Indic digits
    ("percent", {"value": "１２３"}, "value", "Tulis angka"),  # fullwidth
    ("percent", {"value": "१२३.5"}, "value", "Tulis angka"),  # Devanagari
    ("percent", {"value": "87.5", "drivers": "x" * 4001}, "drivers", "4000 karakter"),
    ("percent", {"value": "87.5", "obstacles": None}, "obstacles", "Tidak boleh null"),
])
def test_a_bad_field_is_refused_with_its_message(rep: Reporting, api_for: Any, indicator: str,
                                                 payload: dict[str, Any], field: str,
                                                 message: str) -> None:
    response = api_for("operator_a").patch(_row_url(rep, getattr(rep, indicator)), payload,
                                           format="json")

    assert response.status_code == 400
    assert message in " ".join(response.json()[field])
    assert realizations(rep) == {}
    assert events("performance.realization.saved") == []


def test_every_bad_field_is_reported_at_once(rep: Reporting, api_for: Any) -> None:
    response = api_for("operator_a").put(
        _row_url(rep, rep.people), {"value": "-1", "follow_up_plan": "x" * 4001}, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"value", "follow_up_plan"}


def test_a_json_number_beyond_the_column_is_refused(rep: Reporting, api_for: Any) -> None:
    response = api_for("operator_a").generic(
        "PATCH", _row_url(rep, rep.percent), '{"value": 1e999}', content_type="application/json")

    assert response.status_code == 400
    assert "terlalu besar" in response.json()["value"][0]
    assert realizations(rep) == {}


@pytest.mark.parametrize("body", ["[" * 50_000, '{"value": ' * 50_000],
                         ids=["brackets", "objects"])
def test_deeply_nested_json_is_refused_as_bad_json(rep: Reporting, api_for: Any,
                                                   body: str) -> None:
    response = api_for("operator_a").generic("POST", _batch_url(rep), body,
                                             content_type="application/json")

    assert response.status_code == 400
    assert response.json()["detail"].startswith("Isi permintaan bukan JSON yang sah")
    assert realizations(rep) == {}


def test_a_bad_value_leaves_the_saved_one(rep: Reporting, api_for: Any) -> None:
    client = api_for("operator_a")
    client.patch(_row_url(rep, rep.percent), {"value": "80"}, format="json")

    response = client.patch(_row_url(rep, rep.percent), {"value": "delapan puluh"},
                            format="json")

    assert response.status_code == 400
    assert str(realizations(rep)["IK-A1"]) == "80.0000"
    assert len(events("performance.realization.saved")) == 1


@pytest.mark.parametrize(("payload", "message"), [
    (lambda r: {"rows": [{"indicator": r.percent.pk, "value": "90"},
                         {"indicator": r.people.pk, "value": "abc"}]}, "Tulis angka"),
    (lambda r: {"rows": [{"indicator": r.percent.pk, "value": "90"},
                         {"indicator": r.other.pk, "value": "1"}]}, "bukan indikator aktif"),
    (lambda r: {"rows": [{"indicator": r.percent.pk, "value": "90"},
                         {"indicator": 999999, "value": "1"}]}, "bukan indikator aktif"),
    (lambda r: {"rows": [{"indicator": r.percent.pk, "value": "90"},
                         {"indicator": r.percent.pk, "value": "91"}]}, "lebih dari sekali"),
    (lambda r: {"rows": [{"indicator": r.percent.pk, "value": "90"}, {"value": "1"}]},
     "harus diisi"),
    (lambda r: {"rows": [{"indicator": "satu", "value": "90"}]}, "id indikator"),
    (lambda r: {"rows": []}, "tidak boleh kosong"),
    (lambda r: {"rows": {"indicator": r.percent.pk}}, "Kirim daftar"),
    (lambda r: {}, "harus diisi"),
    (lambda r: [{"indicator": r.percent.pk}], "Kirim objek JSON"),
])
def test_a_batch_with_one_bad_row_writes_nothing(rep: Reporting, api_for: Any, payload: Any,
                                                 message: str) -> None:
    response = api_for("operator_a").post(_batch_url(rep), payload(rep), format="json")

    assert response.status_code == 400
    assert message in json.dumps(response.json(), ensure_ascii=False)
    assert realizations(rep) == {}
    assert events("performance.realization.saved") == []


def test_errors_of_a_batch_name_the_row(rep: Reporting, api_for: Any) -> None:
    response = api_for("operator_a").post(_batch_url(rep), {"rows": [
        {"indicator": rep.percent.pk, "value": "90"},
        {"indicator": rep.people.pk, "value": "-3"}]}, format="json")

    assert response.json() == {"rows": {"1": {"value": [
        "Realisasi orang tidak boleh negatif (jumlah yang dihitung)."]}}}


@pytest.mark.parametrize(("body", "content_type", "status", "message"), [
    ("{bukan json", "application/json", 400, "bukan JSON yang sah"),
    ('{"value": NaN}', "application/json", 400, "bukan JSON yang sah"),
    ("value=87", "application/x-www-form-urlencoded", 415, "kirim JSON"),
])
def test_a_body_that_is_not_json_is_refused(rep: Reporting, api_for: Any, body: str,
                                            content_type: str, status: int,
                                            message: str) -> None:
    response = api_for("operator_a").generic("PATCH", _row_url(rep, rep.percent), body,
                                             content_type=content_type)

    assert response.status_code == status
    assert message in response.json()["detail"]
    assert realizations(rep) == {}


def test_an_inactive_indicator_cannot_be_written(rep: Reporting, api_for: Any) -> None:
    from django_scopes import scopes_disabled

    from pantau.performance.models import Indicator

    with scopes_disabled():
        Indicator.objects.filter(pk=rep.percent.pk).update(is_active=False)

    response = api_for("operator_a").patch(_row_url(rep, rep.percent), {"value": "1"},
                                           format="json")

    assert response.status_code == 400
    assert "tidak aktif" in response.json()["detail"]
    assert realizations(rep) == {}
