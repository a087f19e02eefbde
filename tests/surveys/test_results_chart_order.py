"""The Hasil SKM chart ranks OPDs by their IKM, best first, so the weakest stand out at the end."""

from __future__ import annotations

import json
import re
from typing import Any

from django.urls import reverse
from django.utils import timezone

from pantau.surveys.models import Survey
from tests.factories import ServiceUnitFactory
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct


def chart_rows(html: str, element_id: str) -> list[dict[str, str]]:
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html,
                      re.S)
    assert match, f"the page carries the chart data {element_id}"
    return json.loads(match.group(1))


def test_the_opd_chart_is_ordered_by_value_not_by_name(
    survey_a: Survey, survey_b: Survey, client_for: Any
) -> None:
    submit_direct(survey_a, [2] * 9)  # Dinkes: low
    submit_direct(survey_b, [4] * 9)  # Disdik: high, though after Dinkes in the alphabet

    page = client_for("leader").get(reverse("surveys:results"),
                                    {"tahun": timezone.localdate().year}).content.decode()

    assert [row["label"] for row in chart_rows(page, "skm-results-data")] == ["Disdik", "Dinkes"]


def test_equal_values_are_ordered_by_name(world: World, survey_a: Survey, client_for: Any) -> None:
    second = make_survey(ServiceUnitFactory(agency=world.opd_a, name="Apotek Sukamaju"))
    for survey in (survey_a, second):
        submit_direct(survey, [3] * 9)

    page = client_for("leader").get(reverse("surveys:results"),
                                    {"opd": world.opd_a.pk}).content.decode()

    assert [row["label"] for row in chart_rows(page, "skm-results-data")] == [
        "Apotek Sukamaju", "Puskesmas Sukamaju"]
