"""Published versions of the quarterly report: frozen files with their SHA-256."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class QuarterReportVersion(models.Model):
    """Publishing writes the PDF, DOCX and PPTX once and keeps them; a correction is the next
    version and the earlier ones stay downloadable. ``missing_indicators`` lists, by name, what
    the publisher declared missing; the report prints the same list."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    reporting_quarter = models.ForeignKey("leadership.ReportingQuarter", on_delete=models.PROTECT,
                                          related_name="versions")
    version = models.PositiveSmallIntegerField(_("versi"))
    note = models.TextField(_("catatan perubahan"), blank=True)
    missing_indicators = models.JSONField(_("indikator belum lengkap"), default=list, blank=True)
    pdf = models.FileField(_("PDF"), upload_to="pimpinan/laporan/%Y/")
    pdf_sha256 = models.CharField(max_length=64)
    docx = models.FileField(_("DOCX"), upload_to="pimpinan/laporan/%Y/")
    docx_sha256 = models.CharField(max_length=64)
    pptx = models.FileField(_("PPTX"), upload_to="pimpinan/laporan/%Y/")
    pptx_sha256 = models.CharField(max_length=64)
    published_at = models.DateTimeField(_("diterbitkan"), auto_now_add=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                     related_name="+")

    objects: models.Manager[QuarterReportVersion] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("versi laporan triwulan")
        verbose_name_plural = _("versi laporan triwulan")
        ordering = ["reporting_quarter", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["reporting_quarter", "version"],
                                    name="quarter_report_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.reporting_quarter} v{self.version}"
