"""Facts of the service-standards register (UU 25/2009): the standards of a unit's active
products (complete, enacted, displayed, reviewed) and its maklumat pelayanan.

A product fact is the share of the unit's *active* products whose standard meets it; a unit
without an active product meets none. Each fact is checked as at the end of the year (a decree
dated later does not count for the year).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from pantau.compliance.models import COMPONENTS, ServiceStandard, UnitMaklumat
from pantau.compliance.selectors.auto_facts.registry import (
    FactKey,
    Met,
    SourceFact,
    register_auto_source,
    share,
    shared,
)
from pantau.compliance.selectors.standards import filled_components
from pantau.scoring.numbers import format_number
from pantau.tenancy.models import ServiceProduct

NAMES_SHOWN = 3


def register_url(unit_id: int) -> str:
    """The register's page of one unit (its products' standards and its maklumat)."""
    return reverse("compliance_standards:unit", args=[unit_id])


def _number(value: int) -> str:
    return format_number(Decimal(value))


def _date(value: datetime.date) -> str:
    return formats.date_format(value)  # DATE_FORMAT


def year_end(year: int) -> datetime.date:
    return datetime.date(year, 12, 31)


def review_window(year: int) -> tuple[datetime.date, datetime.date]:
    """(exclusive start, inclusive end) of the 12 months a review must fall in: up to the end
    of the year, or up to today while the year runs."""
    end = min(timezone.localdate(), year_end(year))
    try:
        start = end.replace(year=end.year - 1)
    except ValueError:  # 29 February
        start = end.replace(year=end.year - 1, day=28)
    return start, end


def _products(region: Any, units: Sequence[Any]) -> dict[int, list[ServiceProduct]]:
    """Each unit's active products with their standard (one query, once per call)."""
    key = ("products", region.pk, tuple(unit.pk for unit in units))
    return shared(key, lambda: _read_products(region, units))


def _read_products(region: Any, units: Sequence[Any]) -> dict[int, list[ServiceProduct]]:
    rows = (ServiceProduct.objects.filter(region=region, unit_id__in=[u.pk for u in units],
                                          is_active=True)
            .select_related("standard").order_by("unit_id", "name", "pk"))
    grouped: dict[int, list[ServiceProduct]] = {unit.pk: [] for unit in units}
    for product in rows:
        grouped[product.unit_id].append(product)
    return grouped


def standard_of(product: ServiceProduct) -> ServiceStandard | None:
    try:
        return product.standard
    except ServiceStandard.DoesNotExist:
        return None


def _names(products: Sequence[ServiceProduct], describe: Callable[[ServiceProduct], str]) -> str:
    shown = [describe(product) for product in products[:NAMES_SHOWN]]
    more = len(products) - NAMES_SHOWN
    if more > 0:
        shown.append(_("dan %(count)s lainnya") % {"count": _number(more)})
    return ", ".join(shown)


def _product_facts(region: Any, units: Sequence[Any], what: str,
                   meets: Callable[[ServiceStandard], bool],
                   describe: Callable[[ServiceProduct], str] = lambda p: p.name,
                   ) -> dict[FactKey, SourceFact]:
    """``what``: the fact in words; ``meets``: whether one product's standard meets it."""
    facts: dict[FactKey, SourceFact] = {}
    for unit_id, products in _products(region, units).items():
        url = register_url(unit_id)
        if not products:
            facts[unit_id] = SourceFact(False, _(
                "%(what)s: unit belum punya produk layanan aktif.") % {"what": what}, url)
            continue
        missing = [p for p in products if (s := standard_of(p)) is None or not meets(s)]
        met: Met = share(len(products) - len(missing), len(products))
        text = _("%(what)s: %(done)s dari %(total)s produk layanan aktif.") % {
            "what": what, "done": _number(len(products) - len(missing)),
            "total": _number(len(products))}
        if missing:
            text += " " + _("Belum: %(names)s.") % {"names": _names(missing, describe)}
        facts[unit_id] = SourceFact(met, text, url)
    return facts


def _enacted(standard: ServiceStandard, year: int) -> bool:
    return (standard.enacted_on is not None and standard.enacted_on <= year_end(year)
            and bool(standard.decree.strip()))


@register_auto_source("standard_complete")
def standard_complete(*, region: Any, year: int, units: Sequence[Any],
                      indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Met: every active product's standard has all 14 components filled in."""
    total = len(COMPONENTS)

    def describe(product: ServiceProduct) -> str:
        return _("%(name)s (%(filled)s dari %(total)s komponen)") % {
            "name": product.name, "filled": _number(filled_components(standard_of(product))),
            "total": _number(total)}

    return _product_facts(region, units, _("Standar pelayanan memuat 14 komponen"),
                          lambda s: filled_components(s) == total, describe)


@register_auto_source("standard_enacted")
def standard_enacted(*, region: Any, year: int, units: Sequence[Any],
                     indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Met: every active product's standard has an enactment date (on or before the end of the
    year) and a decree number."""
    return _product_facts(
        region, units, _("Standar pelayanan ditetapkan dengan keputusan (tanggal dan nomor) "
                         "paling lambat %(date)s") % {"date": _date(year_end(year))},
        lambda s: _enacted(s, year))


def _displayed(standard: ServiceStandard) -> bool:
    return (standard.displayed_at_counter and bool(standard.counter_photo)
            and standard.displayed_online
            and bool(standard.online_url.strip() or standard.online_photo))


@register_auto_source("standard_displayed")
def standard_displayed(*, region: Any, year: int, units: Sequence[Any],
                       indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Met: every active product's standard is displayed at the counter (with a photo) and
    online (with the address or a screenshot)."""
    return _product_facts(
        region, units, _("Standar pelayanan terpajang di loket (dengan foto) dan dipublikasikan "
                         "daring (dengan alamat atau tangkapan layar)"), _displayed)


@register_auto_source("standard_reviewed")
def standard_reviewed(*, region: Any, year: int, units: Sequence[Any],
                      indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Met: every active product's standard was last reviewed within the 12 months up to the end
    of the year (up to today while the year runs), with the public involved."""
    start, end = review_window(year)

    def reviewed(standard: ServiceStandard) -> bool:
        on = standard.last_reviewed_on
        return on is not None and start < on <= end and standard.public_involved

    return _product_facts(
        region, units, _("Standar pelayanan ditinjau ulang antara %(start)s dan %(end)s dengan "
                         "melibatkan masyarakat") % {"start": _date(start), "end": _date(end)},
        reviewed)


@register_auto_source("maklumat")
def maklumat(*, region: Any, year: int, units: Sequence[Any],
             indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Three steps in order: the maklumat exists (its text), is enacted (date on or before the
    end of the year and decree number), is displayed at the unit (with a photo). Met: all
    three; in part: the steps reached before the first one missing, of three."""
    pledges = {m.unit_id: m for m in UnitMaklumat.objects.filter(
        region=region, unit_id__in=[u.pk for u in units])}
    facts: dict[FactKey, SourceFact] = {}
    for unit in units:
        url = register_url(unit.pk)
        pledge = pledges.get(unit.pk)
        if pledge is None or not pledge.text.strip():
            facts[unit.pk] = SourceFact(False, _("Maklumat pelayanan belum ada."), url)
            continue
        enacted = (pledge.enacted_on is not None and pledge.enacted_on <= year_end(year)
                   and bool(pledge.decree.strip()))
        if not enacted:
            facts[unit.pk] = SourceFact(share(1, 3), _(
                "Maklumat pelayanan ada, tetapi belum ditetapkan (tanggal dan nomor keputusan "
                "paling lambat %(date)s).") % {"date": _date(year_end(year))}, url)
            continue
        decree = _("ditetapkan %(date)s dengan %(decree)s") % {
            "date": _date(pledge.enacted_on), "decree": pledge.decree.strip()}  # type: ignore[arg-type]
        if not (pledge.displayed and pledge.photo):
            facts[unit.pk] = SourceFact(share(2, 3), _(
                "Maklumat pelayanan %(decree)s, tetapi belum terpajang di unit dengan foto.")
                % {"decree": decree}, url)
            continue
        online = _(", juga dipublikasikan daring") if pledge.displayed_online else ""
        facts[unit.pk] = SourceFact(True, _(
            "Maklumat pelayanan %(decree)s, terpajang di unit dengan foto%(online)s.")
            % {"decree": decree, "online": online}, url)
    return facts
