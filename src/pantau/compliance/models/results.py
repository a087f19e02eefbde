"""Official results as the assessors published them, with the source document."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from pantau.compliance.models.instruments import Assessor


class OfficialResult(models.Model):
    """The Pemda's (``unit`` empty) or one unit's published score for a year.

    ``zone``, ``grade`` and ``label`` are pantau.scoring's classification of the score for the
    year; where the year's ranges are not published (Ombudsman from 2025) the published opini is
    kept as entered.
    """

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun"))
    assessor = models.CharField(_("penilai"), max_length=12, choices=Assessor.choices)
    unit = models.ForeignKey("tenancy.ServiceUnit", verbose_name=_("unit layanan"), null=True,
                             blank=True, on_delete=models.PROTECT, related_name="+")
    score = models.DecimalField(_("nilai/indeks"), max_digits=6, decimal_places=2)
    zone = models.CharField(_("zona"), max_length=10, blank=True)
    grade = models.CharField(_("kategori"), max_length=4, blank=True)
    label = models.CharField(_("predikat/opini"), max_length=80, blank=True)
    without_maladministration = models.BooleanField(_("tanpa maladministrasi"), default=False)
    opinion = models.TextField(_("teks opini/catatan penilai"), blank=True)
    source_file = models.FileField(_("dokumen sumber"), upload_to="kepatuhan/hasil/%Y/",
                                   blank=True)
    source_name = models.CharField(_("nama berkas"), max_length=255, blank=True)
    source_url = models.URLField(_("tautan sumber"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    objects: models.Manager[OfficialResult] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("hasil resmi")
        verbose_name_plural = _("hasil resmi")
        ordering = ["assessor", "year", "unit__name"]
        constraints = [
            models.UniqueConstraint(fields=["region", "year", "assessor"],
                                    condition=models.Q(unit__isnull=True),
                                    name="official_result_one_per_region"),
            models.UniqueConstraint(fields=["region", "year", "assessor", "unit"],
                                    condition=models.Q(unit__isnull=False),
                                    name="official_result_one_per_unit"),
            models.CheckConstraint(condition=models.Q(score__gte=0),
                                   name="official_result_score_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.get_assessor_display()} {self.year}: {self.score}"
