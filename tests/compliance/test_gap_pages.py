"""The gap list page, its XLSX, and gap actions as users see them."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from pantau.audit.models import AuditEvent
from pantau.compliance.models import ActionStatus, Assessor, GapAction, Instrument
from tests.compliance.prediction_data import answer, lokus_of, small_ombudsman
from tests.compliance.test_official_results import PDF, PNG
from tests.personas import World

pytestmark = pytest.mark.django_db
YEAR = 2023
LIST = reverse("compliance_gaps:list")


@pytest.fixture
def example(world: World) -> Instrument:
    """Unit A (OPD A) 55,87 with five gaps, unit B (OPD B) with one (o1 at 1): see
    test_gap_list for the hand calculation of unit A's gaps."""
    with scope(region=world.region_a.pk):
        instrument = small_ombudsman(world.region_a)
        lokus_of(world.region_a, YEAR, Assessor.OMBUDSMAN, [world.unit_a, world.unit_b])
        for code, score in (("i1", 3), ("i2", 2), ("i3", 1), ("p1", 3), ("o1", 2), ("g1", 3),
                            ("g2", 1)):
            answer(world.unit_a, instrument, code, YEAR, operator=score)
        for indicator in instrument.indicators.all():
            answer(world.unit_b, instrument, indicator.code, YEAR,
                   operator=1 if indicator.code == "o1" else 3)
    return instrument


def _page(client: Any, **query: Any) -> str:
    response = client.get(LIST, {"tahun": YEAR, **query})
    assert response.status_code == 200
    return response.content.decode()


def test_the_evaluator_sees_the_pemda_prediction_and_the_fix_sentence(
    client_for: Any, example: Instrument
) -> None:
    # Unit B: output 24,24 × 1/3 = 8,08, unit 100 − 24,24 + 8,08 = 83,84.
    # Pemda (55,87 + 83,84) / 2 = 69,855 → 69,86. Unit A's p2 (+8,09 → 77,95) and unit B's o1
    # (+8,08) together: (72,05 + 100) / 2 = 86,025 → 86,03, B.
    body = _page(client_for("evaluator"))

    assert "69,86" in body and "Kualitas Sedang" in body
    assert "Perbaiki 2 celah teratas untuk mencapai B (Kualitas Tinggi)." in body
    assert "1 indikator belum dijawab dihitung 0." in body
    assert "+8,09" in body and "Puskesmas Sukamaju" in body and "Loket Layanan Disdik" in body
    assert "Buat tindakan" in body


def test_an_operator_sees_only_their_own_opd_rows(client_for: Any, example: Instrument) -> None:
    body = _page(client_for("operator_b"))

    assert "Loket Layanan Disdik" in body and "Puskesmas Sukamaju" not in body
    assert "Anda melihat unit OPD Anda saja" in body


def test_the_list_narrows_to_one_opd(client_for: Any, world: World, example: Instrument) -> None:
    body = _page(client_for("leader"), opd=world.opd_b.pk)

    assert body.count("table-warning") >= 1
    assert "+8,09" not in body and "Buat tindakan" not in body  # the leader reads only


def test_a_bad_year_says_so_and_shows_this_year(client_for: Any, example: Instrument) -> None:
    response = client_for("evaluator").get(LIST, {"tahun": "20x3"})

    assert "tidak sah" in response.content.decode()


def test_the_xlsx_holds_the_ranked_rows(client_for: Any, example: Instrument) -> None:
    response = client_for("evaluator").get(reverse("compliance_gaps:xlsx"), {"tahun": YEAR})

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [row for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert [(r[0], r[2], r[4], float(r[9])) for r in rows[:3]] == [
        (1, "Puskesmas Sukamaju", "p2", 8.09), (2, "Loket Layanan Disdik", "o1", 8.08),
        (3, "Puskesmas Sukamaju", "g2", 5.38)]
    assert len(rows) == 6


def _gap_query(world: World, instrument: Instrument, unit: Any, code: str = "p2") -> str:
    with scope(region=world.region_a.pk):
        indicator = instrument.indicators.get(code=code)
    return f"?tahun={YEAR}&unit={unit.pk}&indikator={indicator.pk}"


def _post(client: Any, world: World, instrument: Instrument, unit: Any, **fields: Any) -> Any:
    data = {"owner": world.opd_a.pk, "title": "Lengkapi standar pelayanan",
            "due_date": "2023-08-31", "status": "planned", "note": "", **fields}
    return client.post(reverse("compliance_gaps:action_create")
                       + _gap_query(world, instrument, unit), data)


def test_an_operator_creates_an_action_with_evidence_and_it_shows_on_the_gap(
    client_for: Any, world: World, example: Instrument
) -> None:
    client = client_for("operator_a")
    response = _post(client, world, example, world.unit_a,
                     evidence=SimpleUploadedFile("foto.png", PNG))

    assert response.status_code == 302
    with scopes_disabled():
        action = GapAction.objects.get()
        assert (action.owner, action.year, action.indicator.code) == (world.opd_a, YEAR, "p2")
        assert AuditEvent.objects.filter(action="compliance.gap_action.created").count() == 1
    assert "Lengkapi standar pelayanan" in _page(client)


def test_evidence_that_is_not_an_image_or_pdf_is_refused_and_nothing_saved(
    client_for: Any, world: World, example: Instrument
) -> None:
    response = _post(client_for("operator_a"), world, example, world.unit_a,
                     evidence=SimpleUploadedFile("foto.png", b"<html><script>x</script>"))

    assert response.status_code == 200
    assert "berkas ditolak" in response.content.decode()
    with scopes_disabled():
        assert not GapAction.objects.exists()


def test_an_operator_cannot_give_the_action_to_another_opd(
    client_for: Any, world: World, example: Instrument
) -> None:
    response = _post(client_for("operator_a"), world, example, world.unit_a,
                     owner=world.opd_b.pk)

    assert response.status_code == 200
    with scopes_disabled():
        assert not GapAction.objects.exists()


def test_another_opd_operator_is_refused_and_the_refusal_audited(
    client_for: Any, world: World, example: Instrument
) -> None:
    response = _post(client_for("operator_b"), world, example, world.unit_a)

    assert response.status_code == 403
    with scopes_disabled():
        assert not GapAction.objects.exists()
        refusal = AuditEvent.objects.get(action="compliance.gap_action.refused")
        assert refusal.actor == world.user("operator_b")


def test_an_indicator_of_another_version_is_refused(
    client_for: Any, world: World, example: Instrument
) -> None:
    response = client_for("evaluator").post(
        reverse("compliance_gaps:action_create")
        + _gap_query(world, example, world.unit_a).replace(f"tahun={YEAR}", "tahun=2026"),
        {"owner": world.opd_a.pk, "title": "x", "due_date": "2026-08-31", "status": "planned"})

    assert response.status_code == 200
    assert "bukan bagian dari versi instrumen" in response.content.decode()


def test_the_action_list_shows_progress_and_overdue(
    client_for: Any, world: World, example: Instrument
) -> None:
    client = client_for("evaluator")
    _post(client, world, example, world.unit_a, title="Sudah selesai", status="done",
          evidence=SimpleUploadedFile("bukti.pdf", PDF))
    _post(client, world, example, world.unit_a, title="Terlambat", due_date="2023-01-31")
    _post(client, world, example, world.unit_a, title="Batal", status="cancelled")

    response = client.get(reverse("compliance_gaps:actions"), {"tahun": YEAR})

    body = response.content.decode()
    assert "1 dari 2 tindakan selesai" in body and "1 dibatalkan" in body
    assert "1 melewati tenggat" in body and "table-danger" in body
    with scopes_disabled():
        done = GapAction.objects.get(title="Sudah selesai")
    assert done.done_at is not None
    sheet = load_workbook(io.BytesIO(client.get(
        reverse("compliance_gaps:actions_xlsx"), {"tahun": YEAR}).content)).active
    titles = [row[5] for row in sheet.iter_rows(values_only=True)]
    assert {"Sudah selesai", "Terlambat", "Batal"} <= set(titles)


def test_the_status_is_edited_and_audited(
    client_for: Any, world: World, example: Instrument
) -> None:
    client = client_for("head_a")
    _post(client, world, example, world.unit_a)
    with scopes_disabled():
        action = GapAction.objects.get()

    response = client.post(reverse("compliance_gaps:action_update", args=[action.pk]), {
        "owner": world.opd_a.pk, "title": action.title, "due_date": "2023-08-31",
        "status": "done", "note": "Papan terpasang."})

    assert response.status_code == 302
    with scopes_disabled():
        action.refresh_from_db()
        assert action.status == ActionStatus.DONE and action.done_at is not None
        event = AuditEvent.objects.get(action="compliance.gap_action.updated")
        assert event.changes["status"] == ["planned", "done"]
    refused = client_for("operator_b").post(
        reverse("compliance_gaps:action_update", args=[action.pk]),
        {"owner": world.opd_b.pk, "title": "x", "due_date": "2023-08-31", "status": "planned"})
    assert refused.status_code == 403




def test_another_opd_sees_none_of_opd_b_gaps_or_actions_in_pages_or_exports(
    client_for: Any, world: World, example: Instrument
) -> None:
    secret = "TINDAKAN-RAHASIA-OPD-B"
    _post(client_for("operator_b"), world, example, world.unit_b, owner=world.opd_b.pk,
          title=secret, evidence=SimpleUploadedFile("bukti.pdf", PDF))
    with scopes_disabled():
        action = GapAction.objects.get(title=secret)
    seen_by_b = client_for("operator_b").get(reverse("compliance_gaps:actions"), {"tahun": YEAR})
    assert secret in seen_by_b.content.decode()

    for persona in ("operator_a", "head_a"):
        client = client_for(persona)
        for name in ("compliance_gaps:list", "compliance_gaps:actions"):
            body = client.get(reverse(name), {"tahun": YEAR}).content.decode()
            assert secret not in body and "Loket Layanan Disdik" not in body
        for name in ("compliance_gaps:xlsx", "compliance_gaps:actions_xlsx"):
            sheet = load_workbook(io.BytesIO(
                client.get(reverse(name), {"tahun": YEAR}).content)).active
            cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row}
            assert secret not in cells and "Loket Layanan Disdik" not in cells
        evidence = client.get(reverse("compliance_gaps:action_evidence", args=[action.pk]))
        assert evidence.status_code == 403
