"""Locked target cells are read-only, with the reason, before “Simpan”; saving the grid as shown
keeps them and saves the open ones."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import AgencyReport, ReportStatus, Target
from pantau.tenancy.models import Period, PeriodStatus
from tests.performance.plans.conftest import Plans, plans  # noqa: F401 (fixture)
from tests.personas import World


def _input(body: str, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', body)
    assert match, name
    return match.group(0)


def test_locked_year_and_quarter_cells_are_read_only_with_the_reason(
    world: World, plans: Plans, client_for: Any  # noqa: F811
) -> None:
    with scopes_disabled():
        Period.objects.create(region=world.region_a, year=2027, status=PeriodStatus.CLOSED)
        locked = Period.objects.create(region=world.region_a, year=2026, quarter=1)
        in_review = Period.objects.create(region=world.region_a, year=2026, quarter=2)
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_a, period=locked,
                                    status=ReportStatus.LOCKED)
        AgencyReport.objects.create(region=world.region_a, agency=world.opd_a,
                                    period=in_review, status=ReportStatus.SUBMITTED)
    url = reverse("performance_plans:target_grid", args=[plans.indicator_a.pk])

    body = client_for("operator_a").get(url).content.decode()

    for name in ("v_2027_0", "v_2027_3", "v_2026_1", "v_2026_2"):
        assert " readonly" in _input(body, name), name
    for name in ("v_2026_0", "v_2026_3", "v_2028_0"):
        assert "readonly" not in _input(body, name), name
    assert "Tahun 2027 sudah ditutup" in _input(body, "v_2027_0")
    assert "sudah dikunci" in _input(body, "v_2026_1")
    assert "sedang diajukan" in _input(body, "v_2026_2")
    assert "bi-lock" in body and "Sel bergembok hanya dapat dibaca" in body


def test_saving_the_grid_as_shown_keeps_locked_cells_and_saves_open_ones(
    world: World, plans: Plans, client_for: Any  # noqa: F811
) -> None:
    with scopes_disabled():
        Period.objects.create(region=world.region_a, year=2027, status=PeriodStatus.CLOSED)
        Target.objects.create(region=world.region_a, indicator=plans.indicator_a, year=2027,
                              value=91, revised_value=93, use_revised=True,
                              revision_note="Perkada 3/2027")
    url = reverse("performance_plans:target_revision", args=[plans.indicator_a.pk])
    client = client_for("operator_a")

    page = client.get(url).content.decode()
    # What a browser posts: the read-only value as shown, no box for the disabled "berlaku".
    response = client.post(url, {"v_2027_0": "93", "v_2026_0": "85", "u_2026_0": "on",
                                 "note": "Perkada 12/2026"})

    assert "disabled" in _input(page, "u_2027_0") and " readonly" in _input(page, "v_2027_0")
    assert response.status_code == 302
    with scopes_disabled():
        assert Target.objects.get(indicator=plans.indicator_a, year=2026,
                                  quarter=None).counted_value == 85
        assert Target.objects.get(indicator=plans.indicator_a, year=2027,
                                  quarter=None).counted_value == 93
