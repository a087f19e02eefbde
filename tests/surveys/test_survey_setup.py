from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.surveys.models import Survey
from tests.personas import World


def _form(unit_pk: int, **extra: Any) -> dict[str, Any]:
    return {"unit": unit_pk, "title": "SKM Semester II 2026", "starts_on": "2026-07-01",
            "ends_on": "2026-12-31", "population": "1000", "is_active": "on", **extra}


def test_an_operator_creates_a_survey_for_a_unit_of_their_opd(
    world: World, client_for: Any
) -> None:
    page = client_for("operator_a").post(reverse("surveys:survey_create"),
                                         _form(world.unit_a.pk))

    with scopes_disabled():
        survey = Survey.objects.get()
        event = AuditEvent.objects.get(action="surveys.survey.created")
    assert page.status_code == 302
    assert survey.unit == world.unit_a and survey.population == 1000
    assert survey.method == "skm-2017" and len(survey.public_code) >= 12
    assert event.object_id == str(survey.pk)


def test_an_operator_cannot_create_a_survey_for_another_opds_unit(
    world: World, client_for: Any
) -> None:
    page = client_for("operator_a").post(reverse("surveys:survey_create"),
                                         _form(world.unit_b.pk))

    assert page.status_code == 200
    with scopes_disabled():
        assert not Survey.objects.exists()


def test_end_before_start_is_refused_in_indonesian(world: World, client_for: Any) -> None:
    page = client_for("evaluator").post(
        reverse("surveys:survey_create"), _form(world.unit_a.pk, ends_on="2026-06-30")
    )

    assert "Tanggal selesai tidak boleh sebelum tanggal mulai." in page.content.decode()
    with scopes_disabled():
        assert not Survey.objects.exists()
