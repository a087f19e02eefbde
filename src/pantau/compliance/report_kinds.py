"""The background reports of the compliance module: the readiness report as PDF and as XLSX.

``register`` runs from ``ComplianceConfig.ready()``, so the task worker knows the kinds without
loading the URLconf. The generator (matplotlib, WeasyPrint) is imported only when a report is
made.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy

from pantau.reports.kinds import GenerateFn, Progress, background_report_register
from pantau.reports.models import GeneratedReport

PDF_KIND, XLSX_KIND = "compliance.readiness_pdf", "compliance.readiness_xlsx"
PERMISSION = "compliance.generate_readiness"


def _readiness(*, as_pdf: bool) -> GenerateFn:
    def generate(report: GeneratedReport, progress: Progress) -> tuple[str, bytes]:
        from pantau.compliance.readiness import document

        return (document.generate_pdf if as_pdf else document.generate_xlsx)(report, progress)

    return generate


def _describe(parameters: dict[str, Any]) -> list[str]:
    return [str(parameters.get("year", ""))]


def register() -> None:
    background_report_register(
        PDF_KIND, gettext_lazy("Laporan kesiapan penilaian kepatuhan (PDF)"),
        _readiness(as_pdf=True), permission=PERMISSION, describe=_describe)
    background_report_register(
        XLSX_KIND, gettext_lazy("Laporan kesiapan penilaian kepatuhan (XLSX)"),
        _readiness(as_pdf=False), permission=PERMISSION, describe=_describe)
