"""How an official result is classified: zone, category and label as pantau.scoring computes them,
or, where the ranges are not published (Ombudsman from 2025), the opini as entered."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pantau.compliance.methods import family_years
from pantau.compliance.models import Assessor, Family
from pantau.compliance.seed.ombudsman import OMBUDSMAN_2025_SEED
from pantau.compliance.selectors.instruments import instrument_for_year
from pantau.scoring import ombudsman, pekppp
from pantau.scoring.errors import ScoringError
from pantau.tenancy.models import Region


@dataclass(frozen=True)
class Classified:
    zone: str
    grade: str
    label: str


def opini_is_entered(*, assessor: str, year: int) -> bool:
    """Ombudsman from 2025: the category ranges are not published, so the opini is entered as
    published instead of computed."""
    return assessor == Assessor.OMBUDSMAN and family_years(Family.OMBUDSMAN_2025).covers(year)


def opini_choices(*, region: Region, year: int) -> list[str]:
    """The opini names of the Pemda's 2025 instrument for the year (the seed's when none)."""
    instrument = instrument_for_year(region=region, family=Family.OMBUDSMAN_2025, year=year)
    if instrument is not None:
        return list(instrument.categories.order_by("position").values_list("label", flat=True))
    return [category.band.label for category in OMBUDSMAN_2025_SEED.categories]


def official_classification(*, region: Region, assessor: str, year: int, score: Decimal,
                            opini: str = "") -> Classified:
    """Zone, category and label of ``score`` for ``year`` as pantau.scoring classifies it."""
    try:
        if assessor == Assessor.KEMENPANRB:
            graded = pekppp.classify(score, year)
            return Classified("", graded.grade, graded.label)
        zoned = ombudsman.classify(score, year)  # checks the year and the 0–100 range
    except ScoringError as error:
        raise ValidationError({"score": str(error)}) from None
    if not opini_is_entered(assessor=assessor, year=year):
        return Classified(zoned.zone, zoned.category or "", zoned.label)
    choices = opini_choices(region=region, year=year)
    if opini not in choices:
        raise ValidationError({"label": _(
            "Rentang kategori Ombudsman %(year)s tidak dipublikasikan: pilih opini yang "
            "diterbitkan (%(choices)s).") % {"year": year, "choices": ", ".join(choices)}})
    return Classified("", "", opini)
