"""Status page of a background report (polled by htmx) and its download."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from pantau.pages.access import current_region
from pantau.reports.kinds import background_report_kind, background_report_may_access
from pantau.reports.models import GeneratedReport, ReportStatus


def _report(request: HttpRequest, pk: int) -> GeneratedReport:
    """Another Pemda's report is not found (scoped query); without the kind's permission: 403."""
    current_region(request)
    report = get_object_or_404(GeneratedReport, pk=pk)
    if not background_report_may_access(request.user, report):
        raise PermissionDenied
    return report


def _context(report: GeneratedReport) -> dict[str, object]:
    spec = background_report_kind(report.kind)
    return {"report": report, "title": spec.title if spec else report.kind,
            "done": report.status == ReportStatus.DONE,
            "failed": report.status == ReportStatus.FAILED}


@login_required
def status_view(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report(request, pk)
    return render(request, "reports/status.html", _context(report))


@login_required
def progress_fragment(request: HttpRequest, pk: int) -> HttpResponse:
    """The progress bar alone; it stops asking for itself once the report is finished."""
    report = _report(request, pk)
    return render(request, "reports/_progress.html", _context(report))


@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    report = _report(request, pk)
    if report.status != ReportStatus.DONE or not report.file:
        raise Http404
    return FileResponse(report.file.open("rb"), as_attachment=True,
                        filename=report.filename or str(report.file.name).rsplit("/", 1)[-1])
