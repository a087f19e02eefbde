from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

# Stored numbers are the exact Decimal as text: an "avg" realization keeps 40 significant
# digits, and SQLite would read a decimal column back as a float.
NUMBER_LENGTH = 64
WHOLE_YEAR = 0  # ``quarter`` of the row that covers the whole year


class IndicatorScoreCache(models.Model):
    """One indicator's capaian for TW I up to ``quarter`` (0 = the whole year) of ``year``.

    A read model of the indicator's targets and realizations, exactly as
    ``performance.capaian.compute.compute_indicator`` gives it, written only by
    ``performance.capaian.store``: by the services that change those inputs (in their
    transaction), on first read when missing, and by ``manage.py capaian_rebuild``. Which
    indicators count (scope) is never stored here.
    """

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    indicator = models.ForeignKey(
        "performance.Indicator", on_delete=models.CASCADE, related_name="score_cache",
        db_index=False,  # led by the unique (indicator, year, quarter)
    )
    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField()
    target = models.CharField(max_length=NUMBER_LENGTH, blank=True)  # "" = none
    target_high = models.CharField(max_length=NUMBER_LENGTH, blank=True)
    realization = models.CharField(max_length=NUMBER_LENGTH, blank=True)
    achievement = models.CharField(max_length=NUMBER_LENGTH, blank=True)
    progress = models.CharField(  # capaian against the annual target (early warning)
        max_length=NUMBER_LENGTH, blank=True)
    flag = models.CharField(max_length=16, blank=True)
    filled = models.PositiveSmallIntegerField()  # quarters of the period with a realization

    objects: models.Manager[IndicatorScoreCache] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("capaian indikator tersimpan")
        verbose_name_plural = _("capaian indikator tersimpan")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "year", "quarter"],
                                    name="indicator_score_unique"),
            models.CheckConstraint(condition=models.Q(quarter__range=(0, 4)),
                                   name="indicator_score_quarter_0_4"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.year} TW{self.quarter}"
