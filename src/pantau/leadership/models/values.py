"""Quarterly values, narratives, evidence, and the Ministry evaluators' notes with follow-up."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class IndicatorValue(models.Model):
    """A sub-indicator's figure for a reporting quarter, with the province and national figure
    presenters put beside it. Automatic sub-indicators store what was read and where from
    (``source`` and ``source_url``), so a published report keeps the figure it showed."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    reporting_quarter = models.ForeignKey("leadership.ReportingQuarter", on_delete=models.CASCADE,
                                          related_name="values")
    sub_indicator = models.ForeignKey("leadership.SubIndicator", on_delete=models.CASCADE,
                                      related_name="values")
    value = models.DecimalField(_("nilai"), max_digits=20, decimal_places=4, null=True,
                                blank=True)
    text_value = models.CharField(_("nilai (teks)"), max_length=300, blank=True,
                                  help_text=_("Untuk status atau kelas, misalnya 'sehat'."))
    target = models.DecimalField(_("target"), max_digits=20, decimal_places=4, null=True,
                                 blank=True)
    province_value = models.DecimalField(_("angka provinsi"), max_digits=20, decimal_places=4,
                                         null=True, blank=True)
    national_value = models.DecimalField(_("angka nasional"), max_digits=20, decimal_places=4,
                                         null=True, blank=True)
    source = models.CharField(_("sumber"), max_length=300)
    source_url = models.CharField(_("tautan sumber"), max_length=500, blank=True)
    is_automatic = models.BooleanField(_("diambil dari modul lain"), default=False)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT,
                                   related_name="+")

    objects: models.Manager[IndicatorValue] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("nilai indikator")
        verbose_name_plural = _("nilai indikator")
        constraints = [
            models.UniqueConstraint(fields=["reporting_quarter", "sub_indicator"],
                                    name="indicator_value_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.sub_indicator} ({self.reporting_quarter})"


class IndicatorNarrative(models.Model):
    """What was done, the problems and the follow-up, per priority indicator and quarter."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    reporting_quarter = models.ForeignKey("leadership.ReportingQuarter", on_delete=models.CASCADE,
                                          related_name="narratives")
    indicator = models.ForeignKey("leadership.PriorityIndicator", on_delete=models.CASCADE,
                                  related_name="narratives")
    actions = models.TextField(_("upaya yang dilakukan"), blank=True)
    problems = models.TextField(_("permasalahan"), blank=True)
    follow_up = models.TextField(_("rencana tindak lanjut"), blank=True)
    budget = models.DecimalField(_("anggaran (Rp)"), max_digits=18, decimal_places=2, null=True,
                                 blank=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT,
                                   related_name="+")

    objects: models.Manager[IndicatorNarrative] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("uraian indikator")
        verbose_name_plural = _("uraian indikator")
        constraints = [
            models.UniqueConstraint(fields=["reporting_quarter", "indicator"],
                                    name="indicator_narrative_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator} ({self.reporting_quarter})"


class IndicatorEvidence(models.Model):
    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    reporting_quarter = models.ForeignKey("leadership.ReportingQuarter", on_delete=models.CASCADE,
                                          related_name="evidence")
    indicator = models.ForeignKey("leadership.PriorityIndicator", on_delete=models.CASCADE,
                                  related_name="evidence")
    file = models.FileField(_("berkas"), upload_to="pimpinan/bukti/%Y/")
    name = models.CharField(_("nama berkas"), max_length=255)
    content_type = models.CharField(_("jenis"), max_length=100)
    caption = models.CharField(_("keterangan"), max_length=300, blank=True)
    uploaded_at = models.DateTimeField(_("diunggah"), auto_now_add=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT,
                                    related_name="+")

    objects: models.Manager[IndicatorEvidence] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("data dukung")
        verbose_name_plural = _("data dukung")
        ordering = ["uploaded_at"]

    def __str__(self) -> str:
        return self.name


class FollowUpState(models.TextChoices):
    OPEN = "belum", _("Belum ditindaklanjuti")
    IN_PROGRESS = "proses", _("Dalam proses")
    DONE = "selesai", _("Selesai")


class EvaluatorNote(models.Model):
    """A note the Ministry's evaluators gave at a quarter's presentation; the next report says
    how it was followed up."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    reporting_quarter = models.ForeignKey("leadership.ReportingQuarter", on_delete=models.CASCADE,
                                          related_name="evaluator_notes")
    text = models.TextField(_("catatan evaluator"))
    follow_up = models.TextField(_("tindak lanjut"), blank=True)
    state = models.CharField(_("status"), max_length=8, choices=FollowUpState.choices,
                             default=FollowUpState.OPEN)
    responsible_agency = models.ForeignKey(
        "tenancy.Agency", verbose_name=_("OPD penanggung jawab"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+")

    objects: models.Manager[EvaluatorNote] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("catatan evaluator")
        verbose_name_plural = _("catatan evaluator")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.text[:80]
