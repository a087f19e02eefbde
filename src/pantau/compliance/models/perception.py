"""Service users' perception of maladministration (Ombudsman Output dimension), asked on the
unit's public SKM form and stored with the SKM response it came with.

A unit's OPD or the back office switches the questions on for a year (``PerceptionSetting``);
while on, the public SKM form of the unit shows the five optional questions after the nine SKM
items. One phone submission writes the SKM response and its ``PerceptionAnswer`` in one
transaction, behind the SKM's token, honeypot and rate limit; an SKM response marked invalid
takes its perception answers out of the results too.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

# The five Output indicators, in order: the field of the answer and the seeded indicator code.
PERCEPTION_FIELDS = ("o1", "o2", "o3", "o4", "o5")
PERCEPTION_INDICATORS = ("output-01", "output-02", "output-03", "output-04", "output-05")


class PerceptionSetting(models.Model):
    """Whether a unit's public SKM form asks the perception questions in a year."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("tenancy.ServiceUnit", verbose_name=_("unit layanan"),
                             on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun"))
    is_on = models.BooleanField(_("pertanyaan persepsi ditampilkan"), default=False)
    changed_at = models.DateTimeField(_("diubah"), auto_now=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")

    objects: models.Manager[PerceptionSetting] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("pengaturan survei persepsi")
        verbose_name_plural = _("pengaturan survei persepsi")
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="perception_setting_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}"


class PerceptionAnswer(models.Model):
    """One respondent's perception answers, stored with the SKM response of the same form.

    Each of ``o1``–``o5`` (output-01..05) is True when the respondent says they experienced
    that form of maladministration, False when not, None when left unanswered.
    """

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey("tenancy.ServiceUnit", on_delete=models.PROTECT, related_name="+",
                             db_index=False)  # led by the (unit, year) index
    response = models.OneToOneField("surveys.SurveyResponse", on_delete=models.PROTECT,
                                    related_name="perception")
    year = models.PositiveSmallIntegerField(_("tahun"))
    day = models.DateField(_("tanggal"))
    o1 = models.BooleanField(_("penundaan berlarut"), null=True)
    o2 = models.BooleanField(_("permintaan imbalan"), null=True)
    o3 = models.BooleanField(_("penyimpangan prosedur"), null=True)
    o4 = models.BooleanField(_("tidak kompeten"), null=True)
    o5 = models.BooleanField(_("tidak patut"), null=True)

    objects: models.Manager[PerceptionAnswer] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("jawaban persepsi maladministrasi")
        verbose_name_plural = _("jawaban persepsi maladministrasi")
        indexes = [models.Index(fields=["unit", "year"], name="perception_unit_year")]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.year} #{self.response_id}"


class PerceptionConfig(models.Model):
    """A Pemda's own prediction rule and question wording (none: the installation's defaults).

    Thresholds are percentages of respondents reporting no maladministration, highest first;
    an empty question keeps the default sentence."""

    region = models.OneToOneField("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    threshold_3 = models.DecimalField(_("nilai 3 bila tidak mengalami ≥ (%)"), max_digits=5,
                                      decimal_places=2)
    threshold_2 = models.DecimalField(_("nilai 2 bila tidak mengalami ≥ (%)"), max_digits=5,
                                      decimal_places=2)
    threshold_1 = models.DecimalField(_("nilai 1 bila tidak mengalami ≥ (%)"), max_digits=5,
                                      decimal_places=2)
    min_respondents = models.PositiveIntegerField(_("responden minimal per pertanyaan"))
    q1 = models.TextField(_("pertanyaan P1 (penundaan berlarut)"), blank=True)
    q2 = models.TextField(_("pertanyaan P2 (permintaan imbalan)"), blank=True)
    q3 = models.TextField(_("pertanyaan P3 (penyimpangan prosedur)"), blank=True)
    q4 = models.TextField(_("pertanyaan P4 (tidak kompeten)"), blank=True)
    q5 = models.TextField(_("pertanyaan P5 (tidak patut)"), blank=True)
    changed_at = models.DateTimeField(_("diubah"), auto_now=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")

    objects: models.Manager[PerceptionConfig] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("pengaturan perkiraan persepsi")
        verbose_name_plural = _("pengaturan perkiraan persepsi")

    def __str__(self) -> str:
        return f"{self.region_id}"
