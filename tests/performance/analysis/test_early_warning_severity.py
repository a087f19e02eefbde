"""Early warning in three levels with the Pemda's tolerance, and the capaian-versus-serapan
quadrant chart (data in json_script, a table for screen readers)."""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from pantau.audit.models import AuditEvent
from pantau.performance.models import PerformanceSettings
from pantau.performance.selectors.early_warning import early_warning
from pantau.tenancy.models import Period
from tests.performance.analysis.builders import budget, indicator, quarter, realize, renstra
from tests.personas import World


def _opd(agency: Any, progress: int, spent: int) -> None:
    """An OPD at TW II (pace 50 %) with ``progress`` % of the annual target and ``spent`` %
    of its pagu."""
    nodes = renstra(agency)
    realize(indicator(nodes["program"], agency, aggregation="sum", annual=100), 2026,
            {2: progress})
    budget(nodes["sub_kegiatan"], agency, 1000, {2: spent * 10})


@pytest.fixture
def tw2(world: World) -> Period:
    _opd(world.opd_a, 45, 55)   # capaian 5 points below the pace: within the tolerance
    _opd(world.opd_b, 52, 20)   # serapan 30 points below: beyond it
    return quarter(world.region_a, 2026, 2)


def _levels(period: Period) -> dict[str, str]:
    with scope(region=period.region_id):
        return {w.agency.short_name: w.severity for w in early_warning(period=period)}


def test_gap_within_the_tolerance_needs_attention_beyond_it_is_critical(
        world: World, tw2: Period) -> None:
    assert _levels(tw2) == {world.opd_a.short_name: "attention",
                            world.opd_b.short_name: "critical"}


def test_tolerance_is_the_pemdas_own(world: World, tw2: Period) -> None:
    with scopes_disabled():
        PerformanceSettings.objects.create(region=world.region_a, warning_tolerance=Decimal(30))
    assert _levels(tw2) == {world.opd_a.short_name: "attention",
                            world.opd_b.short_name: "attention"}
    with scopes_disabled():
        PerformanceSettings.objects.filter(region=world.region_a).update(
            warning_tolerance=Decimal(0))
    assert set(_levels(tw2).values()) == {"critical"}


def test_page_states_the_tolerance_and_each_level(world: World, client_for: Any,
                                                  tw2: Period) -> None:
    body = client_for("evaluator").get(
        reverse("performance_analysis:warning") + f"?periode={tw2.pk}").content.decode()

    assert "Kritis" in body and "Perlu perhatian" in body
    assert re.search(r"toleransi\s+10\s+poin", body)
    assert "1 OPD kritis" in body


def test_quadrant_chart_data_and_table_for_screen_readers(world: World, client_for: Any,
                                                          tw2: Period) -> None:
    body = client_for("evaluator").get(
        reverse("performance_analysis:warning") + f"?periode={tw2.pk}").content.decode()

    data = json.loads(re.search(
        r'<script id="quadrant-chart-data" type="application/json">(.*?)</script>', body,
        re.S).group(1))
    assert data["pace"] == 50.0
    assert {(p["label"], p["capaian"], p["serapan"]) for p in data["points"]} == {
        (world.opd_a.short_name, 45.0, 55.0), (world.opd_b.short_name, 52.0, 20.0)}
    assert 'data-analysis-chart="quadrant"' in body
    assert "<script>" not in body  # the CSP forbids inline scripts
    table = re.search(r'<table class="visually-hidden".*?</table>', body, re.S).group(0)
    assert world.opd_b.name in table and "Serapan di bawah laju" in table


def test_xlsx_has_the_level(world: World, client_for: Any, tw2: Period) -> None:
    response = client_for("leader").get(
        reverse("performance_analysis:warning_xlsx") + f"?periode={tw2.pk}")
    values = [cell for row in load_workbook(io.BytesIO(response.content)).active.iter_rows(
        values_only=True) for cell in row]
    assert "Kritis" in values and "Perlu perhatian" in values
    assert any(isinstance(v, str) and "toleransi 10 poin" in v for v in values)


def _settings_url() -> str:
    return reverse("performance_analysis:settings")


def test_admin_sets_the_tolerance_on_the_settings_page_and_it_is_audited(
        world: World, client_for: Any, tw2: Period) -> None:
    client = client_for("admin")
    page = client.get(_settings_url()).content.decode()
    assert "Toleransi peringatan dini" in page and "Batas atas capaian" in page

    response = client.post(_settings_url(), {"opd_score_cap": "120",
                                             "warning_tolerance": "7,5"})
    assert response.status_code == 302
    with scopes_disabled():
        saved = PerformanceSettings.objects.get(region=world.region_a)
        assert (saved.opd_score_cap, saved.warning_tolerance) == (Decimal(120), Decimal("7.5"))
        assert AuditEvent.objects.filter(action="performance.settings.updated").count() == 1
    warning = client.get(reverse("performance_analysis:warning") + f"?periode={tw2.pk}")
    assert re.search(r"toleransi\s+7,5\s+poin", warning.content.decode())


@pytest.mark.parametrize("value", ["-1", "101", "sepuluh", ""])
def test_bad_tolerance_gets_a_message_and_changes_nothing(world: World, client_for: Any,
                                                          value: str) -> None:
    response = client_for("admin").post(_settings_url(), {"opd_score_cap": "",
                                                          "warning_tolerance": value})
    assert response.status_code == 200
    assert "invalid-feedback" in response.content.decode()
    with scopes_disabled():
        assert not PerformanceSettings.objects.exists()
        assert not AuditEvent.objects.filter(action="performance.settings.updated").exists()
