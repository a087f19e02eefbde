"""Writes to OPD, service unit and product. Each call is one transaction and one audit event."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot, update_with_audit
from pantau.tenancy.models import Agency, Region, ServiceProduct, ServiceUnit

AGENCY_FIELDS = ("name", "short_name", "kind", "head_name", "is_active")
UNIT_FIELDS = ("agency", "name", "kind", "address", "is_active")
PRODUCT_FIELDS = ("name", "is_active")


def _check_agency_unique(
    *, region: Region, name: str, short_name: str, exclude: int | None
) -> None:
    others = Agency.objects.filter(region=region)
    if exclude is not None:
        others = others.exclude(pk=exclude)
    errors = {}
    if others.filter(name__iexact=name.strip()).exists():
        errors["name"] = _("OPD bernama “%(name)s” sudah ada di Pemda ini.") % {"name": name}
    if others.filter(short_name__iexact=short_name.strip()).exists():
        errors["short_name"] = _("Singkatan “%(short)s” sudah dipakai OPD lain.") % {
            "short": short_name
        }
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def agency_create(*, actor: Any, region: Region, **data: Any) -> Agency:
    _check_agency_unique(
        region=region, name=data["name"], short_name=data["short_name"], exclude=None
    )
    agency = Agency.objects.create(region=region, **data)
    audit_record(
        actor=actor, action="tenancy.agency.created", obj=agency,
        changes=diff({}, snapshot(agency, AGENCY_FIELDS)),
    )
    return agency


@transaction.atomic
def agency_update(*, actor: Any, agency: Agency, **data: Any) -> Agency:
    _check_agency_unique(
        region=agency.region,
        name=data.get("name", agency.name),
        short_name=data.get("short_name", agency.short_name),
        exclude=agency.pk,
    )
    update_with_audit(actor=actor, instance=agency, fields=AGENCY_FIELDS, data=data,
                      action="tenancy.agency.updated")
    return agency


@transaction.atomic
def agency_set_active(*, actor: Any, agency: Agency, active: bool) -> Agency:
    """Deactivating an OPD also deactivates its service units (each audited); reactivating it
    leaves the units as they are, since some may have been closed on purpose."""
    agency = agency_update(actor=actor, agency=agency, is_active=active)
    if not active:
        for unit in ServiceUnit.objects.filter(agency=agency, is_active=True):
            unit_update(actor=actor, unit=unit, is_active=False)
    return agency


def _check_unit_unique(*, region: Region, name: str, exclude: int | None) -> None:
    same_name = ServiceUnit.objects.filter(region=region, name__iexact=name.strip())
    if exclude is not None:
        same_name = same_name.exclude(pk=exclude)
    if same_name.exists():
        raise ValidationError(
            {"name": _("Unit layanan bernama “%(name)s” sudah ada.") % {"name": name}}
        )


@transaction.atomic
def unit_create(*, actor: Any, agency: Agency, **data: Any) -> ServiceUnit:
    _check_unit_unique(region=agency.region, name=data["name"], exclude=None)
    unit = ServiceUnit.objects.create(region=agency.region, agency=agency, **data)
    audit_record(
        actor=actor, action="tenancy.unit.created", obj=unit,
        changes=diff({}, snapshot(unit, UNIT_FIELDS)),
    )
    return unit


@transaction.atomic
def unit_update(*, actor: Any, unit: ServiceUnit, **data: Any) -> ServiceUnit:
    _check_unit_unique(region=unit.region, name=data.get("name", unit.name), exclude=unit.pk)
    update_with_audit(actor=actor, instance=unit, fields=UNIT_FIELDS, data=data,
                      action="tenancy.unit.updated")
    return unit


def unit_set_active(*, actor: Any, unit: ServiceUnit, active: bool) -> ServiceUnit:
    return unit_update(actor=actor, unit=unit, is_active=active)


def _check_product_unique(*, unit: ServiceUnit, name: str, exclude: int | None) -> None:
    same_name = ServiceProduct.objects.filter(unit=unit, name__iexact=name.strip())
    if exclude is not None:
        same_name = same_name.exclude(pk=exclude)
    if same_name.exists():
        raise ValidationError(
            {"name": _("Produk layanan “%(name)s” sudah ada di unit ini.") % {"name": name}}
        )


@transaction.atomic
def product_create(*, actor: Any, unit: ServiceUnit, **data: Any) -> ServiceProduct:
    _check_product_unique(unit=unit, name=data["name"], exclude=None)
    product = ServiceProduct.objects.create(region=unit.region, unit=unit, **data)
    audit_record(
        actor=actor, action="tenancy.product.created", obj=product,
        changes=diff({}, snapshot(product, PRODUCT_FIELDS)),
    )
    return product


@transaction.atomic
def product_update(*, actor: Any, product: ServiceProduct, **data: Any) -> ServiceProduct:
    _check_product_unique(unit=product.unit, name=data.get("name", product.name),
                          exclude=product.pk)
    update_with_audit(actor=actor, instance=product, fields=PRODUCT_FIELDS, data=data,
                      action="tenancy.product.updated")
    return product


def product_set_active(*, actor: Any, product: ServiceProduct, active: bool) -> ServiceProduct:
    return product_update(actor=actor, product=product, is_active=active)
