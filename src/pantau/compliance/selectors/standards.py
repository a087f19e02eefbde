"""The service-standards register: each active product's standard with its completeness
(components filled of 14), enactment, display, review and the unit's maklumat, added up per
unit, OPD and Pemda; and what a unit publishes (the six public components and the maklumat).

Completeness = components filled / components expected (14 per active product), in percent
with 2 decimals half-up (``pantau.scoring.numbers.percent``): a unit's, an OPD's and the
Pemda's are the same sum over their products, so a product without a standard counts as 0 of
14 and a unit without products has no figure (–). Reads a fixed number of queries whatever the
size of the Pemda.
"""

from __future__ import annotations

import calendar
import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from pantau.compliance.models import (
    COMPONENTS,
    PUBLIC_COMPONENTS,
    Component,
    ServiceStandard,
    UnitMaklumat,
)
from pantau.scoring.numbers import percent
from pantau.tenancy.models import Agency, ServiceProduct, ServiceUnit
from pantau.tenancy.selectors import agency_ids_visible_to

REVIEW_MONTHS = 12  # a standard is evaluated periodically; older than this → "perlu ditinjau"


def filled_components(standard: ServiceStandard | None) -> int:
    """How many of the 14 components have text."""
    if standard is None:
        return 0
    return sum(1 for c in COMPONENTS if (getattr(standard, c.field) or "").strip())


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last))


def review_due(standard: ServiceStandard | None, *, today: datetime.date) -> bool:
    """Due when the later of the standard's last review and its enactment is more than 12
    months before today. A draft never enacted nor reviewed is not "due": it is shown as not
    enacted instead."""
    if standard is None:
        return False
    latest = max(filter(None, (standard.last_reviewed_on, standard.enacted_on)), default=None)
    return latest is not None and latest < months_before(today, REVIEW_MONTHS)


@dataclass(frozen=True)
class ProductLine:
    product: ServiceProduct
    standard: ServiceStandard | None
    filled: int
    review_due: bool

    @property
    def completeness(self) -> Decimal | None:
        return percent(self.filled, len(COMPONENTS))

    @property
    def complete(self) -> bool:
        return self.filled == len(COMPONENTS)

    @property
    def enacted(self) -> bool:
        return self.standard is not None and self.standard.enacted_on is not None

    @property
    def at_counter(self) -> bool:
        return self.standard is not None and self.standard.displayed_at_counter

    @property
    def online(self) -> bool:
        return self.standard is not None and self.standard.displayed_online

    @property
    def reviewed_on(self) -> datetime.date | None:
        return self.standard.last_reviewed_on if self.standard else None

    @property
    def texts(self) -> list[tuple[Component, str]]:
        """Each of the 14 components with its text ("" when not filled)."""
        return [(c, (getattr(self.standard, c.field) or "").strip() if self.standard else "")
                for c in COMPONENTS]


@dataclass
class Tally:
    """Components filled of expected, and counts of products, over some products."""

    filled: int = 0
    expected: int = 0
    products: int = 0
    complete: int = 0
    enacted: int = 0
    displayed: int = 0
    review_due: int = 0

    def add(self, line: ProductLine) -> None:
        self.filled += line.filled
        self.expected += len(COMPONENTS)
        self.products += 1
        self.complete += line.complete
        self.enacted += line.enacted
        self.displayed += line.at_counter or line.online
        self.review_due += line.review_due

    def merge(self, other: Tally) -> None:
        for name in ("filled", "expected", "products", "complete", "enacted", "displayed",
                     "review_due"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def completeness(self) -> Decimal | None:
        return percent(self.filled, self.expected)


MAKLUMAT_STATES = {"none": _("Belum ada"), "draft": _("Ada, belum ditetapkan"),
                   "enacted": _("Ditetapkan"), "displayed": _("Ditetapkan, dipajang")}


@dataclass
class UnitLine:
    unit: ServiceUnit
    maklumat: UnitMaklumat | None
    products: list[ProductLine] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)

    @property
    def maklumat_state(self) -> str:
        """none / draft (text, not enacted) / enacted / displayed (enacted and displayed)."""
        if self.maklumat is None or not self.maklumat.text.strip():
            return "none"
        if self.maklumat.enacted_on is None:
            return "draft"
        return "displayed" if self.maklumat.displayed else "enacted"

    @property
    def maklumat_label(self) -> str:
        return str(MAKLUMAT_STATES[self.maklumat_state])


@dataclass
class AgencyLine:
    agency: Agency
    units: list[UnitLine] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    maklumat: int = 0  # units with a maklumat


@dataclass
class Register:
    agencies: list[AgencyLine]
    tally: Tally
    units: int
    maklumat: int
    whole_region: bool  # every OPD of the Pemda is in it (the Pemda figure may be shown)

    @property
    def maklumat_share(self) -> Decimal | None:
        return percent(self.maklumat, self.units)


def register(*, region: Any, user: Any, today: datetime.date,
             agency_id: int | None = None) -> Register:
    """The register of the OPDs the user reads (``agency_ids_visible_to``), or of one OPD."""
    visible = agency_ids_visible_to(user=user)
    units = ServiceUnit.objects.filter(region=region, is_active=True, agency__is_active=True)
    if visible is not None:
        units = units.filter(agency_id__in=visible)
    if agency_id is not None:
        units = units.filter(agency_id=agency_id)
    unit_rows = list(units.select_related("agency").order_by("agency__name", "name"))
    return _build(unit_rows, today=today,
                  whole_region=visible is None and agency_id is None)


def unit_register(*, unit: ServiceUnit, today: datetime.date) -> UnitLine:
    """One unit's line (its active products and maklumat)."""
    return _build([unit], today=today, whole_region=False).agencies[0].units[0]


def _build(unit_rows: Sequence[ServiceUnit], *, today: datetime.date,
           whole_region: bool) -> Register:
    unit_ids = [u.pk for u in unit_rows]
    products = (ServiceProduct.objects.filter(unit_id__in=unit_ids, is_active=True)
                .select_related("standard").order_by("name"))
    by_unit: dict[int, list[ProductLine]] = defaultdict(list)
    for product in products:
        standard = getattr(product, "standard", None)
        by_unit[product.unit_id].append(ProductLine(
            product=product, standard=standard, filled=filled_components(standard),
            review_due=review_due(standard, today=today)))
    maklumat = {m.unit_id: m for m in UnitMaklumat.objects.filter(unit_id__in=unit_ids)}
    agencies: dict[int, AgencyLine] = {}
    total = Tally()
    for unit in unit_rows:
        line = UnitLine(unit=unit, maklumat=maklumat.get(unit.pk), products=by_unit[unit.pk])
        for product_line in line.products:
            line.tally.add(product_line)
        agency = agencies.setdefault(unit.agency_id, AgencyLine(agency=unit.agency))
        agency.units.append(line)
        agency.tally.merge(line.tally)
        agency.maklumat += line.maklumat_state != "none"
        total.merge(line.tally)
    lines = list(agencies.values())
    return Register(agencies=lines, tally=total, units=len(unit_rows),
                    maklumat=sum(a.maklumat for a in lines), whole_region=whole_region)


def completeness_chart(lines: Iterable[AgencyLine]) -> list[dict[str, Any]]:
    """Per OPD its completeness (0–100) for the chart, plain numbers, highest first."""
    points = [{"label": line.agency.short_name or line.agency.name,
               "value": float(line.tally.completeness)}
              for line in lines if line.tally.completeness is not None]
    return sorted(points, key=lambda p: (-p["value"], p["label"]))


@dataclass(frozen=True)
class PublicProduct:
    name: str
    enacted_on: datetime.date | None
    decree: str
    components: tuple[tuple[str, str], ...]  # (label, text) of the six public components

    @property
    def has_text(self) -> bool:
        return any(text for _label, text in self.components)


@dataclass(frozen=True)
class PublicMaklumat:
    text: str
    enacted_on: datetime.date | None
    decree: str


@dataclass(frozen=True)
class PublishedStandards:
    """What a unit publishes: plain values only (cached and shown to anyone)."""

    region_name: str
    region_slug: str
    agency_name: str
    unit_name: str
    unit_address: str
    products: tuple[PublicProduct, ...]
    maklumat: PublicMaklumat | None


def published_cache_key(*, region_id: int, unit_id: int, language: str) -> str:
    """Where the public page keeps a unit's ``PublishedStandards`` for one language."""
    return f"compliance:standar-publik:{region_id}:{unit_id}:{language}"


def published_standards(*, unit: ServiceUnit) -> PublishedStandards:
    """The six public components of each active product of the unit and its maklumat; the
    internal components, photos and who edited are never in it."""
    products = (ServiceProduct.objects.filter(unit=unit, is_active=True)
                .select_related("standard").order_by("name"))
    shown = []
    for product in products:
        standard = getattr(product, "standard", None)
        shown.append(PublicProduct(
            name=product.name,
            enacted_on=standard.enacted_on if standard else None,
            decree=standard.decree if standard else "",
            components=tuple((str(c.label), (getattr(standard, c.field) or "").strip()
                              if standard else "") for c in PUBLIC_COMPONENTS)))
    maklumat = UnitMaklumat.objects.filter(unit=unit).first()
    return PublishedStandards(
        region_name=unit.region.name, region_slug=unit.region.slug,
        agency_name=unit.agency.name, unit_name=unit.name,
        unit_address=unit.address, products=tuple(shown),
        maklumat=PublicMaklumat(maklumat.text.strip(), maklumat.enacted_on, maklumat.decree)
        if maklumat is not None and maklumat.text.strip() else None)
