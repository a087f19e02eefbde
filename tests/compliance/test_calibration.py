"""Predicted against official: per year the Pemda's official result beside the prediction of
that year's self-assessment, and the difference, on the results page and the start page."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope

from pantau.compliance.models import Assessor, OfficialResult
from pantau.compliance.selectors.calibration import predicted_vs_official
from tests.compliance.readiness_data import Ready, build_ready
from tests.personas import World

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready(world: World) -> Ready:
    return build_ready(world)


def test_each_year_shows_official_prediction_and_difference(ready: Ready) -> None:
    with scope(region=ready.world.region_a.pk):
        rows = predicted_vs_official(region=ready.world.region_a,
                                     assessor=Assessor.OMBUDSMAN)

    assert [(r.year, r.official is not None, r.predicted is not None) for r in rows] == [
        (2023, True, True), (2022, True, False)]
    latest = rows[0]
    assert latest.predicted is not None and latest.official is not None
    assert latest.predicted.score == Decimal("77.94")
    assert (latest.predicted.category, latest.predicted.zone) == ("C", "Kuning")
    assert latest.official.score == Decimal("87.56") and latest.official.grade == "B"
    # 77,94 − 87,56: the self-assessment was 9,62 points harder than the assessors.
    assert latest.difference == Decimal("-9.62")
    assert latest.same_category is False
    assert rows[1].difference is None


def test_a_year_without_official_result_still_shows_its_prediction(ready: Ready) -> None:
    with scope(region=ready.world.region_a.pk):
        OfficialResult.objects.filter(year=2023).delete()
        rows = predicted_vs_official(region=ready.world.region_a, assessor="ombudsman")

    assert rows[0].year == 2023 and rows[0].official is None
    assert rows[0].predicted is not None and rows[0].difference is None


def test_results_page_and_start_page_show_the_comparison(ready: Ready, client_for: Any) -> None:
    client = client_for("operator_a")

    results = client.get(reverse("compliance:result_list")).content.decode()
    start = client.get(reverse("compliance:index")).content.decode()

    for page in (results, start):
        assert "Prediksi dibanding hasil resmi" in page
        assert "77,94" in page and "87,56" in page and "-9,62" in page
    assert "tanpa penilaian mandiri" in results  # 2022 has no self-assessment
    assert "Laporan kesiapan" not in start  # an operator may not make the report


def test_the_evaluator_finds_the_readiness_report_on_the_start_page(
        ready: Ready, client_for: Any) -> None:
    page = client_for("evaluator").get(reverse("compliance:index")).content.decode()

    assert reverse("compliance_readiness:index") in page
