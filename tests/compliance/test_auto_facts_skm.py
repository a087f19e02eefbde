"""Indicators filled from SKM: held, sample adequate, published, follow-ups done, worked cases
on the PEKPPP scale (0–5) and the Ombudsman scale (0–3)."""

from __future__ import annotations

import datetime
from fractions import Fraction

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.compliance.models import Instrument
from pantau.compliance.selectors.auto_facts import AutoFact, auto_facts
from pantau.surveys.models import FollowUpStatus, SurveyFollowUp
from pantau.tenancy.models import ServiceUnit
from tests.compliance.autofill_data import THIS_YEAR, indicator, skm_with_tally, with_source
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct

pytestmark = pytest.mark.django_db


def _fact(world: World, unit: ServiceUnit, ind: object, year: int = THIS_YEAR) -> AutoFact:
    with scope(region=world.region_a.pk):
        facts = auto_facts(region=world.region_a, year=year, units=[unit], indicators=[ind])
    return facts[unit.pk, ind.pk]  # type: ignore[attr-defined]


def test_skm_held_from_real_submissions(world: World, seeded: dict[str, Instrument]) -> None:
    held = indicator(seeded["pekppp"], "6.a.B")
    assert held.auto_source == "skm_held"
    before = _fact(world, world.unit_a, held)
    assert (before.met, before.score) == (False, 0)
    assert before.text == f"Belum ada SKM {THIS_YEAR} dengan jawaban sah."
    assert before.url == reverse("surveys:unit_results", args=[world.unit_a.pk])

    today = timezone.localdate()
    survey = make_survey(world.unit_a, title=f"SKM {THIS_YEAR} Puskesmas",
                         starts_on=max(today - datetime.timedelta(days=10),
                                       datetime.date(THIS_YEAR, 1, 1)))
    for answers in ((4,) * 9, (3,) * 9, (2,) * 9):
        submit_direct(survey, answers)

    after = _fact(world, world.unit_a, held)
    assert (after.met, after.score) == (True, 5)
    assert after.text == f"SKM {THIS_YEAR} dilaksanakan: SKM {THIS_YEAR} Puskesmas, 3 responden."
    assert after.url == reverse("surveys:survey_detail", args=[survey.pk])


def test_deactivated_and_other_year_surveys_do_not_count(
        world: World, seeded: dict[str, Instrument]) -> None:
    held = indicator(seeded["pekppp"], "6.a.B")
    skm_with_tally(world.unit_a, respondents=500, population=1000, year=THIS_YEAR - 1)
    skm_with_tally(world.unit_a, respondents=500, population=1000, is_active=False)
    fact = _fact(world, world.unit_a, held)
    assert (fact.met, fact.score) == (False, 0)
    assert _fact(world, world.unit_a, held, THIS_YEAR - 1).met is True


def test_sample_adequate_met_partial_and_unknown_population(
        world: World, seeded: dict[str, Instrument]) -> None:
    sample = with_source(seeded["pekppp"], "6.a.B", "skm_sample_adequate")
    ombudsman = with_source(seeded["ombudsman_2025"], "input-13", "skm_sample_adequate")
    first = skm_with_tally(world.unit_a, respondents=412, population=100_000, half=1)
    fact = _fact(world, world.unit_a, sample)
    assert (fact.met, fact.score) == (True, 5)
    assert fact.text == (f"SKM {THIS_YEAR}: {first.title}: 412 responden, sampel minimal 384 — "
                         "memenuhi.")

    second = skm_with_tally(world.unit_a, respondents=1_200, population=2_000_000, half=2)
    both = _fact(world, world.unit_a, sample)
    assert both.met is True  # 1.200 ≥ 384 too
    assert "1.200 responden" in both.text

    with scopes_disabled():
        type(second).objects.filter(pk=second.pk).update(population=None)
    half = _fact(world, world.unit_a, sample)
    assert half.met == Fraction(1, 2)
    assert half.score == 2  # 0 + ⌊½ × 5⌋
    assert _fact(world, world.unit_a, ombudsman).score == 1  # 0 + ⌊½ × 3⌋
    assert "populasi belum diisi — sampel tidak dapat diperiksa" in half.text
    assert half.percent == 50


def test_sample_below_the_minimum_is_not_met(world: World,
                                             seeded: dict[str, Instrument]) -> None:
    sample = with_source(seeded["pekppp"], "6.a.B", "skm_sample_adequate")
    skm_with_tally(world.unit_a, respondents=383, population=100_000)
    fact = _fact(world, world.unit_a, sample)
    assert (fact.met, fact.score) == (False, 0)
    assert "383 responden, sampel minimal 384 — belum memenuhi" in fact.text


def test_published_on_the_public_page_unless_the_unit_is_inactive(
        world: World, seeded: dict[str, Instrument]) -> None:
    published = indicator(seeded["pekppp"], "7.a.T")
    assert published.auto_source == "skm_published"
    assert _fact(world, world.unit_a, published).met is False
    skm_with_tally(world.unit_a, respondents=120, population=150)
    fact = _fact(world, world.unit_a, published)
    assert (fact.met, fact.score) == (True, 5)
    assert fact.url == reverse("surveys:publication", args=[world.region_a.slug])
    assert "120 responden" in fact.text

    with scopes_disabled():
        ServiceUnit.objects.filter(pk=world.unit_a.pk).update(is_active=False)
        world.unit_a.refresh_from_db()
    gone = _fact(world, world.unit_a, published)
    assert (gone.met, gone.score) == (False, 0)


def _followups(survey: object, unit: ServiceUnit, statuses: list[str]) -> None:
    with scopes_disabled():
        for number, status in enumerate(statuses, start=1):
            SurveyFollowUp.objects.create(
                region_id=unit.region_id, survey=survey, unit=unit, element=number,
                action=f"Perbaikan unsur U{number}", owner="Kepala Puskesmas",
                due_on=datetime.date(THIS_YEAR, 12, 1), status=status)


def test_followups_done_share(world: World, seeded: dict[str, Instrument]) -> None:
    done = indicator(seeded["pekppp"], "8.a.Ak")
    assert done.auto_source == "skm_followups_done"
    survey = skm_with_tally(world.unit_a, respondents=90, population=100)
    fact = _fact(world, world.unit_a, done)
    assert (fact.met, fact.score) == (False, 0)
    assert fact.text == f"Belum ada rencana tindak lanjut hasil SKM {THIS_YEAR}."

    _followups(survey, world.unit_a, [FollowUpStatus.DONE] * 3 + [FollowUpStatus.IN_PROGRESS])
    partial = _fact(world, world.unit_a, done)
    assert partial.met == Fraction(3, 4)
    assert partial.score == 3  # ⌊¾ × 5⌋
    assert partial.text == (f"Tindak lanjut hasil SKM {THIS_YEAR}: 3 dari 4 rencana selesai.")

    with scopes_disabled():
        SurveyFollowUp.objects.filter(unit=world.unit_a).update(status=FollowUpStatus.DONE)
    assert _fact(world, world.unit_a, done).score == 5


def test_another_pemdas_skm_is_never_counted(world: World,
                                             seeded: dict[str, Instrument]) -> None:
    held = indicator(seeded["pekppp"], "6.a.B")
    skm_with_tally(world.unit_other, respondents=400, population=500)
    # A row of the other Pemda naming unit A (damaged data) is not counted either.
    skm_with_tally(world.unit_a, respondents=400, population=500, region=world.region_b)
    with scope(region=world.region_a.pk):
        facts = auto_facts(region=world.region_a, year=THIS_YEAR,
                           units=[world.unit_a, world.unit_other], indicators=[held])
    assert set(facts) == {(world.unit_a.pk, held.pk)}
    assert facts[world.unit_a.pk, held.pk].met is False
