"""Demo SKM data: one 2026 survey per active unit of the demo Pemda and believable responses.

Each unit gets a quality level, so grades spread from A to D. Responses are written with
bulk_create and the rollup is rebuilt once at the end (``tally_recount``).
"""

from __future__ import annotations

import datetime
import random
import secrets
import zoneinfo

from django.db import transaction
from django.utils import timezone
from django_scopes import scope

from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.questions import ELEMENT_FIELDS, AgeBand, Education, Occupation, Sex
from pantau.surveys.services import tally_recount
from pantau.tenancy.models import Region, ServiceProduct, ServiceUnit

YEAR = 2026
# (mean answer, share of units): roughly A, B, C and D units.
QUALITY = ((3.65, 0.3), (3.3, 0.4), (2.95, 0.2), (2.5, 0.1))
ELEMENT_BIAS = (0.0, -0.1, -0.25, 0.3, 0.0, 0.05, 0.1, -0.15, -0.3)  # U4 (cost) often "gratis"
COMMENTS = (
    "Pelayanan cepat, terima kasih.", "Antrean terlalu lama.", "Petugas ramah dan membantu.",
    "Mohon ruang tunggu diperbaiki.", "Informasi persyaratan kurang jelas.", "",
)


def _answer(rng: random.Random, mean: float) -> int:
    return max(1, min(4, round(rng.gauss(mean, 0.55))))


def _moment(rng: random.Random, start: datetime.date, end: datetime.date,
            tz: zoneinfo.ZoneInfo) -> datetime.datetime:
    day = start + datetime.timedelta(days=rng.randrange((end - start).days + 1))
    clock = datetime.time(rng.randrange(7, 16), rng.randrange(60), rng.randrange(60))
    return datetime.datetime.combine(day, clock, tzinfo=tz)


def survey_demo_load(*, region: Region, total: int = 20_000, seed: int = 2026) -> int:
    """Creates the demo surveys and responses; returns the responses written (0 if present)."""
    with scope(region=region.pk), transaction.atomic():
        if SurveyResponse.objects.filter(region=region).exists():
            return 0
        units = list(ServiceUnit.objects.filter(region=region, is_active=True).order_by("pk"))
        if not units:
            return 0
        rng = random.Random(seed)
        tz = zoneinfo.ZoneInfo(region.timezone)
        start = datetime.date(YEAR, 1, 1)
        end = min(datetime.date(YEAR, 12, 31), timezone.now().astimezone(tz).date())
        products: dict[int, list[int]] = {}
        for unit_id, product_id in ServiceProduct.objects.filter(
            region=region, is_active=True
        ).values_list("unit_id", "pk"):
            products.setdefault(unit_id, []).append(product_id)
        per_unit = max(1, total // len(units))
        written = 0
        for unit in units:
            survey, _ = Survey.objects.get_or_create(
                region=region, unit=unit, title=f"SKM {YEAR} — {unit.name}"[:200],
                defaults={"starts_on": start, "ends_on": datetime.date(YEAR, 12, 31),
                          "population": rng.choice((500, 1000, 2500, 5000, 12000))},
            )
            mean = rng.choices([q for q, _ in QUALITY], weights=[w for _, w in QUALITY])[0]
            count = max(1, int(per_unit * rng.uniform(0.6, 1.4)))
            rows = []
            for _index in range(count):
                moment = _moment(rng, start, end, tz)
                answers = {
                    name: _answer(rng, mean + bias)
                    for name, bias in zip(ELEMENT_FIELDS, ELEMENT_BIAS, strict=True)
                }
                unit_products = products.get(unit.pk, [])
                rows.append(SurveyResponse(
                    region=region, survey=survey, unit=unit, submitted_at=moment,
                    day=moment.date(), token=secrets.token_urlsafe(18),
                    age_band=rng.choice(AgeBand.values), sex=rng.choice(Sex.values),
                    education=rng.choice(Education.values),
                    occupation=rng.choice(Occupation.values),
                    product_id=rng.choice(unit_products) if unit_products else None,
                    comment=rng.choice(COMMENTS) if rng.random() < 0.15 else "",
                    **answers,
                ))
            SurveyResponse.objects.bulk_create(rows, batch_size=2000)
            written += len(rows)
        tally_recount(region=region)
        return written
