"""The demo Pemda's perception survey: four units switched on with answers that tell a clean
unit, a bribe problem, long delays and a unit with too few respondents apart."""

from __future__ import annotations

import datetime

import pytest
from django_scopes import scope

from pantau.compliance.models import PerceptionAnswer, PerceptionSetting
from pantau.compliance.selectors.perception import perception_by_unit
from pantau.demo.compliance.perception import perception_demo_load
from pantau.demo.surveys.load import surveys_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load

TODAY = datetime.date(2026, 11, 23)


@pytest.mark.django_db
def test_four_units_ask_the_questions_and_their_predictions_differ() -> None:
    region = tenancy_demo_load(today=TODAY).region
    surveys_demo_load(region=region, total=12_000, today=TODAY)

    written = perception_demo_load(region=region, today=TODAY)
    again = perception_demo_load(region=region, today=TODAY)

    with scope(region=region.pk):
        settings = list(PerceptionSetting.objects.filter(year=2026, is_on=True)
                        .order_by("unit__name").values_list("unit_id", flat=True))
        results = perception_by_unit(region=region, year=2026, unit_ids=settings)
        answers = list(PerceptionAnswer.objects.order_by("response__submitted_at")
                       .values_list("response__unit_id", "unit_id", "response__day", "day"))
    assert again == 0 and written == len(answers)
    assert len(settings) == 4
    assert all(response_unit == unit and response_day == day
               for response_unit, unit, response_day, day in answers)
    clean, bribes, delays, few = (results[unit_id] for unit_id in settings)
    assert clean.scores == [3, 3, 3, 3, 3]
    assert bribes.scores[1] is not None and bribes.scores[1] < 3
    assert delays.scores[0] is not None and delays.scores[0] < 3
    assert few.respondents < 30 and few.scores == [None] * 5
    assert clean.points is not None and clean.points > bribes.points  # type: ignore[operator]
