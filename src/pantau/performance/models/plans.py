from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class PlanLevel(models.TextChoices):
    RPJMD = "rpjmd", _("RPJMD")
    RENSTRA = "renstra", _("Renstra")


class Plan(models.Model):
    """The Pemda's RPJMD, or one OPD's Renstra, for a five-year period."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    level = models.CharField(_("jenis dokumen"), max_length=8, choices=PlanLevel.choices)
    agency = models.ForeignKey(
        "tenancy.Agency", verbose_name=_("OPD"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="plans",
        help_text=_("Kosong untuk RPJMD; wajib untuk Renstra."),
    )
    title = models.CharField(_("judul"), max_length=250)
    start_year = models.PositiveSmallIntegerField(_("tahun awal"))
    end_year = models.PositiveSmallIntegerField(_("tahun akhir"))
    is_active = models.BooleanField(_("aktif"), default=True)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("dokumen perencanaan")
        verbose_name_plural = _("dokumen perencanaan")
        ordering = ["level", "agency__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "level", "agency", "start_year"], name="plan_unique"
            ),
            models.UniqueConstraint(
                fields=["region", "level", "start_year"],
                condition=models.Q(agency__isnull=True), name="plan_unique_rpjmd",
            ),
            models.CheckConstraint(
                condition=models.Q(end_year__gte=models.F("start_year")), name="plan_years_order"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)


class NodeLevel(models.TextChoices):
    MISI = "misi", _("Misi")
    TUJUAN = "tujuan", _("Tujuan")
    SASARAN = "sasaran", _("Sasaran")
    PROGRAM = "program", _("Program")
    KEGIATAN = "kegiatan", _("Kegiatan")
    SUB_KEGIATAN = "sub_kegiatan", _("Sub-kegiatan")


def level_label(code: str) -> str:
    """A level as messages name it ("Sub-kegiatan", not "sub_kegiatan"); unknown text as given."""
    return str(NodeLevel(code).label) if code in NodeLevel.values else code


# Which level may sit under which: RPJMD misi → tujuan → sasaran; Renstra tujuan → sasaran →
# program → kegiatan → sub-kegiatan.
CHILD_LEVELS: dict[str | None, dict[str, tuple[str, ...]]] = {
    PlanLevel.RPJMD: {"": (NodeLevel.MISI,), NodeLevel.MISI: (NodeLevel.TUJUAN,),
                      NodeLevel.TUJUAN: (NodeLevel.SASARAN,)},
    PlanLevel.RENSTRA: {"": (NodeLevel.TUJUAN,), NodeLevel.TUJUAN: (NodeLevel.SASARAN,),
                        NodeLevel.SASARAN: (NodeLevel.PROGRAM,),
                        NodeLevel.PROGRAM: (NodeLevel.KEGIATAN,),
                        NodeLevel.KEGIATAN: (NodeLevel.SUB_KEGIATAN,)},
}


class PlanNode(models.Model):
    """One node of a plan's tree: misi, tujuan, sasaran, program, kegiatan or sub-kegiatan."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="nodes")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    level = models.CharField(_("tingkat"), max_length=12, choices=NodeLevel.choices)
    code = models.CharField(_("kode"), max_length=40, blank=True)
    name = models.CharField(_("uraian"), max_length=500)
    position = models.PositiveIntegerField(_("urutan"), default=0)
    is_active = models.BooleanField(_("aktif"), default=True)

    objects = ScopedManager(region="region")

    class Meta:
        verbose_name = _("simpul rencana")
        verbose_name_plural = _("simpul rencana")
        ordering = ["plan", "position", "code", "id"]
        indexes = [models.Index(fields=["region", "plan", "level"])]

    def __str__(self) -> str:
        return f"{self.code} {self.name}".strip()


def allowed_child_levels(*, plan: Plan, parent: PlanNode | None) -> tuple[str, ...]:
    """The node levels that may sit under ``parent`` (None: the top of the tree)."""
    return CHILD_LEVELS[plan.level].get(parent.level if parent else "", ())
