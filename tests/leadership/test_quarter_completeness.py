"""What a quarterly report still lacks: one definition for the checklist and publishing."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django_scopes import scope

from pantau.leadership.models import (
    IndicatorNarrative,
    IndicatorValue,
    PriorityIndicator,
    ReportingQuarter,
)
from pantau.leadership.selectors.completeness import quarter_completeness
from pantau.leadership.services.indicator_set import indicator_set_prepare
from tests.personas import World


def test_an_indicator_is_complete_with_every_value_and_its_narrative(world: World, admin) -> None:
    region = world.region_a
    with scope(region=region.pk):
        indicator_set_prepare(region=region, year=2026, actor=admin)
        quarter = ReportingQuarter.objects.create(
            region=region, year=2026, quarter=3, starts_on=datetime.date(2026, 7, 1),
            ends_on=datetime.date(2026, 9, 30))
        unemployment = PriorityIndicator.objects.get(year=2026, code="P04")
        unemployment.responsible_agencies.set([world.opd_a])
        before = {row.indicator.code: row
                  for row in quarter_completeness(reporting_quarter=quarter)}
        assert before["P04"].missing_subs == ["Tingkat Pengangguran Terbuka (TPT)"]
        assert before["P04"].agencies == [world.opd_a]
        assert "uraian upaya" in before["P04"].missing_description()

        IndicatorValue.objects.create(region=region, reporting_quarter=quarter,
                                      sub_indicator=unemployment.sub_indicators.get(),
                                      value=Decimal("4.21"), source="BPS Sakernas Agustus 2026")
        IndicatorNarrative.objects.create(region=region, reporting_quarter=quarter,
                                          indicator=unemployment, actions="Bursa kerja 3 kali")
        after = {row.indicator.code: row for row in quarter_completeness(reporting_quarter=quarter)}
        assert after["P04"].is_complete
        assert not after["P01"].is_complete
        assert len(after) == 11
