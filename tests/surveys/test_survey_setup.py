from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.surveys.models import Survey
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct


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


def test_a_second_active_survey_overlapping_the_units_period_is_refused(
    world: World, client_for: Any
) -> None:
    """One active survey per unit at a time: the results and the public page must know which."""
    evaluator = client_for("evaluator")
    evaluator.post(reverse("surveys:survey_create"), _form(world.unit_a.pk))

    clash = evaluator.post(reverse("surveys:survey_create"),
                           _form(world.unit_a.pk, title="SKM uji", starts_on="2026-11-01"))
    inactive = evaluator.post(reverse("surveys:survey_create"),
                              _form(world.unit_a.pk, title="SKM cadangan", is_active=""))
    next_period = evaluator.post(reverse("surveys:survey_create"), _form(
        world.unit_a.pk, title="SKM 2027", starts_on="2027-01-01", ends_on="2027-12-31"))
    other_unit = evaluator.post(reverse("surveys:survey_create"), _form(world.unit_b.pk))

    assert "beririsan dengan survei aktif lain" in clash.content.decode()
    assert "SKM Semester II 2026" in clash.content.decode()
    assert (inactive.status_code, next_period.status_code, other_unit.status_code) == (302,) * 3
    with scopes_disabled():
        assert not Survey.objects.filter(title="SKM uji").exists()
        reserve = Survey.objects.get(title="SKM cadangan")
    switched_on = evaluator.post(reverse("surveys:survey_update", args=[reserve.pk]),
                                 _form(world.unit_a.pk, title="SKM cadangan"))
    assert "beririsan dengan survei aktif lain" in switched_on.content.decode()
    with scopes_disabled():
        assert not Survey.objects.get(pk=reserve.pk).is_active


def test_the_period_cannot_be_shortened_past_answers_already_given(
    world: World, client_for: Any
) -> None:
    survey = make_survey(world.unit_a)  # 30 days either side of today
    submit_direct(survey, [3] * 9)
    with scopes_disabled():
        answered = survey.responses.get().day

    def edit(starts_on: datetime.date, ends_on: datetime.date) -> str:
        return client_for("evaluator").post(
            reverse("surveys:survey_update", args=[survey.pk]),
            {"unit": world.unit_a.pk, "title": survey.title, "population": "100",
             "is_active": "on", "starts_on": starts_on.isoformat(),
             "ends_on": ends_on.isoformat()}).content.decode()

    late_start = edit(answered + datetime.timedelta(days=1), survey.ends_on)
    early_end = edit(survey.starts_on, answered - datetime.timedelta(days=1))

    assert "Sudah ada jawaban sejak" in late_start
    assert "Sudah ada jawaban sampai" in early_end
    with scopes_disabled():
        stored = Survey.objects.get(pk=survey.pk)
    assert (stored.starts_on, stored.ends_on) == (survey.starts_on, survey.ends_on)
    edit(answered, answered)  # still covers the answer: saved
    with scopes_disabled():
        assert Survey.objects.get(pk=survey.pk).starts_on == answered
