"""A Pemda's own perception rule and wording: used for its predictions and its public forms,
refused when out of order, audited; another Pemda keeps the defaults."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.test import Client
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.compliance.models import PerceptionConfig
from pantau.compliance.perception.questions import perception_rule
from pantau.compliance.selectors.perception import perception_of_unit
from pantau.compliance.services.perception import perception_configure
from tests.compliance.perception_helpers import switch_on
from tests.compliance.test_perception_results import YEAR, _answers
from tests.personas import World
from tests.surveys.conftest import form_url, make_survey

SETTINGS = reverse("compliance:perception_settings")
RULE = {"threshold_3": "90", "threshold_2": "80", "threshold_1": "60", "min_respondents": "10"}


def test_the_pemdas_rule_changes_its_prediction_only(world: World, client_for: Any) -> None:
    _answers(world, clean=37, dirty=3)  # 92,50 % without bribe request: 2 by default

    response = client_for("evaluator").post(SETTINGS, RULE)

    assert response.status_code == 302
    with scope(region=world.region_a.pk):
        assert perception_of_unit(unit=world.unit_a, year=YEAR).scores[1] == 3  # ≥ 90 % now
    assert perception_rule(region_id=world.region_b.pk).min_respondents == 30
    with scopes_disabled():
        event = AuditEvent.objects.get(action="compliance.perception.configured")
    assert event.changes["threshold_3"] == [None, "90"]
    page = client_for("evaluator").get(reverse("compliance:perception_index")).content.decode()
    assert "≥ 90 % → 3; ≥ 80 % → 2; ≥ 60 % → 1" in page


def test_thresholds_out_of_order_are_refused_with_a_message(world: World,
                                                            client_for: Any) -> None:
    page = client_for("admin").post(SETTINGS, {**RULE, "threshold_2": "95"})

    assert page.status_code == 200
    assert "Ambang persepsi harus berurutan dari yang tertinggi." in page.content.decode()
    with scopes_disabled():
        assert not PerceptionConfig.objects.exists()


def test_a_sentence_of_the_pemda_is_asked_on_the_public_form(world: World) -> None:
    switch_on(world, world.unit_a)
    with scope(region=world.region_a.pk):
        perception_configure(actor=world.user("evaluator"), region=world.region_a,
                             threshold_3=Decimal(95), threshold_2=Decimal(85),
                             threshold_1=Decimal(70), min_respondents=30,
                             questions={"q2": "Apakah Anda diminta uang rokok oleh petugas?"})

    page = Client().get(form_url(make_survey(world.unit_a))).content.decode()

    assert "Apakah Anda diminta uang rokok oleh petugas?" in page
    assert "Apakah Anda mengalami penundaan" in page  # the others keep the default


def test_the_form_shows_the_rule_in_force(world: World, client_for: Any) -> None:
    page = client_for("evaluator").get(SETTINGS).content.decode()

    assert 'value="95"' in page and 'value="85"' in page and 'value="30"' in page
