"""The priority indicators of the head's quarterly evaluation, as editable data per year.

Kemendagri's list (methods.md §7, pj.md Table A) changes by letter: ten indicators, BUMDes added in
2024, only five asked for in late 2024. Each year is its own set, seeded from the previous year or
from ``pantau.leadership.seed``.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Aspect(models.TextChoices):
    GOVERNANCE = "pemerintahan", _("Pemerintahan")
    DEVELOPMENT = "pembangunan", _("Pembangunan")
    COMMUNITY = "kemasyarakatan", _("Kemasyarakatan")


class IndicatorPolarity(models.TextChoices):
    UP = "up", _("Makin tinggi makin baik")
    DOWN = "down", _("Makin rendah makin baik")
    BAND = "band", _("Dalam rentang sasaran")
    CONTEXT = "context", _("Data konteks")
    NARRATIVE = "narrative", _("Uraian")


class SourceKind(models.TextChoices):
    """Where a sub-indicator's quarterly value comes from. Anything but MANUAL is read from the
    module that owns the figure and never typed twice."""

    MANUAL = "manual", _("Diisi OPD penanggung jawab")
    CAPAIAN = "capaian", _("Capaian indikator kinerja (modul capaian)")
    BUDGET_ABSORPTION = "serapan", _("Serapan anggaran Pemda (modul capaian)")
    SKM = "skm", _("IKM Pemda (modul SKM)")
    OMBUDSMAN = "ombudsman", _("Prediksi nilai kepatuhan Ombudsman (modul kepatuhan)")
    PEKPPP = "pekppp", _("Prediksi indeks PEKPPP (modul kepatuhan)")


class PriorityIndicator(models.Model):
    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun"))
    position = models.PositiveSmallIntegerField(_("urutan"))
    code = models.CharField(_("kode"), max_length=20)
    name = models.CharField(_("indikator prioritas"), max_length=200)
    aspect = models.CharField(_("aspek"), max_length=16, choices=Aspect.choices,
                              default=Aspect.DEVELOPMENT)
    description = models.TextField(_("keterangan"), blank=True)
    responsible_agencies = models.ManyToManyField(
        "tenancy.Agency", verbose_name=_("OPD penanggung jawab"), related_name="+", blank=True)
    is_active = models.BooleanField(_("dinilai tahun ini"), default=True)

    objects: models.Manager[PriorityIndicator] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("indikator prioritas")
        verbose_name_plural = _("indikator prioritas")
        ordering = ["year", "position"]
        constraints = [
            models.UniqueConstraint(fields=["region", "year", "code"],
                                    name="priority_indicator_code_per_year"),
        ]

    def __str__(self) -> str:
        return self.name


class SubIndicator(models.Model):
    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    indicator = models.ForeignKey(PriorityIndicator, on_delete=models.CASCADE,
                                  related_name="sub_indicators")
    position = models.PositiveSmallIntegerField(_("urutan"))
    name = models.CharField(_("sub-indikator / data"), max_length=300)
    unit = models.CharField(_("satuan"), max_length=40, blank=True)
    polarity = models.CharField(_("polaritas"), max_length=10, choices=IndicatorPolarity.choices,
                                default=IndicatorPolarity.UP)
    band_low = models.DecimalField(_("batas bawah rentang"), max_digits=20, decimal_places=4,
                                   null=True, blank=True)
    band_high = models.DecimalField(_("batas atas rentang"), max_digits=20, decimal_places=4,
                                    null=True, blank=True)
    data_source = models.CharField(_("sumber data"), max_length=200, blank=True)
    source_kind = models.CharField(_("diambil dari"), max_length=12, choices=SourceKind.choices,
                                   default=SourceKind.MANUAL)
    performance_indicator = models.ForeignKey(
        "performance.Indicator", verbose_name=_("indikator kinerja"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
        help_text=_("Wajib bila diambil dari capaian indikator kinerja."))

    objects: models.Manager[SubIndicator] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("sub-indikator")
        verbose_name_plural = _("sub-indikator")
        ordering = ["indicator__position", "position"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "position"],
                                    name="sub_indicator_position_unique"),
            models.CheckConstraint(
                condition=~models.Q(source_kind="capaian")
                | models.Q(performance_indicator__isnull=False),
                name="sub_indicator_capaian_needs_indicator"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_automatic(self) -> bool:
        return self.source_kind != SourceKind.MANUAL
