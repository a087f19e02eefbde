"""Writes of the service-standards register: a product's standard and a unit's maklumat.

Both are the unit's OPD's: its operators and head keep them, and so does the back office
(``compliance.manage_standards`` on the unit). The pages call ``ensure_may_manage_standards``
first: anyone else is refused, and the refusal is written to the audit trail in its own
transaction before PermissionDenied.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext as _
from redis.exceptions import RedisError

from pantau.audit.services import audit_record, diff
from pantau.compliance.models import COMPONENTS, ServiceStandard, UnitMaklumat
from pantau.compliance.selectors.standards import published_cache_key
from pantau.tenancy.models import Region, ServiceProduct, ServiceUnit
from pantau.uploads import IMAGE_OR_PDF, check_upload

STANDARD_FIELDS = (*(c.field for c in COMPONENTS), "displayed_at_counter", "counter_photo",
                   "displayed_online", "online_url", "online_photo", "enacted_on", "decree",
                   "last_reviewed_on", "public_involved")
MAKLUMAT_FIELDS = ("text", "enacted_on", "decree", "displayed", "displayed_online", "photo")
logger = logging.getLogger(__name__)
EXTENSION = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}
FIRST_DAY = datetime.date(2000, 1, 1)


def ensure_may_manage_standards(*, actor: Any, unit: ServiceUnit, attempt: str) -> None:
    """PermissionDenied, audited on the unit, unless the actor keeps this unit's standards."""
    if actor.has_perm("compliance.manage_standards", unit):
        return
    with transaction.atomic():
        audit_record(actor=actor, action="compliance.service_standard.refused", obj=unit,
                     note=f"{attempt}: {unit.name} ({unit.agency.short_name})")
    raise PermissionDenied(_("Standar pelayanan unit ini dikelola OPD-nya dan Bagian "
                             "Organisasi; perubahan ditolak dan dicatat."))


def _plain(instance: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """Field values for the audit trail: files by their stored name, dates as text."""
    values = {}
    for name in fields:
        value = getattr(instance, name)
        if isinstance(value, FieldFile):
            value = value.name or ""
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        values[name] = value
    return values


def _checked_file(upload: UploadedFile | None, field: str) -> str | None:
    """The upload's real kind (image or PDF), or ValidationError on ``field``."""
    if upload is None:
        return None
    try:
        return check_upload(upload, IMAGE_OR_PDF)
    except ValidationError as error:
        raise ValidationError({field: error.messages}) from None


def _check_day(errors: dict[str, str], field: str, day: datetime.date | None,
               today: datetime.date) -> None:
    if day is not None and not FIRST_DAY <= day <= today:
        errors[field] = _("Tanggal harus antara 1 Januari 2000 dan hari ini.")


def _check_enactment(errors: dict[str, str], enacted_on: datetime.date | None,
                     decree: str) -> None:
    if enacted_on is not None and not decree:
        errors["decree"] = _("Isi nomor keputusan yang menetapkannya.")
    if decree and enacted_on is None:
        errors["enacted_on"] = _("Isi tanggal penetapan keputusan itu.")


def _forget_published(unit_id: int, region_id: int) -> None:
    """After the commit, the public page reads the unit afresh (its cached copy is dropped)."""
    keys = [published_cache_key(region_id=region_id, unit_id=unit_id, language=code)
            for code, _name in settings.LANGUAGES]

    def forget() -> None:
        try:
            cache.delete_many(keys)
        except RedisError:  # the copy then lives out its few seconds
            logger.warning("Public standards page: cache unreachable, copy not dropped")

    transaction.on_commit(forget)


def _region_of(obj: Any, region: Region) -> None:
    if obj.region_id != region.pk:
        raise ValidationError(_("Data itu bukan milik Pemda ini."))


def service_standard_update(
    *, actor: Any, region: Region, product: ServiceProduct, components: Mapping[str, str],
    displayed_at_counter: bool, displayed_online: bool, online_url: str = "",
    counter_photo: UploadedFile | None = None, online_photo: UploadedFile | None = None,
    enacted_on: datetime.date | None = None, decree: str = "",
    last_reviewed_on: datetime.date | None = None, public_involved: bool = False,
) -> ServiceStandard:
    """Sets the standard of one product (created on first save): the 14 components' text,
    display at the counter (a photo required) and online (a link or a screenshot), enactment
    (date and decree together), last review and public involvement."""
    _region_of(product, region)
    unknown = set(components) - {c.field for c in COMPONENTS}
    if unknown:
        raise ValueError(f"unknown components: {sorted(unknown)}")
    standard = (ServiceStandard.objects.filter(product=product).first()
                or ServiceStandard(region=region, product=product))
    today = timezone.localdate()
    decree, online_url = decree.strip(), online_url.strip()
    errors: dict[str, str] = {}
    _check_day(errors, "enacted_on", enacted_on, today)
    _check_day(errors, "last_reviewed_on", last_reviewed_on, today)
    _check_enactment(errors, enacted_on, decree)
    if online_url:
        try:
            URLValidator(schemes=["http", "https"])(online_url)
        except ValidationError:
            errors["online_url"] = _("Isi alamat situs yang benar, mis. https://…")
    if displayed_at_counter and counter_photo is None and not standard.counter_photo:
        errors["counter_photo"] = _("Lampirkan foto standar yang terpajang di loket.")
    if displayed_online and not online_url and online_photo is None \
            and not standard.online_photo:
        errors["online_url"] = _("Isi alamat publikasi daring atau lampirkan tangkapan layarnya.")
    if errors:
        raise ValidationError(errors)
    counter_kind = _checked_file(counter_photo, "counter_photo")
    online_kind = _checked_file(online_photo, "online_photo")
    with transaction.atomic():
        before = _plain(standard, STANDARD_FIELDS) if standard.pk else {}
        for component in COMPONENTS:
            setattr(standard, component.field, components.get(component.field, "").strip())
        standard.displayed_at_counter, standard.displayed_online = (displayed_at_counter,
                                                                    displayed_online)
        standard.online_url, standard.decree = online_url, decree
        standard.enacted_on, standard.last_reviewed_on = enacted_on, last_reviewed_on
        standard.public_involved = public_involved
        if counter_photo is not None and counter_kind:
            standard.counter_photo.save(f"loket-{product.pk}.{EXTENSION[counter_kind]}",
                                        counter_photo, save=False)
        if online_photo is not None and online_kind:
            standard.online_photo.save(f"daring-{product.pk}.{EXTENSION[online_kind]}",
                                       online_photo, save=False)
        changes = diff(before, _plain(standard, STANDARD_FIELDS))
        if changes or standard.pk is None:
            standard.updated_by = actor
            standard.save()
            audit_record(actor=actor, action="compliance.service_standard.updated",
                         obj=standard, changes=changes, note=product.name)
            _forget_published(product.unit_id, region.pk)
    return standard


def unit_maklumat_update(
    *, actor: Any, region: Region, unit: ServiceUnit, text: str, displayed: bool,
    displayed_online: bool = False, photo: UploadedFile | None = None,
    enacted_on: datetime.date | None = None, decree: str = "",
) -> UnitMaklumat:
    """Sets a unit's maklumat pelayanan: its text, enactment, display (a photo required)."""
    _region_of(unit, region)
    maklumat = (UnitMaklumat.objects.filter(unit=unit).first()
                or UnitMaklumat(region=region, unit=unit))
    text, decree = text.strip(), decree.strip()
    errors: dict[str, str] = {}
    if not text:
        errors["text"] = _("Isi maklumat pelayanan tidak boleh kosong.")
    _check_day(errors, "enacted_on", enacted_on, timezone.localdate())
    _check_enactment(errors, enacted_on, decree)
    if displayed and photo is None and not maklumat.photo:
        errors["photo"] = _("Lampirkan foto maklumat yang terpajang di unit.")
    if errors:
        raise ValidationError(errors)
    kind = _checked_file(photo, "photo")
    with transaction.atomic():
        before = _plain(maklumat, MAKLUMAT_FIELDS) if maklumat.pk else {}
        maklumat.text, maklumat.decree, maklumat.enacted_on = text, decree, enacted_on
        maklumat.displayed, maklumat.displayed_online = displayed, displayed_online
        if photo is not None and kind:
            maklumat.photo.save(f"maklumat-{unit.pk}.{EXTENSION[kind]}", photo, save=False)
        changes = diff(before, _plain(maklumat, MAKLUMAT_FIELDS))
        if changes or maklumat.pk is None:
            maklumat.updated_by = actor
            maklumat.save()
            audit_record(actor=actor, action="compliance.unit_maklumat.updated", obj=maklumat,
                         changes=changes, note=unit.name)
            _forget_published(unit.pk, region.pk)
    return maklumat
