"""A year's set of priority indicators: copied from the year before, else from the seed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.leadership.models import PriorityIndicator, SubIndicator
from pantau.leadership.seed.priority import seeds_for
from pantau.tenancy.models import Region


def indicator_set_prepare(*, region: Region, year: int, actor: Any) -> list[PriorityIndicator]:
    """Creates the year's indicators. The latest earlier year is copied with its sub-indicators
    and responsible OPDs (what the Pemda edited carries over); a Pemda's first year is seeded.
    Refused when the year already has indicators."""
    if PriorityIndicator.objects.filter(region=region, year=year).exists():
        raise ValidationError(_("Indikator prioritas tahun %(year)s sudah ada.") % {"year": year})
    earlier = (PriorityIndicator.objects.filter(region=region, year__lt=year)
               .order_by("-year").values_list("year", flat=True).first())
    with transaction.atomic():
        if earlier is not None:
            created = _copy_year(region=region, source_year=earlier, year=year)
            note = _("disalin dari tahun %(year)s") % {"year": earlier}
        else:
            created = _seed_year(region=region, year=year)
            note = _("dari daftar bawaan")
        audit_record(actor=actor, action="leadership.indicators.prepared", region=region,
                     changes={"year": year, "count": len(created)}, note=note)
    return created


def _copy_year(*, region: Region, source_year: int, year: int) -> list[PriorityIndicator]:
    created = []
    sources = (PriorityIndicator.objects.filter(region=region, year=source_year)
               .prefetch_related("sub_indicators", "responsible_agencies").order_by("position"))
    for source in sources:
        indicator = PriorityIndicator.objects.create(
            region=region, year=year, position=source.position, code=source.code,
            name=source.name, aspect=source.aspect, description=source.description,
            is_active=source.is_active)
        indicator.responsible_agencies.set(source.responsible_agencies.all())
        SubIndicator.objects.bulk_create(SubIndicator(
            region=region, indicator=indicator, position=sub.position, name=sub.name,
            unit=sub.unit, polarity=sub.polarity, band_low=sub.band_low, band_high=sub.band_high,
            data_source=sub.data_source, source_kind=sub.source_kind,
            performance_indicator=sub.performance_indicator)
            for sub in source.sub_indicators.all())
        created.append(indicator)
    return created


def _seed_year(*, region: Region, year: int) -> list[PriorityIndicator]:
    created = []
    for position, seed in enumerate(seeds_for(year), start=1):
        indicator = PriorityIndicator.objects.create(
            region=region, year=year, position=position, code=seed.code, name=seed.name,
            aspect=seed.aspect)
        SubIndicator.objects.bulk_create(SubIndicator(
            region=region, indicator=indicator, position=sub_position, name=sub.name,
            unit=sub.unit, polarity=sub.polarity, data_source=sub.data_source,
            source_kind=sub.source,
            band_low=Decimal(sub.band[0]) if sub.band else None,
            band_high=Decimal(sub.band[1]) if sub.band else None)
            for sub_position, sub in enumerate(seed.subs, start=1))
        created.append(indicator)
    return created
