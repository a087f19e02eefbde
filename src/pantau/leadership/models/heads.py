"""The head of the Pemda (definitive or acting), as the reports and certificates name them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class RegionHead(models.Model):
    """A Bupati/Wali Kota/Gubernur or a Pj, with the decree that installed them.

    An acting head reports every three months counted from ``inaugurated_on``; when the term is
    extended the numbering restarts ("Periode ke-2"), which is a new row with ``period_number`` 2.
    """

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("nama"), max_length=150)
    title = models.CharField(_("jabatan"), max_length=150,
                             help_text=_("Misalnya: Penjabat Bupati Demo Raya"))
    nip = models.CharField(_("NIP"), max_length=21, blank=True)
    is_acting = models.BooleanField(_("penjabat (Pj)"), default=True)
    decree_number = models.CharField(_("nomor SK pengangkatan"), max_length=120, blank=True)
    decree_date = models.DateField(_("tanggal SK"), null=True, blank=True)
    inaugurated_on = models.DateField(_("tanggal pelantikan"))
    period_number = models.PositiveSmallIntegerField(_("periode ke-"), default=1)
    ended_on = models.DateField(_("akhir masa jabatan"), null=True, blank=True)

    objects: models.Manager[RegionHead] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("kepala daerah")
        verbose_name_plural = _("kepala daerah")
        ordering = ["-inaugurated_on", "-period_number"]

    def __str__(self) -> str:
        return f"{self.title} {self.name}"
