"""The rakor and readiness pages list the Pemda's last requests the same way: when, what for
(as the kind describes its parameters), the format, the status with the download, and who."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.reports.models import GeneratedReport, ReportStatus
from tests.personas import World


def _request(world: World, kind: str, parameters: dict[str, Any],
             region: Any = None) -> GeneratedReport:
    with scopes_disabled():
        return GeneratedReport.objects.create(
            region=region or world.region_a, kind=kind, parameters=parameters,
            status=ReportStatus.QUEUED, created_by=world.user("evaluator"))


def test_rakor_page_lists_period_scope_and_format_of_this_pemda_only(
        world: World, client_for: Any) -> None:
    _request(world, "performance.rakor_xlsx",
             {"period": 1, "period_label": "Triwulan III 2026",
              "scope_label": "Hanya laporan terverifikasi"})
    _request(world, "performance.rakor_pdf", {"period": 77})  # an older request: id only
    _request(world, "performance.rakor_pdf", {"period": 5, "period_label": "Tahun 2031"},
             region=world.region_b)

    page = client_for("evaluator").get(reverse("performance_rakor:index")).content.decode()

    assert "Triwulan III 2026" in page and "Hanya laporan terverifikasi" in page
    assert "#77" in page and "XLSX" in page and "PDF" in page
    assert "Tahun 2031" not in page


def test_readiness_page_lists_the_year(world: World, client_for: Any) -> None:
    _request(world, "compliance.readiness_pdf", {"year": 2026})

    page = client_for("evaluator").get(reverse("compliance_readiness:index")).content.decode()

    assert ">2026<" in page.replace("\n", "") or "2026</td>" in page
    assert "Belum ada laporan kesiapan" not in page
