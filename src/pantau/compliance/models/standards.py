"""The service-standards register: UU 25/2009 pasal 21 (14 components) and the maklumat."""

from __future__ import annotations

from typing import Any, NamedTuple

from django.conf import settings
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Component(NamedTuple):
    field: str
    label: str | Promise
    public: bool  # published to users (service delivery) or internal (manufacturing)


COMPONENTS: tuple[Component, ...] = (
    Component("requirements", _("Persyaratan"), True),
    Component("procedure", _("Sistem, mekanisme, dan prosedur"), True),
    Component("duration", _("Jangka waktu pelayanan"), True),
    Component("fee", _("Biaya/tarif"), True),
    Component("output", _("Produk pelayanan"), True),
    Component("complaints", _("Penanganan pengaduan, saran, dan masukan"), True),
    Component("legal_basis", _("Dasar hukum"), False),
    Component("facilities", _("Sarana, prasarana, dan/atau fasilitas"), False),
    Component("staff_competence", _("Kompetensi pelaksana"), False),
    Component("internal_supervision", _("Pengawasan internal"), False),
    Component("staff_count", _("Jumlah pelaksana"), False),
    Component("service_guarantee", _("Jaminan pelayanan"), False),
    Component("security_guarantee", _("Jaminan keamanan dan keselamatan pelayanan"), False),
    Component("staff_evaluation", _("Evaluasi kinerja pelaksana"), False),
)
PUBLIC_COMPONENTS = tuple(c for c in COMPONENTS if c.public)


def _component(label: Any) -> models.TextField:
    return models.TextField(label, blank=True)


class ServiceStandard(models.Model):
    """The standard of one service product: each component's text, where it is displayed
    (with photo evidence), when and by which decree it was enacted, its last review."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    product = models.OneToOneField("tenancy.ServiceProduct", verbose_name=_("produk layanan"),
                                   on_delete=models.PROTECT, related_name="standard")
    requirements = _component(_("Persyaratan"))
    procedure = _component(_("Sistem, mekanisme, dan prosedur"))
    duration = _component(_("Jangka waktu pelayanan"))
    fee = _component(_("Biaya/tarif"))
    output = _component(_("Produk pelayanan"))  # ``product`` is the service product itself
    complaints = _component(_("Penanganan pengaduan, saran, dan masukan"))
    legal_basis = _component(_("Dasar hukum"))
    facilities = _component(_("Sarana, prasarana, dan/atau fasilitas"))
    staff_competence = _component(_("Kompetensi pelaksana"))
    internal_supervision = _component(_("Pengawasan internal"))
    staff_count = _component(_("Jumlah pelaksana"))
    service_guarantee = _component(_("Jaminan pelayanan"))
    security_guarantee = _component(_("Jaminan keamanan dan keselamatan pelayanan"))
    staff_evaluation = _component(_("Evaluasi kinerja pelaksana"))
    displayed_at_counter = models.BooleanField(_("dipajang di loket"), default=False)
    counter_photo = models.FileField(_("foto di loket"), upload_to="kepatuhan/standar/%Y/",
                                     blank=True)
    displayed_online = models.BooleanField(_("dipublikasikan daring"), default=False)
    online_url = models.URLField(_("alamat publikasi daring"), max_length=500, blank=True)
    online_photo = models.FileField(_("tangkapan layar publikasi daring"),
                                    upload_to="kepatuhan/standar/%Y/", blank=True)
    enacted_on = models.DateField(_("tanggal penetapan"), null=True, blank=True)
    decree = models.CharField(_("nomor keputusan penetapan"), max_length=200, blank=True)
    last_reviewed_on = models.DateField(_("peninjauan terakhir"), null=True, blank=True)
    public_involved = models.BooleanField(_("melibatkan masyarakat"), default=False)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+")

    objects: models.Manager[ServiceStandard] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("standar pelayanan")
        verbose_name_plural = _("standar pelayanan")

    def __str__(self) -> str:
        return f"Standar pelayanan {self.product}"


class UnitMaklumat(models.Model):
    """A unit's maklumat pelayanan (service pledge)."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    unit = models.OneToOneField("tenancy.ServiceUnit", verbose_name=_("unit layanan"),
                                on_delete=models.PROTECT, related_name="maklumat")
    text = models.TextField(_("isi maklumat"))
    enacted_on = models.DateField(_("tanggal penetapan"), null=True, blank=True)
    decree = models.CharField(_("nomor keputusan penetapan"), max_length=200, blank=True)
    displayed = models.BooleanField(_("dipajang di unit"), default=False)
    displayed_online = models.BooleanField(_("dipublikasikan daring"), default=False)
    photo = models.FileField(_("foto maklumat terpajang"), upload_to="kepatuhan/maklumat/%Y/",
                             blank=True)
    updated_at = models.DateTimeField(_("diubah"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
        related_name="+")

    objects: models.Manager[UnitMaklumat] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("maklumat pelayanan")
        verbose_name_plural = _("maklumat pelayanan")

    def __str__(self) -> str:
        return f"Maklumat {self.unit}"
