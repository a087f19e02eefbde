"""The published SKM figure (25–100) has one name on every page: IKM, and IKM Pemda for the Pemda
(PermenPANRB 14/2017). The 1–4 average is its 'nilai interval', never a second 'IKM'."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse
from django.utils import timezone

from pantau.scoring import skm
from pantau.surveys.models import Survey
from tests.personas import World
from tests.surveys.conftest import submit_direct

ANSWERS = [(4, 3, 3, 4, 3, 4, 4, 3, 2), (3, 3, 2, 4, 3, 3, 4, 3, 1)]
OTHER_NAMES = ("Nilai SKM", "nilai SKM", "IKM (1–4)")


def _pages(world: World, survey: Survey, client_for: Any) -> dict[str, str]:
    staff = client_for("leader")
    return {
        "results": staff.get(reverse("surveys:results"),
                             {"tahun": timezone.localdate().year}).content.decode(),
        "unit": staff.get(reverse("surveys:unit_results", args=[world.unit_a.pk])).content.decode(),
        "survey": client_for("operator_a").get(
            reverse("surveys:survey_detail", args=[survey.pk])).content.decode(),
        "profile": client_for("operator_a").get(
            reverse("surveys:survey_profile", args=[survey.pk])).content.decode(),
        "public": client_for("anonymous").get(
            reverse("surveys:publication", args=[world.region_a.slug])).content.decode(),
    }


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_every_page_calls_the_published_figure_ikm(
    world: World, survey_a: Survey, client_for: Any
) -> None:
    for answers in ANSWERS:
        submit_direct(survey_a, answers)
    score = str(skm.from_answers(ANSWERS).score).replace(".", ",")

    pages = _pages(world, survey_a, client_for)

    for name, html in pages.items():
        text = _text(html)
        for other in OTHER_NAMES:
            assert other not in text, f"{name}: '{other}' names the same figure again"
    assert f"IKM Pemda {score}" in _text(pages["results"])
    assert f"IKM Pemda {score}" in _text(pages["public"])
    assert f"IKM {score}" in _text(pages["survey"])
    for name in ("unit", "profile"):  # tables and charts show the 25–100 figure as IKM too
        assert score in pages[name], name
