"""Self-assessment answers and the actions that close gaps."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from pantau.compliance.models.instruments import Instrument, InstrumentIndicator


class Answer(models.Model):
    """A unit's answer to one indicator for a year, on the instrument version it was given on.

    The operator's score and the evaluator's (possibly different) score are both kept; the
    evaluator's, once given, is the one that counts.
    """

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun"))
    unit = models.ForeignKey("tenancy.ServiceUnit", verbose_name=_("unit layanan"),
                             on_delete=models.PROTECT, related_name="+")
    instrument = models.ForeignKey(Instrument, verbose_name=_("versi instrumen"),
                                   on_delete=models.PROTECT, related_name="answers")
    indicator = models.ForeignKey(InstrumentIndicator, on_delete=models.PROTECT,
                                  related_name="answers")
    operator_score = models.PositiveSmallIntegerField(_("nilai operator"), null=True, blank=True)
    operator_note = models.TextField(_("catatan operator"), blank=True)
    evidence = models.FileField(_("bukti dukung"), upload_to="kepatuhan/bukti/%Y/%m/",
                                blank=True)
    evidence_name = models.CharField(_("nama berkas"), max_length=255, blank=True)
    evidence_type = models.CharField(max_length=100, blank=True)
    # The AutoSource key when the operator's score was filled from another module.
    filled_from = models.CharField(_("diisi dari"), max_length=24, blank=True)
    answered_at = models.DateTimeField(_("dijawab"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+")
    evaluator_score = models.PositiveSmallIntegerField(_("nilai evaluator"), null=True,
                                                       blank=True)
    evaluator_note = models.TextField(_("catatan evaluator"), blank=True)
    reviewed_at = models.DateTimeField(_("direviu"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+")

    objects: models.Manager[Answer] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("jawaban penilaian mandiri")
        verbose_name_plural = _("jawaban penilaian mandiri")
        ordering = ["year", "unit", "indicator"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "indicator", "year"],
                                    name="answer_unique_per_year"),
        ]
        indexes = [models.Index(fields=["region", "year", "instrument"], name="answer_region_year")]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}: {self.indicator.code}"

    @property
    def score(self) -> int | None:
        """The score that counts: the evaluator's when given, else the operator's."""
        return self.evaluator_score if self.evaluator_score is not None else self.operator_score


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Direncanakan")
    IN_PROGRESS = "in_progress", _("Sedang dikerjakan")
    DONE = "done", _("Selesai")
    CANCELLED = "cancelled", _("Dibatalkan")


class GapAction(models.Model):
    """What an OPD does to raise one indicator of one unit, by when, and the proof it is done."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun"))
    unit = models.ForeignKey("tenancy.ServiceUnit", verbose_name=_("unit layanan"),
                             on_delete=models.PROTECT, related_name="+")
    indicator = models.ForeignKey(InstrumentIndicator, on_delete=models.PROTECT,
                                  related_name="actions")
    owner = models.ForeignKey("tenancy.Agency", verbose_name=_("OPD penanggung jawab"),
                              on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("tindakan"), max_length=300)
    due_date = models.DateField(_("tenggat"))
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices,
                              default=ActionStatus.PLANNED)
    note = models.TextField(_("catatan"), blank=True)
    evidence = models.FileField(_("bukti"), upload_to="kepatuhan/tindakan/%Y/%m/", blank=True)
    evidence_name = models.CharField(_("nama berkas"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)
    done_at = models.DateTimeField(_("selesai"), null=True, blank=True)

    objects: models.Manager[GapAction] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("tindakan perbaikan")
        verbose_name_plural = _("tindakan perbaikan")
        ordering = ["due_date", "pk"]

    def __str__(self) -> str:
        return self.title
