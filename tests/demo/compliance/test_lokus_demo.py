"""The demo Pemda's lokus: this year's Ombudsman lokus (the 2023 rule: five OPD front offices and
two drawn Puskesmas) and KemenPAN-RB's, last year's replaced draw kept beside its replacement,
every draw repeatable from its seed, written once."""

from __future__ import annotations

import datetime
import random

import pytest
from django_scopes import scope

from pantau.compliance.models import Assessor, Lokus, LokusReason, LokusStatus
from pantau.compliance.selectors.lokus import lokus_active, lokus_rows
from pantau.demo.compliance.lokus import NAMED_BY_OMBUDSMAN, OMBUDSMAN_MANDATORY, lokus_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load

TODAY = datetime.date(2026, 11, 23)


@pytest.mark.django_db
def test_the_demo_lokus_are_drawn_once_and_repeatable() -> None:
    region = tenancy_demo_load(today=TODAY).region

    written = lokus_demo_load(region=region, today=TODAY)
    again = lokus_demo_load(region=region, today=TODAY)

    assert (written, again) == (4, 0)
    with scope(region=region.pk):
        ombudsman = lokus_active(region=region, year=2026, assessor=Assessor.OMBUDSMAN)
        kemenpanrb = lokus_active(region=region, year=2026, assessor=Assessor.KEMENPANRB)
        assert ombudsman is not None and kemenpanrb is not None
        rows = [(row.unit.name, row.reason) for row in lokus_rows(lokus=ombudsman)]
        assert [name for name, reason in rows if reason == LokusReason.MANDATORY] == sorted(
            OMBUDSMAN_MANDATORY)
        drawn = [name for name, reason in rows if reason == LokusReason.DRAWN]
        assert len(drawn) == 2 and all(name.startswith("Puskesmas ") for name in drawn)
        assert len(ombudsman.candidates) == 25  # every Puskesmas of the demo Pemda
        assert drawn == [c["name"] for c in
                         random.Random(ombudsman.seed).sample(ombudsman.candidates, 2)]
        assert kemenpanrb.units.count() == 4
        last_year = list(Lokus.objects.filter(year=2025).order_by("created_at"))
        assert [lokus.status for lokus in last_year] == [LokusStatus.REPLACED,
                                                        LokusStatus.ACTIVE]
        assert last_year[0].replaced_by == last_year[1]
        assert last_year[0].replaced_by_user is not None and last_year[0].replaced_reason
        named = {row.unit.name for row in lokus_rows(lokus=last_year[1])}
        assert set(NAMED_BY_OMBUDSMAN) <= named


@pytest.mark.django_db
def test_the_demo_draw_is_the_same_every_time() -> None:
    region = tenancy_demo_load(today=TODAY).region
    lokus_demo_load(region=region, today=TODAY)
    with scope(region=region.pk):
        ombudsman = lokus_active(region=region, year=2026, assessor=Assessor.OMBUDSMAN)
        assert ombudsman is not None
        drawn = [row.unit.name for row in lokus_rows(lokus=ombudsman)
                 if row.reason == LokusReason.DRAWN]
    # Fixed: the demo's seed over the demo's 25 Puskesmas in name order.
    assert drawn == DEMO_DRAWN


DEMO_DRAWN = ["Puskesmas Mekar Sari", "Puskesmas Sumber Agung"]
