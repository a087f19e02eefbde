"""Compliance reads over the API: the same predictions, gap list and official results as the
pages, scoped to the token's Pemda, an operator seeing only their OPD's units."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tests.api.conftest import body
from tests.compliance.readiness_data import ACTION_TITLE, YEAR, Ready, build_ready
from tests.personas import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready(world: World) -> Ready:
    return build_ready(world)


def _get(api_for: Any, persona: str, name: str, query: str = "") -> Any:
    response = api_for(persona).get(reverse(f"api:{name}") + query)
    assert response.status_code == 200, response.content[:300]
    return body(response)


def test_the_evaluator_reads_the_pemda_and_every_lokus_unit(ready: Ready, api_for: Any) -> None:
    data = _get(api_for, "evaluator", "compliance_prediction", f"?tahun={YEAR}")

    ombudsman = data["ombudsman"]
    assert data["year"] == YEAR
    assert (ombudsman["score"], ombudsman["category"], ombudsman["zone"]) == (
        "77.94", "C", "Kuning")
    assert (ombudsman["answered"], ombudsman["total"]) == (15, 16)
    assert [u["unit"]["name"] for u in ombudsman["units"]] == [
        "Puskesmas Sukamaju", "Loket Layanan Disdik"]
    first = ombudsman["units"][0]
    assert first["score"] == "55.87" and first["category_label"] == "Kualitas Sedang"
    assert [(d["code"], d["points"]) for d in first["dimensions"]] == [
        ("input", "12.75"), ("proses", "16.19"), ("output", "16.16"), ("pengaduan", "10.77")]
    assert data["pekppp"]["index"] is None and data["pekppp"]["units"] == []


def test_an_operator_gets_the_pemda_figure_and_only_their_opds_units(
        ready: Ready, api_for: Any) -> None:
    prediction = _get(api_for, "operator_b", "compliance_prediction", f"?tahun={YEAR}")
    gaps = _get(api_for, "operator_b", "compliance_gaps", f"?tahun={YEAR}")

    assert prediction["ombudsman"]["score"] == "77.94"
    assert prediction["ombudsman"]["answered"] == 15  # the Pemda's count, not their unit's
    assert [u["unit"]["name"] for u in prediction["ombudsman"]["units"]] == [
        "Loket Layanan Disdik"]
    assert gaps["results"] == []  # their unit is at the top everywhere
    assert "Puskesmas Sukamaju" not in str(gaps) + str(prediction)


def test_the_gap_list_ranks_by_pemda_points_with_the_fix_set_and_actions(
        ready: Ready, api_for: Any) -> None:
    gaps = _get(api_for, "operator_a", "compliance_gaps", f"?tahun={YEAR}&penilai=ombudsman")

    assert (gaps["assessor"], gaps["target"], gaps["fixes"]) == (
        "ombudsman", "B (Kualitas Tinggi)", 1)
    top = gaps["results"][0]
    assert (top["rank"], top["indicator"]["code"], top["score"], top["points"]) == (
        1, "p2", "0", "8.09")
    assert top["in_fix_set"] is True and top["unit_points"] is None
    assert [(a["title"], a["status"]) for a in top["actions"]] == [
        (ACTION_TITLE, "in_progress")]
    points = [row["points"] for row in gaps["results"]]
    assert points == sorted(points, key=float, reverse=True)


def test_official_results_come_with_predicted_against_official(ready: Ready,
                                                              api_for: Any) -> None:
    data = _get(api_for, "head_a", "compliance_results", "?penilai=ombudsman")

    assert [(r["year"], r["score"], r["grade"]) for r in data["results"]] == [
        (2023, "87.56", "B"), (2022, "64.81", "C")]
    latest = data["predicted_vs_official"][0]
    assert (latest["year"], latest["official"], latest["predicted"], latest["difference"]) == (
        2023, "87.56", "77.94", "-9.62")
    assert latest["predicted_label"] == "C Kualitas Sedang"
    assert data["predicted_vs_official"][1]["predicted"] is None


def test_another_pemdas_token_reads_its_own_empty_pemda(ready: Ready, api_for: Any) -> None:
    prediction = _get(api_for, "other_admin", "compliance_prediction", f"?tahun={YEAR}")
    results = _get(api_for, "other_admin", "compliance_results")

    assert prediction["ombudsman"]["score"] is None and prediction["ombudsman"]["units"] == []
    assert results == {"results": [], "predicted_vs_official": []}


@pytest.mark.parametrize(("query", "field", "message"), [
    ("?tahun=dua-ribu", "tahun", "bilangan bulat"),
    ("?tahun=1900", "tahun", "Tahun harus antara 2015 dan 2100"),
    ("?penilai=bpk", "penilai", "Pilih ombudsman atau kemenpanrb"),
])
def test_bad_parameters_get_an_indonesian_message(ready: Ready, api_for: Any, query: str,
                                                  field: str, message: str) -> None:
    response = api_for("evaluator").get(reverse("api:compliance_gaps") + query)

    assert response.status_code == 400
    assert message in body(response)[field][0]
