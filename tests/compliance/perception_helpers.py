"""Helpers of the perception tests: switching a unit on and posting the SKM form with answers."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.compliance.models import PerceptionAnswer
from pantau.compliance.perception.form import field_name
from pantau.compliance.services.perception import perception_switch
from pantau.surveys.models import Survey
from tests.personas import World


def switch_on(world: World, unit: Any, year: int | None = None) -> None:
    region = world.region_b if unit.region_id == world.region_b.pk else world.region_a
    actor = world.user("other_admin" if region == world.region_b else "evaluator")
    with scope(region=region.pk):
        perception_switch(actor=actor, region=region, unit=unit,
                          year=year or timezone.localdate().year, on=True)


def perception_post(**answers: str) -> dict[str, str]:
    """Form fields of the perception answers: perception_post(o1="tidak", o2="ya")."""
    return {field_name(field): value for field, value in answers.items()}


def perception_rows(survey: Survey) -> list[PerceptionAnswer]:
    with scopes_disabled():
        return list(PerceptionAnswer.objects.filter(response__survey=survey).order_by("pk"))
