"""Awards to the best OPDs or units for a year, on a stated basis, with certificates."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class AwardSubject(models.TextChoices):
    AGENCY = "opd", _("OPD")
    UNIT = "unit", _("Unit layanan")


class AwardBasis(models.TextChoices):
    CAPAIAN = "capaian", _("Capaian kinerja")
    SKM = "skm", _("IKM (SKM)")
    COMPLIANCE = "kepatuhan", _("Penilaian mandiri kepatuhan")
    COMBINED = "gabungan", _("Gabungan berbobot")


class AwardRound(models.Model):
    """One award decision. Weights are percentages (COMBINED: they add up to 100); the signer's
    name, title and NIP are copied from the head at the time, as the certificate printed them."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun penilaian"))
    title = models.CharField(_("nama penghargaan"), max_length=200)
    subject = models.CharField(_("yang dinilai"), max_length=4, choices=AwardSubject.choices)
    basis = models.CharField(_("dasar penilaian"), max_length=10, choices=AwardBasis.choices)
    weight_capaian = models.DecimalField(_("bobot capaian (%)"), max_digits=5, decimal_places=2,
                                         default=0)
    weight_skm = models.DecimalField(_("bobot IKM (%)"), max_digits=5, decimal_places=2,
                                     default=0)
    weight_compliance = models.DecimalField(_("bobot kepatuhan (%)"), max_digits=5,
                                            decimal_places=2, default=0)
    decree_number = models.CharField(_("nomor keputusan"), max_length=120, blank=True)
    decree_date = models.DateField(_("tanggal keputusan"), null=True, blank=True)
    place = models.CharField(_("tempat penetapan"), max_length=80, blank=True)
    signer_name = models.CharField(_("nama penanda tangan"), max_length=150, blank=True)
    signer_title = models.CharField(_("jabatan penanda tangan"), max_length=150, blank=True)
    signer_nip = models.CharField(_("NIP penanda tangan"), max_length=21, blank=True)
    tie_rule = models.TextField(_("aturan nilai sama"), blank=True)
    is_final = models.BooleanField(_("ditetapkan"), default=False)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT,
                                   related_name="+")

    objects: models.Manager[AwardRound] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("penghargaan")
        verbose_name_plural = _("penghargaan")
        ordering = ["-year", "title"]

    def __str__(self) -> str:
        return f"{self.title} {self.year}"


class AwardWinner(models.Model):
    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    award = models.ForeignKey(AwardRound, on_delete=models.CASCADE, related_name="winners")
    category = models.CharField(_("kategori"), max_length=60)
    rank = models.PositiveSmallIntegerField(_("peringkat"))
    agency = models.ForeignKey("tenancy.Agency", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+")
    unit = models.ForeignKey("tenancy.ServiceUnit", null=True, blank=True,
                             on_delete=models.PROTECT, related_name="+")
    score = models.DecimalField(_("nilai"), max_digits=7, decimal_places=2)
    components = models.JSONField(_("rincian nilai"), default=dict, blank=True)

    objects: models.Manager[AwardWinner] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("pemenang")
        verbose_name_plural = _("pemenang")
        ordering = ["award", "category", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["award", "category", "rank"],
                                    name="award_winner_rank_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.category} #{self.rank}"
