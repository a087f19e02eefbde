"""A year's priority indicators come from the year before, or from the list seen in practice."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scope

from pantau.audit.models import AuditEvent
from pantau.leadership.models import PriorityIndicator, SourceKind, SubIndicator
from pantau.leadership.services.indicator_set import indicator_set_prepare
from tests.personas import World


def test_first_year_is_seeded_with_ten_indicators_before_2024(world: World, admin) -> None:
    with scope(region=world.region_a.pk):
        created = indicator_set_prepare(region=world.region_a, year=2023, actor=admin)
        assert [indicator.code for indicator in created] == [f"P{n:02}" for n in range(1, 11)]
        assert AuditEvent.objects.filter(action="leadership.indicators.prepared").count() == 1


def test_bumdes_joins_from_2024_and_public_service_reads_other_modules(
        world: World, admin) -> None:
    with scope(region=world.region_a.pk):
        created = indicator_set_prepare(region=world.region_a, year=2026, actor=admin)
        assert created[-1].name == "Badan Usaha Milik Desa (BUMDes)"
        kinds = set(SubIndicator.objects.filter(indicator__code="P06", indicator__year=2026)
                    .values_list("source_kind", flat=True))
        assert {SourceKind.SKM, SourceKind.OMBUDSMAN, SourceKind.PEKPPP} <= kinds


def test_next_year_copies_the_edited_set_with_its_responsible_opds(world: World, admin) -> None:
    with scope(region=world.region_a.pk):
        indicator_set_prepare(region=world.region_a, year=2025, actor=admin)
        stunting = PriorityIndicator.objects.get(year=2025, code="P02")
        stunting.name = "Percepatan penurunan stunting"
        stunting.save()
        stunting.responsible_agencies.set([world.opd_a])
        indicator_set_prepare(region=world.region_a, year=2026, actor=admin)
        copied = PriorityIndicator.objects.get(year=2026, code="P02")
        assert copied.name == "Percepatan penurunan stunting"
        assert list(copied.responsible_agencies.all()) == [world.opd_a]
        assert copied.sub_indicators.count() == stunting.sub_indicators.count()


def test_a_prepared_year_is_refused_and_nothing_changes(world: World, admin) -> None:
    with scope(region=world.region_a.pk):
        indicator_set_prepare(region=world.region_a, year=2025, actor=admin)
        with pytest.raises(ValidationError, match="sudah ada"):
            indicator_set_prepare(region=world.region_a, year=2025, actor=admin)
        assert PriorityIndicator.objects.filter(year=2025).count() == 11
