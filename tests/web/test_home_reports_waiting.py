"""The home page tells an OPD's operator and head which quarterly reports wait for them."""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scopes_disabled

from pantau.performance.models import AgencyReport, ReportStatus
from tests.performance.reporting.conftest import Reporting, build_reporting
from tests.personas import World


@pytest.fixture
def rep(world: World) -> Reporting:
    return build_reporting(world)


def _report(rep: Reporting, status: str, note: str = "") -> None:
    with scopes_disabled():
        AgencyReport.objects.create(region=rep.world.region_a, agency=rep.world.opd_a,
                                    period=rep.q1, status=status, return_note=note)


def _home(client_for: Any, persona: str) -> str:
    return client_for(persona).get("/").content.decode()


def test_a_returned_report_and_its_note_greet_the_opds_operator_and_head(
        rep: Reporting, client_for: Any) -> None:
    _report(rep, ReportStatus.RETURNED, note="Bukti IK-A1 belum diunggah")

    operator, head = _home(client_for, "operator_a"), _home(client_for, "head_a")

    for page in (operator, head):
        assert "Laporan triwulan yang menunggu Anda" in page
        assert "dikembalikan, perbaiki lalu ajukan ulang" in page
        assert "Bukti IK-A1 belum diunggah" in page
        assert rep.form_url() in page
    for persona in ("operator_b", "evaluator", "leader"):
        assert "Laporan triwulan yang menunggu Anda" not in _home(client_for, persona)


def test_a_submitted_report_waits_for_the_head_only(rep: Reporting, client_for: Any) -> None:
    _report(rep, ReportStatus.SUBMITTED)

    assert "menunggu persetujuan Anda" in _home(client_for, "head_a")
    assert "Laporan triwulan yang menunggu Anda" not in _home(client_for, "operator_a")
