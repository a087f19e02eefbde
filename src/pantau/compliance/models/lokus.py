"""Lokus: the units an assessor will visit in a year, mandatory ones plus a reproducible draw.

The seed and the ordered candidate list are stored, so anyone can repeat the draw. A replaced
lokus stays, pointing at the one that replaced it, with the reason.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from pantau.compliance.models.instruments import Assessor


class LokusStatus(models.TextChoices):
    ACTIVE = "active", _("Berlaku")
    REPLACED = "replaced", _("Diganti")


class Lokus(models.Model):
    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun"))
    assessor = models.CharField(_("penilai"), max_length=12, choices=Assessor.choices)
    status = models.CharField(_("status"), max_length=10, choices=LokusStatus.choices,
                              default=LokusStatus.ACTIVE)
    # The draw: ``draw_count`` units of ``drawn_kind`` out of ``candidates`` (ordered list of
    # {"id": unit id, "name": unit name} as it stood at the draw) with ``seed``.
    drawn_kind = models.CharField(_("jenis unit yang diundi"), max_length=14, blank=True)
    draw_count = models.PositiveSmallIntegerField(_("jumlah yang diundi"), default=0)
    seed = models.CharField(_("benih undian"), max_length=64, blank=True)
    candidates = models.JSONField(_("daftar calon berurutan"), default=list, blank=True)
    # Option: pre-assess every unit of the kind, the assessors' own draw being unknown.
    all_of_kind = models.BooleanField(_("nilai mandiri semua unit jenis ini"), default=False)
    note = models.TextField(_("catatan"), blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    replaced_by = models.ForeignKey(
        "self", verbose_name=_("diganti oleh"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+")
    replaced_reason = models.TextField(_("alasan penggantian"), blank=True)
    replaced_at = models.DateTimeField(_("diganti"), null=True, blank=True)
    replaced_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+")

    objects: models.Manager[Lokus] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("lokus penilaian")
        verbose_name_plural = _("lokus penilaian")
        ordering = ["-year", "assessor", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "year", "assessor"],
                condition=models.Q(status=LokusStatus.ACTIVE), name="lokus_one_active"),
        ]

    def __str__(self) -> str:
        return f"Lokus {self.get_assessor_display()} {self.year}"


class LokusReason(models.TextChoices):
    MANDATORY = "mandatory", _("Wajib")
    DRAWN = "drawn", _("Hasil undian")
    ALL_OF_KIND = "all_of_kind", _("Penilaian mandiri semua unit")


class LokusUnit(models.Model):
    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    lokus = models.ForeignKey(Lokus, on_delete=models.PROTECT, related_name="units")
    unit = models.ForeignKey("tenancy.ServiceUnit", verbose_name=_("unit layanan"),
                             on_delete=models.PROTECT, related_name="+")
    reason = models.CharField(_("alasan"), max_length=12, choices=LokusReason.choices)
    position = models.PositiveSmallIntegerField(_("urutan"))

    objects: models.Manager[LokusUnit] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("unit lokus")
        verbose_name_plural = _("unit lokus")
        ordering = ["lokus", "position"]
        constraints = [
            models.UniqueConstraint(fields=["lokus", "unit"], name="lokus_unit_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.lokus}: {self.unit}"
