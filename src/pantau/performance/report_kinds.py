"""The background reports this app offers: the rakor pack as PDF and as XLSX.

``register`` runs from ``PerformanceConfig.ready()``, so every process (a web worker, the task
worker, a management command) knows the kinds without loading the URLconf. The generator module
is imported only when a pack is made: it pulls in matplotlib and WeasyPrint (seconds of start-up
that nothing else needs).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy

from pantau.reports.kinds import GenerateFn, Progress, background_report_register
from pantau.reports.models import GeneratedReport

PDF_KIND, XLSX_KIND = "performance.rakor_pdf", "performance.rakor_xlsx"
PERMISSION = "performance.generate_rakor_pack"


def _rakor(*, as_pdf: bool) -> GenerateFn:
    def generate(report: GeneratedReport, progress: Progress) -> tuple[str, bytes]:
        from pantau.performance import rakor

        return (rakor.generate_pdf if as_pdf else rakor.generate_xlsx)(report, progress)

    return generate


def _describe(parameters: dict[str, Any]) -> list[str]:
    """The period (as it was named when requested; older requests kept only its id) and the
    reports counted."""
    period = parameters.get("period_label") or f"#{parameters.get('period', '')}"
    return [period, *([parameters["scope_label"]] if parameters.get("scope_label") else [])]


def register() -> None:
    background_report_register(PDF_KIND, gettext_lazy("Paket rakor (PDF)"), _rakor(as_pdf=True),
                               permission=PERMISSION, describe=_describe)
    background_report_register(XLSX_KIND, gettext_lazy("Paket rakor (XLSX)"),
                               _rakor(as_pdf=False), permission=PERMISSION, describe=_describe)
