"""The unit page leads to the unit's SKM survey, its results and its printable poster."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from tests.personas import World
from tests.surveys.conftest import make_survey


def _links(world: World, client: Any) -> tuple[str, list[str]]:
    survey = make_survey(world.unit_a)
    body = client.get(reverse("tenancy:unit_detail", args=[world.unit_a.pk])).content.decode()
    return body, [reverse("surveys:survey_detail", args=[survey.pk]),
                  reverse("surveys:unit_results", args=[world.unit_a.pk]),
                  reverse("surveys:survey_poster", args=[survey.pk])]


def test_the_unit_page_links_to_its_survey_results_and_poster(
    world: World, client_for: Any
) -> None:
    for persona in ("operator_a", "evaluator"):
        client = client_for(persona)
        body, links = _links(world, client)
        for link in links:
            assert f'href="{link}"' in body, (persona, link)
            assert client.get(link).status_code == 200, (persona, link)


def test_another_opds_operator_is_not_offered_links_they_cannot_open(
    world: World, client_for: Any
) -> None:
    body, links = _links(world, client_for("operator_b"))

    assert all(link not in body for link in links)
