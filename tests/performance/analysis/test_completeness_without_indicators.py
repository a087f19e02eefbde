"""An OPD without indicators in the period has no completeness to show: a dash, as the quarterly
overview shows for it ("tanpa indikator"), never "0,00 %" as if it had filled nothing."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.selectors.analysis import scorecard
from tests.performance.analysis.builders import quarter
from tests.personas import World


def test_scorecard_of_an_opd_without_indicators(world: World, client_for: Any) -> None:
    period = quarter(world.region_a, 2026, 1)

    with scopes_disabled():
        card = scorecard(agency=world.opd_a, period=period)
    page = client_for("evaluator").get(
        reverse("performance_analysis:scorecard", args=[world.opd_a.pk]),
        {"periode": period.pk}).content.decode()

    assert card.score.indicator_count == 0 and card.score.completeness is None
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Kelengkapan dan ketepatan waktu – Ketepatan waktu" in text
    assert "0,00 %" not in text
