"""Self-assessment answers: the operator answers, the evaluator reviews, bad input is refused
with an Indonesian message and nothing saved, foreign data is refused (audited) or not found."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django_scopes import scope, scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.compliance.models import Answer, Instrument, InstrumentIndicator
from pantau.compliance.services.answers import answer_review, answer_save
from pantau.compliance.services.instruments import instrument_version_create
from pantau.tenancy.models import ServiceUnit
from tests.personas import World

YEAR = 2024  # Ombudsman 2022–2024 instrument, 0–3
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
       b"\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def ombudsman(world: World, seeded: dict[str, Instrument]) -> Instrument:
    return seeded["ombudsman_2022"]


def indicator(instrument: Instrument, code: str) -> InstrumentIndicator:
    with scopes_disabled():
        return InstrumentIndicator.objects.select_related("instrument", "dimension").get(
            instrument=instrument, code=code)


def actor(world: World, persona: str) -> Any:
    user = world.user(persona)
    user.membership = world.memberships[persona]  # as the scope middleware sets it
    return user


def save(world: World, persona: str, ind: InstrumentIndicator, *, unit: ServiceUnit | None = None,
         score: int | None = 2, **extra: Any) -> Answer:
    with scope(region=world.region_a.pk):
        return answer_save(actor=actor(world, persona), region=world.region_a,
                           unit=unit or world.unit_a, indicator=ind, year=YEAR, score=score,
                           **{"note": "", **extra})


def answers() -> list[Answer]:
    with scopes_disabled():
        return list(Answer.objects.all())


def events(action: str) -> list[AuditEvent]:
    with scopes_disabled():
        return list(AuditEvent.objects.filter(action=action).order_by("pk"))


@pytest.mark.django_db
def test_the_operator_answers_with_evidence_on_the_version_of_the_year(
        world: World, ombudsman: Instrument) -> None:
    ind = indicator(ombudsman, "input-01")

    answer = save(world, "operator_a", ind, score=2, note="Petugas paham 10 komponen",
                  evidence=SimpleUploadedFile("bukti.pdf", PDF))

    assert (answer.operator_score, answer.operator_note) == (2, "Petugas paham 10 komponen")
    assert answer.instrument_id == ombudsman.pk and answer.evidence_type == "application/pdf"
    assert answer.evidence_name == "bukti.pdf" and answer.answered_by == world.user("operator_a")
    [event] = events("compliance.answer.saved")
    assert event.changes["operator_score"] == [None, 2]
    assert event.changes["indicator"] == [None, "input-01"]


@pytest.mark.django_db
def test_a_changed_answer_records_before_and_after(world: World, ombudsman: Instrument) -> None:
    ind = indicator(ombudsman, "input-01")
    save(world, "operator_a", ind, score=1)

    save(world, "operator_a", ind, score=3, evidence=SimpleUploadedFile("foto.png", PNG))

    [answer] = answers()
    assert answer.operator_score == 3 and answer.evidence_type == "image/png"
    last = events("compliance.answer.saved")[-1]
    assert last.changes["operator_score"] == [1, 3]


@pytest.mark.django_db
@pytest.mark.parametrize("score", [4, 5, 9])
def test_a_score_outside_the_options_is_refused(world: World, ombudsman: Instrument,
                                                score: int) -> None:
    with pytest.raises(ValidationError) as refused:
        save(world, "operator_a", indicator(ombudsman, "input-01"), score=score)

    assert "tidak ada pada pilihan indikator ini (0–3)" in str(refused.value.message_dict)
    assert answers() == [] and events("compliance.answer.saved") == []


@pytest.mark.django_db
def test_a_pekppp_indicator_takes_0_to_5(world: World, seeded: dict[str, Instrument]) -> None:
    with scopes_disabled():
        plain = (InstrumentIndicator.objects.filter(instrument=seeded["pekppp"], auto_source="")
                 .select_related("instrument").first())
    assert plain is not None
    assert save(world, "operator_a", plain, score=5).operator_score == 5
    with pytest.raises(ValidationError):
        save(world, "operator_a", plain, score=6)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content"), [
    ("bukti.pdf", b"Ini teks biasa, bukan PDF."),
    ("bukti.docx", b"PK\x03\x04" + b"\x00" * 60),
    ("bukti.png", b"<html><script>alert(1)</script></html>"),
])
def test_evidence_that_is_not_an_image_or_pdf_is_refused(
        world: World, ombudsman: Instrument, name: str, content: bytes) -> None:
    with pytest.raises(ValidationError) as refused:
        save(world, "operator_a", indicator(ombudsman, "input-01"),
             evidence=SimpleUploadedFile(name, content))

    assert "berkas" in " ".join(refused.value.message_dict["evidence"]).lower()
    assert answers() == []


@pytest.mark.django_db
def test_an_operator_answering_for_another_opds_unit_is_refused_and_audited(
        world: World, ombudsman: Instrument) -> None:
    with pytest.raises(PermissionDenied) as refused:
        save(world, "operator_b", indicator(ombudsman, "input-01"), unit=world.unit_a)

    assert "tidak berwenang" in str(refused.value) and "dicatat" in str(refused.value)
    assert answers() == []
    [event] = events("compliance.answer.refused")
    assert event.actor == world.user("operator_b") and "input-01" in event.note


@pytest.mark.django_db
def test_a_unit_of_another_pemda_is_not_found(world: World, ombudsman: Instrument) -> None:
    with pytest.raises(Http404):
        save(world, "admin", indicator(ombudsman, "input-01"), unit=world.unit_other)

    assert answers() == []


@pytest.mark.django_db
def test_an_indicator_filled_from_another_module_is_not_typed(
        world: World, ombudsman: Instrument) -> None:
    with scopes_disabled():
        filled = (InstrumentIndicator.objects.select_related("instrument")
                  .filter(instrument=ombudsman).exclude(auto_source="").first())
    assert filled is not None

    with pytest.raises(ValidationError) as refused:
        save(world, "operator_a", filled, score=3)

    assert "diisi dari modul lain" in str(refused.value)
    assert answers() == []


@pytest.mark.django_db
def test_the_evaluator_sets_another_score_with_a_note_and_both_are_kept(
        world: World, ombudsman: Instrument) -> None:
    ind = indicator(ombudsman, "input-01")
    save(world, "operator_a", ind, score=3)

    with scope(region=world.region_a.pk):
        with pytest.raises(ValidationError) as refused:
            answer_review(actor=actor(world, "evaluator"), region=world.region_a,
                          unit=world.unit_a, indicator=ind, year=YEAR, score=1, note="")
        assert "alasan" in str(refused.value)
        answer = answer_review(actor=actor(world, "evaluator"), region=world.region_a,
                               unit=world.unit_a, indicator=ind, year=YEAR, score=1,
                               note="Hanya 1 dari 4 petugas paham")

    assert (answer.operator_score, answer.evaluator_score, answer.score) == (3, 1, 1)
    assert answer.reviewed_by == world.user("evaluator")
    [event] = events("compliance.answer.reviewed")
    assert event.changes["evaluator_score"] == [None, 1]


@pytest.mark.django_db
def test_the_operator_may_not_review(world: World, ombudsman: Instrument) -> None:
    ind = indicator(ombudsman, "input-01")
    save(world, "operator_a", ind, score=3)

    with scope(region=world.region_a.pk), pytest.raises(PermissionDenied):
        answer_review(actor=actor(world, "operator_a"), region=world.region_a,
                      unit=world.unit_a, indicator=ind, year=YEAR, score=3, note="")

    assert answers()[0].evaluator_score is None
    assert len(events("compliance.answer.refused")) == 1


@pytest.mark.django_db
def test_answers_keep_the_version_they_were_given_on(world: World, ombudsman: Instrument) -> None:
    old = indicator(ombudsman, "input-01")
    save(world, "operator_a", old, score=2)
    with scope(region=world.region_a.pk):
        newer = instrument_version_create(actor=world.user("admin"), region=world.region_a,
                                          family="ombudsman_2022", year_from=YEAR)

    with pytest.raises(ValidationError) as refused:
        save(world, "operator_a", old, score=3)

    assert "versi instrumen" in str(refused.value)
    [kept] = answers()
    assert kept.instrument_id == ombudsman.pk and kept.operator_score == 2
    assert save(world, "operator_a", indicator(newer, "input-01"), score=3).instrument == newer


@pytest.mark.django_db
def test_the_evaluator_may_override_a_filled_indicator(world: World,
                                                       ombudsman: Instrument) -> None:
    with scopes_disabled():
        filled = (InstrumentIndicator.objects.select_related("instrument")
                  .filter(instrument=ombudsman).exclude(auto_source="").first())
    assert filled is not None

    with scope(region=world.region_a.pk):
        answer = answer_review(actor=actor(world, "evaluator"), region=world.region_a,
                               unit=world.unit_a, indicator=filled, year=YEAR, score=2,
                               note="Standar sudah ditetapkan, SK belum diunggah ke register")

    assert (answer.operator_score, answer.evaluator_score, answer.score) == (None, 2, 2)
    assert answer.instrument_id == ombudsman.pk
