"""The seeded instruments: complete, equal to pantau.scoring where scoring holds the fact, and
copied once per Pemda (after migrate for existing Pemda, on first use for new ones)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db.models import Sum
from django_scopes import scope, scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.compliance.models import (
    Family,
    IndicatorOption,
    Instrument,
    InstrumentIndicator,
    InstrumentUserItem,
)
from pantau.compliance.services.seeding import instruments_seed, seed_after_migrate
from pantau.scoring.definitions.ombudsman import OMBUDSMAN_2022
from pantau.scoring.definitions.pekppp import PEKPPP_2022
from tests.personas import World

pytestmark = pytest.mark.django_db
HUNDRED = Decimal(100)


def _weights(instrument: Instrument) -> dict[str, Decimal]:
    return {d.code: d.weight for d in instrument.dimensions.order_by("position")}


def test_pekppp_has_six_aspects_and_thirty_indicators_weighing_100_percent_each(
    world: World, seeded: dict[str, Instrument]
) -> None:
    pekppp = seeded["pekppp"]
    with scope(region=world.region_a.pk):
        assert InstrumentIndicator.objects.filter(instrument=pekppp).count() == 30
        assert _weights(pekppp) == {a.code: a.weight * HUNDRED for a in PEKPPP_2022.aspects}
        assert sum(_weights(pekppp).values()) == HUNDRED
        for dimension in pekppp.dimensions.all():
            total = dimension.indicators.aggregate(total=Sum("weight"))["total"]
            assert total == HUNDRED, dimension.code
        counts = [d.indicators.count() for d in pekppp.dimensions.order_by("position")]
        assert counts == [9, 5, 6, 4, 4, 2]


def test_every_pekppp_indicator_has_six_worded_levels_and_evidence(
    world: World, seeded: dict[str, Instrument]
) -> None:
    with scope(region=world.region_a.pk):
        options = IndicatorOption.objects.filter(indicator__instrument=seeded["pekppp"])
        assert options.count() == 30 * 6
        assert not options.filter(meaning="").exists()
        assert sorted(set(options.values_list("score", flat=True))) == [0, 1, 2, 3, 4, 5]
        assert not InstrumentIndicator.objects.filter(
            instrument=seeded["pekppp"], evidence="").exists()
        assert InstrumentUserItem.objects.filter(instrument=seeded["pekppp"]).count() == 14


def test_kebijakan_weights_are_scorings_and_the_facts_other_modules_know_are_named(
    world: World, seeded: dict[str, Instrument]
) -> None:
    with scope(region=world.region_a.pk):
        kebijakan = seeded["pekppp"].dimensions.get(code="kebijakan")
        weights = [i.weight for i in kebijakan.indicators.order_by("position")]
        shares = PEKPPP_2022.aspects[0].effective_weights()
        assert weights == [Decimal(share.numerator * 100) / share.denominator for share in shares]
        auto = dict(kebijakan.indicators.values_list("code", "auto_source"))
        assert auto["1.a.Ak"] == "standard_complete"
        assert auto["6.a.B"] == "skm_held"
        assert auto["5.a.K"] == "maklumat"


def test_ombudsman_2022_has_the_four_published_dimensions_and_an_unweighted_0_3_scale(
    world: World, seeded: dict[str, Instrument]
) -> None:
    ombudsman = seeded["ombudsman_2022"]
    with scope(region=world.region_a.pk):
        assert _weights(ombudsman) == {d.code: d.weight for d in OMBUDSMAN_2022.dimensions}
        assert sum(_weights(ombudsman).values()) == HUNDRED
        indicators = InstrumentIndicator.objects.filter(instrument=ombudsman)
        counts = {d.code: d.indicators.count() for d in ombudsman.dimensions.all()}
        assert counts == {"input": 15, "proses": 12, "output": 5, "pengaduan": 3}
        assert set(indicators.values_list("weight", flat=True)) == {Decimal(1)}
        assert not indicators.filter(note="").exists()  # each says its weight is not published
        scores = IndicatorOption.objects.filter(indicator__instrument=ombudsman)
        assert scores.count() == indicators.count() * 4
        assert not scores.exclude(meaning="").exists()  # level meanings are not published


def test_categories_are_scorings_bands(world: World, seeded: dict[str, Instrument]) -> None:
    with scope(region=world.region_a.pk):
        for family, method in (("ombudsman_2022", OMBUDSMAN_2022), ("pekppp", PEKPPP_2022)):
            rows = list(seeded[family].categories.order_by("position")
                        .values_list("lower", "grade", "label"))
            assert rows == [(b.lower, b.grade or "", b.label) for b in method.bands]
        labels = list(seeded["ombudsman_2025"].categories.values_list("label", flat=True))
        assert labels == ["Kualitas Tertinggi", "Kualitas Tinggi", "Kualitas Sedang",
                          "Kualitas Rendah"]
        assert seeded["ombudsman_2025"].public_trust_share == Decimal("0.30")
        assert seeded["pekppp"].evaluator_share == Decimal("0.75")


def test_seeding_twice_copies_nothing_more(world: World, seeded: dict[str, Instrument]) -> None:
    with scope(region=world.region_a.pk):
        assert instruments_seed(region=world.region_a) == []
        assert Instrument.objects.filter(region=world.region_a).count() == len(Family)
        assert AuditEvent.objects.filter(action="compliance.instruments.seeded").count() == 1


def test_migrate_seeds_every_existing_pemda(world: World) -> None:
    seed_after_migrate()

    with scopes_disabled():
        for region in (world.region_a, world.region_b):
            families = set(Instrument.objects.filter(region=region)
                           .values_list("family", flat=True))
            assert families == {family.value for family in Family}
