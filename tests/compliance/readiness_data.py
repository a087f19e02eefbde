"""A Pemda ready to be reported on: the small Ombudsman instrument of the prediction tests
(Puskesmas Sukamaju 55,87, Loket Layanan Disdik 100,00, Pemda 77,94: C, one cent below B),
official results for 2022 (64,81) and 2023 (87,56), and one action on a gap."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django_scopes import scope

from pantau.compliance.models import ActionStatus, Assessor, GapAction, Instrument
from pantau.compliance.services.results import official_result_create
from tests.compliance.prediction_data import answer, lokus_of, small_ombudsman
from tests.personas import World

YEAR = 2023
ACTION_TITLE = "Susun SOP pelayanan dan tetapkan dengan keputusan kepala dinas"


@dataclass(frozen=True)
class Ready:
    world: World
    instrument: Instrument
    action: GapAction


def build_ready(world: World) -> Ready:
    region, a, b = world.region_a, world.unit_a, world.unit_b
    with scope(region=region.pk):
        # From 2023, so that the seeded versions a page adds later (from 2022) do not replace it.
        instrument = small_ombudsman(region, year_from=YEAR)
        lokus_of(region, YEAR, Assessor.OMBUDSMAN, [a, b])
        for code, operator, evaluator in (("i1", 3, None), ("i2", 2, None), ("i3", 3, 1),
                                          ("p1", 3, None), ("o1", 2, None), ("g1", 1, 3),
                                          ("g2", 1, None)):
            answer(a, instrument, code, YEAR, operator=operator, evaluator=evaluator)
        for indicator in instrument.indicators.all():
            answer(b, instrument, indicator.code, YEAR, operator=3)
        for year, score in ((2022, "64.81"), (2023, "87.56")):
            official_result_create(actor=world.user("admin"), region=region, year=year,
                                   assessor=Assessor.OMBUDSMAN, score=Decimal(score),
                                   source_url="https://ombudsman.go.id/hasil")
        action = GapAction.objects.create(
            region=region, year=YEAR, unit=a, indicator=instrument.indicators.get(code="p2"),
            owner=world.opd_a, title=ACTION_TITLE, due_date=datetime.date(2023, 9, 30),
            status=ActionStatus.IN_PROGRESS)
    return Ready(world, instrument, action)
