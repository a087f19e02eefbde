"""Assessment instruments as versioned data, one copy per Pemda.

An instrument version applies from a year on, until a version of the same family applies from
a later year; two versions from the same year: the higher version number wins. Answers point at
the indicators of the version they were given on, so a version with answers is never edited:
the admin creates a new version for a year instead.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Family(models.TextChoices):
    OMBUDSMAN_2022 = "ombudsman_2022", _("Ombudsman 2022–2024 (penilaian kepatuhan)")
    OMBUDSMAN_2025 = "ombudsman_2025", _("Ombudsman sejak 2025 (penilaian maladministrasi)")
    PEKPPP = "pekppp", _("PEKPPP (KemenPAN-RB)")


class Assessor(models.TextChoices):
    OMBUDSMAN = "ombudsman", _("Ombudsman RI")
    KEMENPANRB = "kemenpanrb", _("KemenPAN-RB")


FAMILY_ASSESSOR = {
    Family.OMBUDSMAN_2022: Assessor.OMBUDSMAN,
    Family.OMBUDSMAN_2025: Assessor.OMBUDSMAN,
    Family.PEKPPP: Assessor.KEMENPANRB,
}


class SourceStatus(models.TextChoices):
    """How sure the seeded fact is (shared/domain/instruments.md §0)."""

    OFFICIAL = "official", _("Resmi")
    SEVERAL = "several", _("Beberapa sumber")
    ONE = "one", _("Satu sumber")
    NOT_FOUND = "not_found", _("Tidak ditemukan")


class AutoSource(models.TextChoices):
    """Facts another module already knows; an indicator naming one is filled from it."""

    SKM_HELD = "skm_held", _("SKM dilaksanakan tahun ini")
    SKM_SAMPLE_ADEQUATE = "skm_sample_adequate", _("Sampel SKM memenuhi")
    SKM_PUBLISHED = "skm_published", _("Hasil SKM dipublikasikan")
    SKM_FOLLOWUPS_DONE = "skm_followups_done", _("Tindak lanjut SKM selesai")
    STANDARD_COMPLETE = "standard_complete", _("Standar pelayanan lengkap 14 komponen")
    STANDARD_ENACTED = "standard_enacted", _("Standar pelayanan ditetapkan")
    STANDARD_DISPLAYED = "standard_displayed", _("Standar pelayanan dipublikasikan")
    STANDARD_REVIEWED = "standard_reviewed", _("Standar pelayanan ditinjau ulang")
    MAKLUMAT = "maklumat", _("Maklumat pelayanan")
    PERCEPTION = "perception", _("Survei persepsi maladministrasi pengguna")


class RegionAggregation(models.TextChoices):
    MEAN = "mean", _("Rata-rata hitung unit lokus")


class Instrument(models.Model):
    """One version of one family's instrument for a Pemda."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    family = models.CharField(_("jenis instrumen"), max_length=16, choices=Family.choices)
    year_from = models.PositiveSmallIntegerField(_("berlaku sejak tahun"))
    version = models.PositiveIntegerField(_("versi"))
    name = models.CharField(_("nama"), max_length=200)
    note = models.TextField(_("catatan"), blank=True)
    answer_min = models.PositiveSmallIntegerField(_("nilai terendah indikator"))
    answer_max = models.PositiveSmallIntegerField(_("nilai tertinggi indikator"))
    # Ombudsman from 2025: share of the four dimensions and of public trust (unconfirmed).
    dimension_share = models.DecimalField(
        _("porsi dimensi"), max_digits=5, decimal_places=4, null=True, blank=True)
    public_trust_share = models.DecimalField(
        _("porsi kepercayaan publik"), max_digits=5, decimal_places=4, null=True, blank=True)
    # PEKPPP: unit index = evaluator share × F-02 + user share × F-03 (practice, configurable).
    evaluator_share = models.DecimalField(
        _("porsi penilaian evaluator (F-02)"), max_digits=5, decimal_places=4, null=True,
        blank=True)
    user_share = models.DecimalField(
        _("porsi penilaian pengguna (F-03)"), max_digits=5, decimal_places=4, null=True,
        blank=True)
    user_answer_min = models.PositiveSmallIntegerField(
        _("nilai terendah butir pengguna"), null=True, blank=True)
    user_answer_max = models.PositiveSmallIntegerField(
        _("nilai tertinggi butir pengguna"), null=True, blank=True)
    region_aggregation = models.CharField(
        _("nilai Pemda"), max_length=8, choices=RegionAggregation.choices,
        default=RegionAggregation.MEAN)
    # Which seed made this version (empty for versions an admin created): seeding is idempotent.
    seed_key = models.CharField(max_length=40, blank=True, editable=False)
    copied_from = models.ForeignKey(
        "self", verbose_name=_("disalin dari"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+")
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+")

    objects: models.Manager[Instrument] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("instrumen penilaian")
        verbose_name_plural = _("instrumen penilaian")
        ordering = ["family", "-year_from", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["region", "family", "version"],
                                    name="instrument_unique_version"),
            models.UniqueConstraint(fields=["region", "seed_key"],
                                    condition=~models.Q(seed_key=""),
                                    name="instrument_unique_seed"),
            models.CheckConstraint(condition=models.Q(answer_max__gt=models.F("answer_min")),
                                   name="instrument_answer_range"),
        ]

    def __str__(self) -> str:
        return f"{self.get_family_display()} v{self.version} ({self.year_from})"

    @property
    def assessor(self) -> str:
        return FAMILY_ASSESSOR[Family(self.family)]


class InstrumentDimension(models.Model):
    """A dimension (Ombudsman) or aspect (PEKPPP); weight in points of 100 (percent)."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT,
                                   related_name="dimensions")
    code = models.SlugField(_("kode"), max_length=30)
    name = models.CharField(_("nama"), max_length=200)
    weight = models.DecimalField(_("bobot (%)"), max_digits=6, decimal_places=2)
    position = models.PositiveSmallIntegerField(_("urutan"))
    source_status = models.CharField(_("status sumber"), max_length=10,
                                     choices=SourceStatus.choices)
    note = models.TextField(_("catatan"), blank=True)

    objects: models.Manager[InstrumentDimension] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("dimensi/aspek")
        verbose_name_plural = _("dimensi/aspek")
        ordering = ["instrument", "position"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "code"], name="dimension_unique_code"),
            models.UniqueConstraint(fields=["instrument", "position"],
                                    name="dimension_unique_position"),
            models.CheckConstraint(condition=models.Q(weight__gte=0),
                                   name="dimension_weight_not_negative"),
        ]

    def __str__(self) -> str:
        return self.name


class InstrumentIndicator(models.Model):
    """An indicator; ``weight`` is relative inside its dimension (share = weight / sum)."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT,
                                   related_name="indicators")
    dimension = models.ForeignKey(InstrumentDimension, on_delete=models.PROTECT,
                                  related_name="indicators")
    code = models.CharField(_("kode"), max_length=30)
    position = models.PositiveSmallIntegerField(_("urutan dalam dimensi"))
    text = models.TextField(_("indikator"))
    group = models.CharField(_("variabel/kelompok"), max_length=120, blank=True)
    weight = models.DecimalField(_("bobot dalam dimensi"), max_digits=7, decimal_places=4)
    evidence = models.TextField(_("bukti yang diperlukan"), blank=True)
    checklist = models.TextField(
        _("unsur yang dihitung"), blank=True, help_text=_("Satu unsur per baris."))
    source_status = models.CharField(_("status sumber"), max_length=10,
                                     choices=SourceStatus.choices)
    note = models.TextField(_("catatan"), blank=True)
    auto_source = models.CharField(_("diisi dari modul lain"), max_length=24, blank=True,
                                   choices=AutoSource.choices)

    objects: models.Manager[InstrumentIndicator] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("indikator instrumen")
        verbose_name_plural = _("indikator instrumen")
        ordering = ["dimension__position", "position"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "code"], name="indicator_unique_code"),
            models.UniqueConstraint(fields=["dimension", "position"],
                                    name="indicator_unique_position"),
            models.CheckConstraint(condition=models.Q(weight__gte=0),
                                   name="indicator_weight_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.text}"


class IndicatorOption(models.Model):
    """One level an indicator may be given, and what it means (empty: not published)."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    indicator = models.ForeignKey(InstrumentIndicator, on_delete=models.PROTECT,
                                  related_name="options")
    score = models.PositiveSmallIntegerField(_("nilai"))
    meaning = models.TextField(_("arti"), blank=True)

    objects: models.Manager[IndicatorOption] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("pilihan jawaban")
        verbose_name_plural = _("pilihan jawaban")
        ordering = ["indicator", "score"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "score"], name="option_unique_score"),
        ]

    def __str__(self) -> str:
        return f"{self.score}: {self.meaning}"


class InstrumentCategory(models.Model):
    """One row of the result table, best first; the last row has no lower bound."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT,
                                   related_name="categories")
    position = models.PositiveSmallIntegerField(_("urutan"))
    lower = models.DecimalField(_("batas bawah"), max_digits=6, decimal_places=2, null=True,
                                blank=True)
    grade = models.CharField(_("kategori"), max_length=4, blank=True)
    label = models.CharField(_("predikat/opini"), max_length=80)
    zone = models.CharField(_("zona"), max_length=10, blank=True)
    source_status = models.CharField(_("status sumber"), max_length=10,
                                     choices=SourceStatus.choices)

    objects: models.Manager[InstrumentCategory] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("kategori hasil")
        verbose_name_plural = _("kategori hasil")
        ordering = ["instrument", "position"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "position"],
                                    name="category_unique_position"),
        ]

    def __str__(self) -> str:
        return f"{self.grade} {self.label}".strip()


class InstrumentUserItem(models.Model):
    """A question put to service users (PEKPPP F-03), grouped by aspect."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT,
                                   related_name="user_items")
    dimension = models.ForeignKey(InstrumentDimension, on_delete=models.PROTECT,
                                  related_name="user_items")
    code = models.CharField(_("kode"), max_length=30)
    position = models.PositiveSmallIntegerField(_("urutan"))
    text = models.TextField(_("pertanyaan"))
    source_status = models.CharField(_("status sumber"), max_length=10,
                                     choices=SourceStatus.choices)

    objects: models.Manager[InstrumentUserItem] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("butir penilaian pengguna")
        verbose_name_plural = _("butir penilaian pengguna")
        ordering = ["instrument", "position"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "code"], name="user_item_unique_code"),
        ]

    def __str__(self) -> str:
        return self.text
