"""Early warning: progress against the annual target and pagu compared with the pace n/4 × 100."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scope

from pantau.performance.selectors.early_warning import early_warning
from tests.performance.analysis.builders import budget, indicator, quarter, realize, renstra
from tests.personas import World


def test_opd_behind_the_pace_is_listed_first_with_its_gaps(world: World,
                                                            client_for: Any) -> None:
    a = renstra(world.opd_a)
    realize(indicator(a["program"], world.opd_a, aggregation="sum", annual=100), 2026,
            {1: 20, 2: 20})  # 40 % of the year at TW II: behind the 50 % pace
    budget(a["sub_kegiatan"], world.opd_a, 1000, {1: 300, 2: 300})  # 60 %: ahead
    b = renstra(world.opd_b)
    realize(indicator(b["program"], world.opd_b, aggregation="sum", annual=100), 2026,
            {1: 30, 2: 30})
    budget(b["sub_kegiatan"], world.opd_b, 1000, {1: 250, 2: 250})
    period = quarter(world.region_a, 2026, 2)
    with scope(region=world.region_a.pk):
        rows = early_warning(period=period)
    first, second = rows
    assert first.agency == world.opd_a and first.behind
    assert (first.pace, first.progress_gap, first.absorption_gap) == (
        Decimal("50.00"), Decimal("-10.00"), Decimal("10.00"))
    assert not second.behind
    page = client_for("evaluator").get(
        reverse("performance_analysis:warning") + f"?periode={period.pk}")
    assert "-10,00" in page.content.decode() and "Perlu perhatian" in page.content.decode()
