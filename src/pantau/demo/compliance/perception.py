"""The demo Pemda's perception survey: four units ask the five maladministration questions on
their SKM form this year, with answers telling different stories.

The answers ride on SKM responses the surveys demo already wrote this year (four of the eight
busiest units, by name; the earliest responses of each, in submission order), as a phone
submission stores them: one ``PerceptionAnswer`` per response. A clean unit (every indicator
predicted 3), one where users report bribe requests (permintaan imbalan predicted lower), one
with long delays, and one with too few respondents for a prediction. Deterministic (a seeded
generator per unit); written once (nothing is written when the Pemda already has answers).
"""

from __future__ import annotations

import datetime
import random
import zoneinfo
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django_scopes import scope

from pantau.compliance.models import PERCEPTION_FIELDS, PerceptionAnswer
from pantau.compliance.services.perception import perception_switch
from pantau.surveys.models import SurveyResponse
from pantau.tenancy.models import Region, ServiceUnit

SEED = "pantau-demo-persepsi"
BLANK = 0.06  # share of questions a respondent leaves unanswered


@dataclass(frozen=True)
class Story:
    respondents: int
    yes: tuple[float, ...]  # chance of "ya, mengalami" per question o1..o5


STORIES = (
    Story(180, (0.01, 0.0, 0.02, 0.01, 0.01)),    # clean: every indicator at 3
    Story(140, (0.03, 0.12, 0.04, 0.02, 0.03)),   # bribe requests: permintaan imbalan lower
    Story(110, (0.24, 0.02, 0.10, 0.05, 0.06)),   # long delays
    Story(18, (0.05, 0.05, 0.05, 0.05, 0.05)),    # too few respondents for a prediction
)


def perception_demo_load(*, region: Region, today: datetime.date | None = None) -> int:
    """Switches the questions on for four units this year and writes their answers; returns
    the number of answers written (0 when the Pemda has them already)."""
    today = today or timezone.now().astimezone(zoneinfo.ZoneInfo(region.timezone)).date()
    year = today.year
    with scope(region=region.pk), transaction.atomic():
        if PerceptionAnswer.objects.filter(region=region).exists():
            return 0
        busiest = (SurveyResponse.objects.filter(region=region, day__year=year, is_valid=True)
                   .values("unit_id").annotate(count=Count("id"))
                   .order_by("-count", "unit_id").values_list("unit_id", flat=True)[:8])
        units = list(ServiceUnit.objects.filter(pk__in=list(busiest), is_active=True)
                     .order_by("name", "pk")[:len(STORIES)])
        rows: list[PerceptionAnswer] = []
        for unit, story in zip(units, STORIES, strict=False):
            perception_switch(actor=None, region=region, unit=unit, year=year, on=True)
            rng = random.Random(f"{SEED}-{unit.name}")
            responses = (SurveyResponse.objects.filter(unit=unit, day__year=year, is_valid=True)
                         .order_by("submitted_at", "token").values_list("pk", "day")
                         [:story.respondents])
            for response_id, day in responses:
                answers = {field: (None if rng.random() < BLANK else rng.random() < chance)
                           for field, chance in zip(PERCEPTION_FIELDS, story.yes, strict=True)}
                if all(value is None for value in answers.values()):
                    answers["o1"] = False
                rows.append(PerceptionAnswer(region=region, unit=unit, response_id=response_id,
                                             year=year, day=day, **answers))
        PerceptionAnswer.objects.bulk_create(rows)
    return len(rows)
