from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Draf")
    SUBMITTED = "submitted", _("Diajukan")
    APPROVED = "approved", _("Disetujui kepala OPD")
    RETURNED = "returned", _("Dikembalikan")
    VERIFIED = "verified", _("Terverifikasi")
    LOCKED = "locked", _("Dikunci")


# Early warning: points below the pace that still count as "Perlu perhatian", not "Kritis".
DEFAULT_TOLERANCE = Decimal(10)

# States in which the OPD may still change its data.
EDITABLE_STATUSES = frozenset({ReportStatus.DRAFT, ReportStatus.RETURNED})


class AgencyReport(models.Model):
    """One OPD's quarterly report: the unit that is submitted, approved, verified and locked."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    agency = models.ForeignKey("tenancy.Agency", on_delete=models.PROTECT, related_name="reports")
    period = models.ForeignKey("tenancy.Period", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    submitted_at = models.DateTimeField(_("diajukan"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("disetujui"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    verified_at = models.DateTimeField(_("diverifikasi"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    locked_at = models.DateTimeField(_("dikunci"), null=True, blank=True)
    return_note = models.TextField(_("catatan pengembalian"), blank=True)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("laporan triwulan OPD")
        verbose_name_plural = _("laporan triwulan OPD")
        constraints = [
            models.UniqueConstraint(fields=["agency", "period"], name="agency_report_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.agency} — {self.period}"

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES


class ReportingDeadline(models.Model):
    """When the OPDs' reports of a quarter are due (set by the Pemda each quarter)."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    period = models.OneToOneField(
        "tenancy.Period", on_delete=models.PROTECT, related_name="deadline"
    )
    due_at = models.DateTimeField(_("batas waktu"))

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("batas waktu pelaporan")
        verbose_name_plural = _("batas waktu pelaporan")

    def __str__(self) -> str:
        return f"{self.period}: {self.due_at:%Y-%m-%d %H:%M}"


class Realization(models.Model):
    """What an indicator reached in one quarter, with why and what next."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    indicator = models.ForeignKey(
        "performance.Indicator", on_delete=models.PROTECT, related_name="realizations"
    )
    period = models.ForeignKey("tenancy.Period", on_delete=models.PROTECT, related_name="+")
    value = models.DecimalField(
        _("realisasi"), null=True, blank=True, max_digits=20, decimal_places=4
    )
    drivers = models.TextField(_("faktor pendorong"), blank=True)
    obstacles = models.TextField(_("faktor penghambat"), blank=True)
    follow_up_plan = models.TextField(_("rencana tindak lanjut"), blank=True)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("realisasi")
        verbose_name_plural = _("realisasi")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "period"], name="realization_unique"),
        ]
        indexes = [models.Index(fields=["region", "period"])]

    def __str__(self) -> str:
        return f"{self.indicator} — {self.period}"


class Evidence(models.Model):
    """A supporting document (bukti dukung) attached to a realization. Removed, never deleted."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    realization = models.ForeignKey(
        Realization, on_delete=models.PROTECT, related_name="evidence"
    )
    file = models.FileField(_("berkas"), upload_to="bukti/%Y/%m/")
    original_name = models.CharField(_("nama berkas"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    is_active = models.BooleanField(default=True)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("bukti dukung")
        verbose_name_plural = _("bukti dukung")

    def __str__(self) -> str:
        return self.original_name


class FollowUpStatus(models.TextChoices):
    OPEN = "open", _("Belum dimulai")
    IN_PROGRESS = "in_progress", _("Sedang berjalan")
    DONE = "done", _("Selesai")


class FollowUp(models.Model):
    """A follow-up (rencana tindak lanjut) tracked until done."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    agency = models.ForeignKey("tenancy.Agency", on_delete=models.PROTECT, related_name="+")
    indicator = models.ForeignKey(
        "performance.Indicator", null=True, blank=True, on_delete=models.PROTECT,
        related_name="follow_ups",
    )
    period = models.ForeignKey(
        "tenancy.Period", verbose_name=_("dibuat pada periode"), on_delete=models.PROTECT,
        related_name="+",
    )
    description = models.TextField(_("tindak lanjut"))
    owner = models.CharField(_("penanggung jawab"), max_length=150)
    due_date = models.DateField(_("tenggat"))
    status = models.CharField(
        _("status"), max_length=12, choices=FollowUpStatus.choices, default=FollowUpStatus.OPEN
    )
    evidence_note = models.TextField(_("bukti penyelesaian"), blank=True)
    done_at = models.DateTimeField(_("selesai pada"), null=True, blank=True)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("tindak lanjut")
        verbose_name_plural = _("tindak lanjut")
        ordering = ["status", "due_date"]

    def __str__(self) -> str:
        return self.description[:80]


class PerformanceSettings(models.Model):
    """Per-Pemda choices the methods leave open."""

    region = models.OneToOneField("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    opd_score_cap = models.DecimalField(
        _("batas atas capaian saat dirata-rata"), max_digits=6, decimal_places=2, null=True,
        blank=True, help_text=_("Kosong = tanpa batas; lazim 100 atau 120."),
    )
    warning_tolerance = models.DecimalField(
        _("toleransi peringatan dini (poin persen)"), max_digits=5, decimal_places=2,
        default=DEFAULT_TOLERANCE,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
        help_text=_("Capaian atau serapan yang tertinggal dari laju paling banyak sekian poin "
                    "berstatus “Perlu perhatian”; lebih dari itu “Kritis”."),
    )

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("pengaturan capaian kinerja")
        verbose_name_plural = _("pengaturan capaian kinerja")

    def __str__(self) -> str:
        return f"{self.region}"
