"""SKM surveys: one survey per unit and period, the public's responses and their rollup.

The rollup (``SurveyDailyTally`` and ``SurveyMonthlyTally``) is the only thing dashboards read. A
response is in it once ``SurveyResponse.counted`` is true: added in its own transaction (SQLite,
paper imports) or folded in later in batches (PostgreSQL submissions, ``pantau.surveys.rollup``);
readers fold what is left first, so figures are exact. ``skm_recount`` rebuilds it from the raw
responses.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from pantau.surveys.questions import ELEMENT_FIELDS, METHOD_ID, AgeBand, Education, Occupation, Sex
from pantau.tenancy.models import Region, ServiceProduct, ServiceUnit


def new_public_code() -> str:
    return secrets.token_urlsafe(9)  # 12 URL-safe characters, 72 random bits


class SurveyQuestionnaire(models.Model):
    """A Pemda's wording of the nine questions and their answer labels (the meaning is fixed).

    A version is frozen once a survey using it has responses; editing then creates a new version.
    """

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(_("versi"))
    questions = models.JSONField(_("pertanyaan"))  # nine strings, U1..U9
    answer_labels = models.JSONField(_("label jawaban"))  # nine lists of four strings, 1..4
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )

    objects: models.Manager[SurveyQuestionnaire] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("kuesioner SKM")
        verbose_name_plural = _("kuesioner SKM")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["region", "version"],
                                    name="survey_questionnaire_unique_version"),
        ]

    def __str__(self) -> str:
        return f"Kuesioner SKM v{self.version}"


class Survey(models.Model):
    """The SKM of one service unit over one period (semester or year)."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey(
        ServiceUnit, verbose_name=_("unit layanan"), on_delete=models.PROTECT,
        related_name="surveys",
    )
    title = models.CharField(_("judul"), max_length=200)
    starts_on = models.DateField(_("tanggal mulai"))
    ends_on = models.DateField(_("tanggal selesai"))
    population = models.PositiveIntegerField(
        _("populasi pengguna layanan"), null=True, blank=True,
        help_text=_("Perkiraan jumlah pengguna layanan dalam periode ini, untuk sampel minimal."),
    )
    is_active = models.BooleanField(_("aktif"), default=True)
    questionnaire = models.ForeignKey(
        SurveyQuestionnaire, verbose_name=_("versi kuesioner"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="surveys", editable=False,
    )  # None: the official wording
    method = models.CharField(_("metode"), max_length=20, default=METHOD_ID, editable=False)
    public_code = models.CharField(
        _("kode tautan publik"), max_length=24, unique=True, default=new_public_code,
        editable=False,
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    objects: models.Manager[Survey] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("survei SKM")
        verbose_name_plural = _("survei SKM")
        ordering = ["-starts_on", "unit__name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="survey_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.title


def _answer_constraints() -> list[models.BaseConstraint]:
    return [
        models.CheckConstraint(
            condition=models.Q(**{f"{name}__gte": 1, f"{name}__lte": 4}),
            name=f"survey_response_{name}_1_4",
        )
        for name in ELEMENT_FIELDS
    ]


class SurveyResponse(models.Model):
    """One completed questionnaire. Never deleted: a bad one is marked invalid with a reason.

    Written once per submission, the busiest insert of the app, so it carries only the indexes
    its reads use (by survey, newest first; by Pemda for the recount; the token; the fold's
    queue). The other foreign keys have none: their rows are never deleted (PROTECT, deactivated
    instead), so no lookup by them happens.
    """

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="responses",
                               db_index=False)  # led by the (survey, submitted_at) index
    unit = models.ForeignKey(ServiceUnit, on_delete=models.PROTECT, related_name="+",
                             db_index=False)
    submitted_at = models.DateTimeField(_("waktu pengisian"))
    day = models.DateField(_("tanggal"))  # submitted_at's date in the Pemda's time zone
    u1 = models.SmallIntegerField("U1")
    u2 = models.SmallIntegerField("U2")
    u3 = models.SmallIntegerField("U3")
    u4 = models.SmallIntegerField("U4")
    u5 = models.SmallIntegerField("U5")
    u6 = models.SmallIntegerField("U6")
    u7 = models.SmallIntegerField("U7")
    u8 = models.SmallIntegerField("U8")
    u9 = models.SmallIntegerField("U9")
    age_band = models.CharField(_("usia"), max_length=6, choices=AgeBand.choices, blank=True)
    sex = models.CharField(_("jenis kelamin"), max_length=1, choices=Sex.choices, blank=True)
    education = models.CharField(
        _("pendidikan"), max_length=4, choices=Education.choices, blank=True
    )
    occupation = models.CharField(
        _("pekerjaan"), max_length=12, choices=Occupation.choices, blank=True
    )
    product = models.ForeignKey(
        ServiceProduct, verbose_name=_("layanan yang diterima"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+", db_index=False,
    )
    comment = models.TextField(_("saran atau pengaduan"), max_length=1000, blank=True)
    token = models.CharField(max_length=40)  # the form load's nonce: one count only (unique)
    is_valid = models.BooleanField(_("sah"), default=True)
    invalid_reason = models.TextField(_("alasan tidak sah"), blank=True)
    invalidated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+", db_index=False,
    )
    invalidated_at = models.DateTimeField(null=True, blank=True)
    # In the rollup already (or invalid when it was folded). False only for a live submission
    # not yet folded in: see pantau.surveys.rollup.
    counted = models.BooleanField(default=True, editable=False)

    objects: models.Manager[SurveyResponse] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("jawaban survei")
        verbose_name_plural = _("jawaban survei")
        ordering = ["-submitted_at", "-pk"]
        indexes = [
            models.Index(fields=["survey", "-submitted_at"], name="survey_response_recent"),
            models.Index(fields=["id"], condition=models.Q(counted=False),
                         name="survey_response_uncounted"),  # the fold's queue: a few rows
        ]
        constraints = [
            # a constraint rather than unique=True: PostgreSQL then has no extra LIKE index
            models.UniqueConstraint(fields=["token"], name="survey_response_unique_token"),
            *_answer_constraints(),
        ]

    def __str__(self) -> str:
        return f"{self.survey} #{self.pk}"

    def answers(self) -> tuple[int, ...]:
        return tuple(getattr(self, name) for name in ELEMENT_FIELDS)


class ElementSums(models.Model):
    """The count of valid responses and the sum of answers per element: what IKM is made of."""

    responses = models.IntegerField(default=0)
    u1_sum = models.IntegerField(default=0)
    u2_sum = models.IntegerField(default=0)
    u3_sum = models.IntegerField(default=0)
    u4_sum = models.IntegerField(default=0)
    u5_sum = models.IntegerField(default=0)
    u6_sum = models.IntegerField(default=0)
    u7_sum = models.IntegerField(default=0)
    u8_sum = models.IntegerField(default=0)
    u9_sum = models.IntegerField(default=0)

    class Meta:
        abstract = True


class SurveyDailyTally(ElementSums):
    """Valid responses of one survey on one day: element sums and the count."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+",
                               db_index=False)  # led by the (region, period) index
    unit = models.ForeignKey(ServiceUnit, on_delete=models.PROTECT, related_name="+",
                             db_index=False)  # read with the region scope: (region, period)
    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="tallies",
                               db_index=False)  # led by the unique (survey, period)
    day = models.DateField()

    objects: models.Manager[SurveyDailyTally] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("rekap harian SKM")
        verbose_name_plural = _("rekap harian SKM")
        constraints = [
            models.UniqueConstraint(fields=["survey", "day"], name="survey_tally_unique_day"),
        ]
        indexes = [models.Index(fields=["region", "day"], name="survey_tally_region_day")]

    def __str__(self) -> str:
        return f"{self.survey} {self.day}"


class SurveyMonthlyTally(ElementSums):
    """Valid responses of one survey in one calendar month (``month`` is its first day).

    Kept in the same transaction as the daily row, so a year's or a semester's figures add up
    twelve (six) rows per unit instead of 365 (181) daily ones.
    """

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+",
                               db_index=False)  # led by the (region, period) index
    unit = models.ForeignKey(ServiceUnit, on_delete=models.PROTECT, related_name="+",
                             db_index=False)  # read with the region scope: (region, period)
    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="monthly_tallies",
                               db_index=False)  # led by the unique (survey, period)
    month = models.DateField()

    objects: models.Manager[SurveyMonthlyTally] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("rekap bulanan SKM")
        verbose_name_plural = _("rekap bulanan SKM")
        constraints = [
            models.UniqueConstraint(fields=["survey", "month"], name="survey_tally_unique_month"),
        ]
        indexes = [models.Index(fields=["region", "month"], name="survey_tally_region_month")]

    def __str__(self) -> str:
        return f"{self.survey} {self.month:%Y-%m}"


SUM_FIELDS = tuple(f"{name}_sum" for name in ELEMENT_FIELDS)


class FollowUpStatus(models.TextChoices):
    PLANNED = "rencana", _("Direncanakan")
    IN_PROGRESS = "proses", _("Sedang dikerjakan")
    DONE = "selesai", _("Selesai")


class SurveyFollowUp(models.Model):
    """A follow-up plan for a weak element of one survey (an improvement priority)."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="followups")
    unit = models.ForeignKey(ServiceUnit, on_delete=models.PROTECT, related_name="+")
    element = models.PositiveSmallIntegerField(
        _("unsur"), choices=[(index, f"U{index}") for index in range(1, 10)],
    )
    action = models.TextField(_("rencana tindak lanjut"), max_length=1000)
    owner = models.CharField(_("penanggung jawab"), max_length=200)
    due_on = models.DateField(_("batas waktu"))
    status = models.CharField(
        _("status"), max_length=10, choices=FollowUpStatus.choices, default=FollowUpStatus.PLANNED
    )
    note = models.TextField(_("catatan"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)

    objects: models.Manager[SurveyFollowUp] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("tindak lanjut SKM")
        verbose_name_plural = _("tindak lanjut SKM")
        ordering = ["due_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(element__gte=1, element__lte=9),
                                   name="survey_followup_element_1_9"),
        ]

    def __str__(self) -> str:
        return f"U{self.element}: {self.action[:40]}"
