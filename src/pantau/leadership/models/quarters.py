"""Reporting windows, the Ministry's and the OPDs' due dates, and reminders sent."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class ReportingQuarter(models.Model):
    """One quarterly report to the Ministry. ``year``/``quarter`` name it (and link it to the
    capaian period of the same calendar quarter); ``starts_on``/``ends_on`` are the window the
    report covers, which for an acting head follows the inauguration date."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun"))
    quarter = models.PositiveSmallIntegerField(
        _("triwulan"), choices=[(1, "I"), (2, "II"), (3, "III"), (4, "IV")])
    head = models.ForeignKey("leadership.RegionHead", verbose_name=_("kepala daerah"),
                             null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    starts_on = models.DateField(_("awal periode laporan"))
    ends_on = models.DateField(_("akhir periode laporan"))
    due_on = models.DateField(_("batas waktu ke Kemendagri"), null=True, blank=True)
    ministry_letter = models.CharField(_("nomor surat jadwal"), max_length=120, blank=True)
    presentation_on = models.DateField(_("tanggal paparan"), null=True, blank=True)

    objects: models.Manager[ReportingQuarter] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("triwulan laporan")
        verbose_name_plural = _("triwulan laporan")
        ordering = ["-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(fields=["region", "year", "quarter"],
                                    name="reporting_quarter_unique"),
            models.CheckConstraint(condition=models.Q(ends_on__gte=models.F("starts_on")),
                                   name="reporting_quarter_window_ordered"),
        ]

    def __str__(self) -> str:
        return f"Triwulan {self.get_quarter_display()} {self.year}"


class AgencyDeadline(models.Model):
    """The internal date by which one responsible OPD must have filled its indicators."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    reporting_quarter = models.ForeignKey(ReportingQuarter, on_delete=models.CASCADE,
                                          related_name="agency_deadlines")
    agency = models.ForeignKey("tenancy.Agency", verbose_name=_("OPD"), on_delete=models.PROTECT,
                               related_name="+")
    due_on = models.DateField(_("batas waktu internal"))

    objects: models.Manager[AgencyDeadline] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("batas waktu OPD")
        verbose_name_plural = _("batas waktu OPD")
        ordering = ["due_on", "agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["reporting_quarter", "agency"],
                                    name="agency_deadline_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.agency} {self.due_on:%Y-%m-%d}"


class ReminderChannel(models.TextChoices):
    EMAIL = "email", _("Surel")
    WHATSAPP = "whatsapp", _("WhatsApp")


class ReminderLog(models.Model):
    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    reporting_quarter = models.ForeignKey(ReportingQuarter, on_delete=models.CASCADE,
                                          related_name="reminders")
    agency = models.ForeignKey("tenancy.Agency", on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(_("saluran"), max_length=10, choices=ReminderChannel.choices)
    recipients = models.TextField(_("penerima"), blank=True)
    message = models.TextField(_("pesan"))
    sent_at = models.DateTimeField(_("dikirim"), auto_now_add=True)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT,
                                related_name="+")

    objects: models.Manager[ReminderLog] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("pengingat")
        verbose_name_plural = _("pengingat")
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"{self.agency} {self.get_channel_display()}"
