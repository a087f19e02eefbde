"""The tenant (Region = Pemda) and what belongs to it.

Every tenant row carries ``region`` directly, even where a join would reach it: it is the scope of
every query and the distribution key should one PostgreSQL grow into a distributed one.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class RegionKind(models.TextChoices):
    PROVINSI = "provinsi", _("Provinsi")
    KABUPATEN = "kabupaten", _("Kabupaten")
    KOTA = "kota", _("Kota")


class RegionTimezone(models.TextChoices):
    WIB = "Asia/Jakarta", _("WIB (Asia/Jakarta)")
    WITA = "Asia/Makassar", _("WITA (Asia/Makassar)")
    WIT = "Asia/Jayapura", _("WIT (Asia/Jayapura)")


class Region(models.Model):
    """A Pemda: the tenant."""

    kind = models.CharField(_("jenis"), max_length=10, choices=RegionKind.choices)
    name = models.CharField(_("nama"), max_length=120)
    code = models.CharField(_("kode Kemendagri"), max_length=13, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    timezone = models.CharField(
        _("zona waktu"), max_length=20, choices=RegionTimezone.choices, default=RegionTimezone.WIB
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("provinsi induk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"kind": RegionKind.PROVINSI},
    )
    is_active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("Pemda")
        verbose_name_plural = _("Pemda")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class AgencyKind(models.TextChoices):
    DINAS = "dinas", _("Dinas")
    BADAN = "badan", _("Badan")
    SEKRETARIAT = "sekretariat", _("Sekretariat")
    INSPEKTORAT = "inspektorat", _("Inspektorat")
    KECAMATAN = "kecamatan", _("Kecamatan")
    BAGIAN = "bagian", _("Bagian")
    RSUD = "rsud", _("RSUD")


class Agency(models.Model):
    """An OPD (perangkat daerah)."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="agencies")
    name = models.CharField(_("nama OPD"), max_length=200)
    short_name = models.CharField(_("singkatan"), max_length=40)
    kind = models.CharField(_("jenis"), max_length=12, choices=AgencyKind.choices)
    head_name = models.CharField(_("nama kepala"), max_length=150, blank=True)
    is_active = models.BooleanField(_("aktif"), default=True)

    objects: models.Manager[Agency] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("OPD")
        verbose_name_plural = _("OPD")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["region", "name"], name="agency_unique_name"),
            models.UniqueConstraint(fields=["region", "short_name"], name="agency_unique_short"),
        ]

    def __str__(self) -> str:
        return self.name


class UnitKind(models.TextChoices):
    FRONT_OFFICE = "front_office", _("Front office / loket OPD")
    PUSKESMAS = "puskesmas", _("Puskesmas")
    UPTD = "uptd", _("UPTD / UPT")
    RSUD = "rsud", _("RSUD")
    MPP = "mpp", _("Loket MPP")
    KECAMATAN = "kecamatan", _("Layanan kecamatan (PATEN)")


class ServiceUnit(models.Model):
    """A place where the public is served."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    agency = models.ForeignKey(
        Agency, verbose_name=_("OPD"), on_delete=models.PROTECT, related_name="units"
    )
    name = models.CharField(_("nama unit layanan"), max_length=200)
    kind = models.CharField(_("jenis"), max_length=14, choices=UnitKind.choices)
    address = models.CharField(_("alamat"), max_length=300, blank=True)
    is_active = models.BooleanField(_("aktif"), default=True)

    objects: models.Manager[ServiceUnit] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("unit layanan")
        verbose_name_plural = _("unit layanan")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["region", "name"], name="unit_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name


class ServiceProduct(models.Model):
    """One service delivered by a unit (KTP-el, izin usaha, imunisasi, ...)."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey(
        ServiceUnit, verbose_name=_("unit layanan"), on_delete=models.PROTECT,
        related_name="products",
    )
    name = models.CharField(_("nama produk layanan"), max_length=200)
    is_active = models.BooleanField(_("aktif"), default=True)

    objects: models.Manager[ServiceProduct] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("produk layanan")
        verbose_name_plural = _("produk layanan")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "name"], name="product_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name


class PeriodStatus(models.TextChoices):
    OPEN = "open", _("Terbuka")
    CLOSED = "closed", _("Ditutup")


class Period(models.Model):
    """A reporting period: a year, or one quarter (triwulan) of it."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("tahun"))
    quarter = models.PositiveSmallIntegerField(
        _("triwulan"), null=True, blank=True, choices=[(q, f"TW {'I' * q if q < 4 else 'IV'}")
                                                     for q in range(1, 5)]
    )
    status = models.CharField(
        _("status"), max_length=8, choices=PeriodStatus.choices, default=PeriodStatus.OPEN
    )

    objects: models.Manager[Period] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("periode")
        verbose_name_plural = _("periode")
        ordering = ["-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(fields=["region", "year", "quarter"], name="period_unique"),
            models.UniqueConstraint(
                fields=["region", "year"], condition=models.Q(quarter__isnull=True),
                name="period_unique_annual",
            ),
            models.CheckConstraint(
                condition=models.Q(quarter__isnull=True) | models.Q(quarter__range=(1, 4)),
                name="period_quarter_1_4",
            ),
        ]

    def __str__(self) -> str:
        if self.quarter is None:
            return str(self.year)
        return f"{self.get_quarter_display()} {self.year}"


class Role(models.TextChoices):
    ADMIN = "admin", _("Admin Pemda")
    EVALUATOR = "evaluator", _("Evaluator")
    OPERATOR = "operator", _("Operator OPD")
    AGENCY_HEAD = "agency_head", _("Kepala OPD")
    LEADER = "leader", _("Pimpinan")
    ASSESSOR = "assessor", _("Penilai eksternal")


# Roles whose work is one OPD's: the membership must name it.
AGENCY_ROLES = frozenset({Role.OPERATOR, Role.AGENCY_HEAD})

# A person invited by email who never set a password (Django marks that password with "!")
# cannot log in yet: they have not accepted the invitation.
PASSWORD_NOT_SET = models.Q(user__password__startswith=UNUSABLE_PASSWORD_PREFIX)


class Membership(models.Model):
    """A user's role in one Pemda, limited to one OPD for operators and heads.

    A membership offered to someone who already has an account waits for them to accept it
    (``accepted_at`` empty) and opens nothing until then. Someone invited without an account
    accepts by setting their password (``awaits_password`` until then).
    """

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("peran"), max_length=12, choices=Role.choices)
    agency = models.ForeignKey(
        Agency, verbose_name=_("OPD"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="memberships",
    )
    is_active = models.BooleanField(_("aktif"), default=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("diterima"), null=True, blank=True, default=timezone.now)
    invitation_sent_at = models.DateTimeField(_("undangan dikirim"), null=True, blank=True)

    objects: models.Manager[Membership] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("keanggotaan")
        verbose_name_plural = _("keanggotaan")
        constraints = [
            models.UniqueConstraint(fields=["region", "user"], name="membership_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.get_role_display()}"

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None

    @property
    def awaits_password(self) -> bool:
        return not self.user.has_usable_password()

    @property
    def awaits_answer(self) -> bool:
        """The invitation is not accepted yet, so it may be sent again."""
        return self.is_pending or self.awaits_password

    @property
    def person(self) -> str:
        """How the Pemda names the member: until they accept, only by the email it typed."""
        return self.user.email if self.is_pending else str(self.user)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN
