from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Polarity(models.TextChoices):
    POSITIVE = "positive", _("Positif (makin tinggi makin baik)")
    NEGATIVE = "negative", _("Negatif (makin rendah makin baik)")


class Aggregation(models.TextChoices):
    SUM = "sum", _("Jumlah TW I–IV (arus, mis. jumlah izin terbit)")
    LAST = "last", _("Nilai triwulan terakhir (stok, persentase, indeks)")
    AVG = "avg", _("Rata-rata triwulan")
    MAX = "max", _("Nilai tertinggi")
    MIN = "min", _("Nilai terendah")


class Indicator(models.Model):
    """A performance indicator of a plan node, with its unit, polarity and how quarters add up."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    node = models.ForeignKey(
        "performance.PlanNode", verbose_name=_("sasaran/program/kegiatan"),
        on_delete=models.PROTECT, related_name="indicators",
    )
    agency = models.ForeignKey(
        "tenancy.Agency", verbose_name=_("OPD penanggung jawab"), on_delete=models.PROTECT,
        related_name="indicators",
    )
    code = models.CharField(_("kode"), max_length=40, blank=True)
    name = models.CharField(_("nama indikator"), max_length=500)
    unit = models.CharField(_("satuan"), max_length=40)
    polarity = models.CharField(
        _("polaritas"), max_length=8, choices=Polarity.choices, default=Polarity.POSITIVE
    )
    is_range = models.BooleanField(
        _("target berupa rentang"), default=False,
        help_text=_("Target ditulis sebagai batas bawah dan batas atas, misalnya 80–90 %."),
    )
    aggregation = models.CharField(
        _("cara menggabungkan triwulan"), max_length=4, choices=Aggregation.choices,
        default=Aggregation.LAST,
    )
    data_source = models.CharField(_("sumber data"), max_length=250, blank=True)
    is_key = models.BooleanField(_("Indikator Kinerja Utama (IKU)"), default=False)
    supports = models.ForeignKey(
        "self", verbose_name=_("mendukung indikator RPJMD"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="supported_by",
    )
    baseline = models.DecimalField(
        _("kondisi awal (baseline)"), null=True, blank=True, max_digits=20, decimal_places=4
    )
    baseline_year = models.PositiveSmallIntegerField(_("tahun baseline"), null=True, blank=True)
    position = models.PositiveIntegerField(_("urutan"), default=0)
    is_active = models.BooleanField(_("aktif"), default=True)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("indikator")
        verbose_name_plural = _("indikator")
        ordering = ["agency", "position", "code", "id"]
        indexes = [models.Index(fields=["region", "agency", "is_active"])]

    def __str__(self) -> str:
        return self.name


class Target(models.Model):
    """An annual (quarter empty) or quarterly target, with its official revision (perubahan)."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="targets")
    year = models.PositiveSmallIntegerField(_("tahun"))
    quarter = models.PositiveSmallIntegerField(_("triwulan"), null=True, blank=True)
    value = models.DecimalField(_("target"), null=True, blank=True, max_digits=20, decimal_places=4)
    value_high = models.DecimalField(
        _("batas atas target"), null=True, blank=True, max_digits=20, decimal_places=4
    )
    revised_value = models.DecimalField(
        _("target perubahan"), null=True, blank=True, max_digits=20, decimal_places=4
    )
    revised_value_high = models.DecimalField(
        _("batas atas target perubahan"), null=True, blank=True, max_digits=20, decimal_places=4
    )
    use_revised = models.BooleanField(_("target perubahan yang berlaku"), default=False)
    revision_note = models.CharField(_("dasar perubahan"), max_length=300, blank=True)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("target")
        ordering = ["year", "quarter"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "year", "quarter"], name="target_unique"),
            models.UniqueConstraint(
                fields=["indicator", "year"], condition=models.Q(quarter__isnull=True),
                name="target_unique_annual",
            ),
            models.CheckConstraint(
                condition=models.Q(quarter__isnull=True) | models.Q(quarter__range=(1, 4)),
                name="target_quarter_1_4",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.year}{f' TW{self.quarter}' if self.quarter else ''}"

    @property
    def counted_value(self) -> Decimal | None:
        """The target that counts: the revised one once a revision is in force."""
        return self.revised_value if self.use_revised else self.value

    @property
    def counted_value_high(self) -> Decimal | None:
        return self.revised_value_high if self.use_revised else self.value_high
