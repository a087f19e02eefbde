"""Background reports: the request and the generation (the kinds are in ``reports.kinds``).

``background_report_request`` stores the request and enqueues
``pantau.reports.tasks.generate_report`` (django-tasks: the database worker in production, at once
in tests), which runs ``background_report_generate``.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.reports.kinds import Progress, ReportError, background_report_kind
from pantau.reports.models import GeneratedReport, ReportStatus

logger = logging.getLogger(__name__)


def background_report_request(*, actor: Any, region: Any, kind: str, params: dict[str, Any]
                              ) -> GeneratedReport:
    """Stores the request and queues its generation; the caller shows the status page."""
    from pantau.reports.tasks import generate_report

    spec = background_report_kind(kind)
    if spec is None:
        raise ValueError(f"unknown report kind {kind!r}")
    if not actor.has_perm(spec.permission):
        raise PermissionDenied
    with transaction.atomic():
        report = GeneratedReport.objects.create(region=region, kind=kind, parameters=params,
                                                created_by=actor,
                                                message=_("Menunggu giliran diproses."))
        audit_record(actor=actor, action="reports.report.requested", obj=report, region=region,
                     changes={"kind": [None, kind], "parameters": [None, params]})
    # The database backend writes the task row in the caller's transaction, so a worker never
    # sees a task whose report row is not committed (the immediate backend of the tests runs now).
    generate_report.enqueue(report.pk)
    return report


def _progress_updater(report: GeneratedReport) -> Progress:
    def update(percent: int, message: str) -> None:
        percent = max(0, min(100, int(percent)))
        GeneratedReport.objects.filter(pk=report.pk).update(progress=percent, message=message[:500])
        report.progress, report.message = percent, message

    return update


def background_report_generate(*, report: GeneratedReport) -> GeneratedReport:
    """Runs the kind's generator and stores the file, or the failure in Indonesian."""
    spec = background_report_kind(report.kind)
    GeneratedReport.objects.filter(pk=report.pk).update(
        status=ReportStatus.RUNNING, message=_("Sedang dibuat…"))
    try:
        if spec is None:
            raise LookupError(report.kind)
        filename, content = spec.generate(report, _progress_updater(report))
    except Exception as exc:  # the user sees a message; the details go to the log
        logger.exception("report %s (%s) failed", report.pk, report.kind)
        report.status = ReportStatus.FAILED
        if isinstance(exc, ReportError):
            report.message = _("Laporan gagal dibuat. %(reason)s. Perbaiki data tersebut lalu "
                               "buat ulang laporan.") % {"reason": exc}
        else:
            report.message = _("Laporan gagal dibuat karena kesalahan sistem. Silakan coba lagi; "
                               "bila masih gagal, hubungi admin Pantau.")
        report.message = report.message[:500]
        report.finished_at = timezone.now()
        report.save(update_fields=["status", "message", "finished_at"])
        return report
    report.file.save(filename, ContentFile(content), save=False)
    report.filename = filename
    report.status, report.progress = ReportStatus.DONE, 100
    report.message = _("Selesai.")
    report.finished_at = timezone.now()
    report.save(update_fields=["file", "filename", "status", "progress", "message",
                               "finished_at"])
    return report
