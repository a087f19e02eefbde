"""Reports generated in the background (PDF packs, big exports) and their progress."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class ReportStatus(models.TextChoices):
    QUEUED = "queued", _("Menunggu antrean")
    RUNNING = "running", _("Sedang dibuat")
    DONE = "done", _("Selesai")
    FAILED = "failed", _("Gagal")


class GeneratedReport(models.Model):
    """One request for a report of a registered kind; the file once it is done."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("jenis laporan"), max_length=60)
    parameters = models.JSONField(_("parameter"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=8, choices=ReportStatus.choices,
                              default=ReportStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(_("kemajuan (%)"), default=0)
    message = models.CharField(_("keterangan"), max_length=500, blank=True)
    file = models.FileField(_("berkas"), upload_to="laporan/%Y/%m/", blank=True)
    filename = models.CharField(_("nama berkas"), max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("diminta"), auto_now_add=True)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("laporan")
        verbose_name_plural = _("laporan")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["region", "kind", "-created_at"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(progress__lte=100),
                                   name="generated_report_progress_0_100"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"

    @property
    def is_finished(self) -> bool:
        return self.status in (ReportStatus.DONE, ReportStatus.FAILED)
