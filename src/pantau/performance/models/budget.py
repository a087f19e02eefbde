from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class BudgetLine(models.Model):
    """The ceiling (pagu) of a program, kegiatan or sub-kegiatan for one budget year."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    agency = models.ForeignKey("tenancy.Agency", on_delete=models.PROTECT, related_name="+")
    node = models.ForeignKey(
        "performance.PlanNode", verbose_name=_("program/kegiatan/sub-kegiatan"),
        on_delete=models.PROTECT, related_name="budget_lines",
    )
    year = models.PositiveSmallIntegerField(_("tahun anggaran"))
    pagu = models.DecimalField(_("pagu (Rp)"), max_digits=18, decimal_places=2)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("pagu anggaran")
        verbose_name_plural = _("pagu anggaran")
        constraints = [
            models.UniqueConstraint(fields=["node", "year"], name="budget_line_unique"),
            models.CheckConstraint(condition=models.Q(pagu__gte=0), name="budget_pagu_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.node} {self.year}"


class BudgetRealization(models.Model):
    """Money spent on a budget line within one quarter (not cumulative)."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    line = models.ForeignKey(BudgetLine, on_delete=models.PROTECT, related_name="realizations")
    period = models.ForeignKey("tenancy.Period", on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(_("realisasi (Rp)"), max_digits=18, decimal_places=2)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("realisasi anggaran")
        verbose_name_plural = _("realisasi anggaran")
        constraints = [
            models.UniqueConstraint(fields=["line", "period"], name="budget_realization_unique"),
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="budget_realization_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.line} — {self.period}"
