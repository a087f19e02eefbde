"""Key points (poin-poin penting) of a quarterly report: generated, then edited."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class KeyPointKind(models.TextChoices):
    GAIN = "gain", _("Kenaikan terbesar")
    DROP = "drop", _("Penurunan terbesar")
    OFF_TRACK = "off_track", _("Indikator belum mencapai target")
    AGENCY_ATTENTION = "agency", _("OPD perlu perhatian")
    OVERDUE_FOLLOW_UP = "overdue", _("Tindak lanjut lewat tenggat")
    COMPLIANCE_GAP = "compliance", _("Celah kepatuhan bernilai terbesar")
    MISSING = "missing", _("Data belum lengkap")
    MANUAL = "manual", _("Ditambahkan evaluator")


class KeyPoint(models.Model):
    """``generated_text`` is what the data said when generated and is never edited; ``text`` is
    what the report prints. A removed point is hidden, not deleted, so the history stays."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    reporting_quarter = models.ForeignKey("leadership.ReportingQuarter", on_delete=models.CASCADE,
                                          related_name="key_points")
    position = models.PositiveSmallIntegerField(_("urutan"))
    kind = models.CharField(_("jenis"), max_length=12, choices=KeyPointKind.choices)
    generated_text = models.TextField(_("teks hasil olahan data"), blank=True)
    text = models.TextField(_("teks"))
    link_url = models.CharField(_("tautan angka"), max_length=500, blank=True)
    figures = models.JSONField(_("angka pendukung"), default=dict, blank=True)
    is_removed = models.BooleanField(_("dihapus"), default=False)
    generated_at = models.DateTimeField(_("dibuat otomatis"), null=True, blank=True)
    edited_at = models.DateTimeField(_("disunting"), null=True, blank=True)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+")

    objects: models.Manager[KeyPoint] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("poin penting")
        verbose_name_plural = _("poin penting")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_edited(self) -> bool:
        return bool(self.generated_text) and self.text != self.generated_text
