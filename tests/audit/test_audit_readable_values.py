"""The audit trail speaks plain Indonesian: no None, no Python lists or dicts, numbers as 1.250,5,
report kinds and realization keys by their names."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.labels import change_rows
from pantau.performance.models import Indicator
from pantau.performance.services.targets import targets_revise
from pantau.reports.kinds import background_report_kind
from pantau.reports.services import background_report_request
from tests.performance.reporting.conftest import Reporting, build_reporting, form_data
from tests.personas import World

CODE_LOOKS = re.compile(r"\[None|None\]|\{'|'\}|\bTrue\b|\bFalse\b|\.value\b|performance\.\w+ #")


@pytest.fixture
def rep(world: World) -> Reporting:
    return build_reporting(world)


def _changes(body: str) -> str:
    """The text of the changes column, tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def _trail(client_for: Any) -> str:
    response = client_for("evaluator").get(reverse("audit:event_list"))
    assert response.status_code == 200
    return _changes(response.content.decode())


def test_saved_realization_and_budget_read_as_names_and_indonesian_numbers(
    rep: Reporting, client_for: Any
) -> None:
    operator = client_for("operator_a")
    operator.post(rep.form_url(), form_data(rep, percent="11,2", budget="1.250.000,50"))
    response = operator.post(rep.form_url(), form_data(
        rep, percent="11,2", budget="1.250.000,50", drivers="Posyandu dan kader aktif"))
    assert response.status_code == 302

    trail = _trail(client_for)

    assert "Realisasi disimpan" in trail
    assert "IK-A1 · Realisasi: — → 11,2" in trail
    assert "IK-A2 · Realisasi: — → 120" in trail
    assert "IK-A1 · Faktor pendorong: Posyandu aktif → Posyandu dan kader aktif" in trail
    assert f"{rep.line.node.code} · Realisasi anggaran: — → 1.250.000,5" in trail
    assert not CODE_LOOKS.search(trail), CODE_LOOKS.search(trail)


def test_a_revised_target_shows_its_value_and_whether_it_counts(
    rep: Reporting, world: World, client_for: Any
) -> None:
    with scopes_disabled():
        targets_revise(actor=world.user("evaluator"), indicator=rep.people,
                       note="Perkada 12/2026",
                       cells={(2026, 4): (Decimal("1300"), None, True)})

    page = client_for("evaluator").get(
        reverse("audit:object_history", args=["performance.indicator", rep.people.pk]))
    history = _changes(page.content.decode())

    assert "Target perubahan ditetapkan" in history
    assert "Target perubahan 2026 TW IV: — → 1.300 (berlaku)" in history
    assert not CODE_LOOKS.search(history), CODE_LOOKS.search(history)


def test_a_requested_rakor_pack_shows_its_name_and_period(
    rep: Reporting, world: World, client_for: Any
) -> None:
    evaluator = world.user("evaluator")
    evaluator.membership = world.memberships["evaluator"]  # as the middleware sets it
    with scopes_disabled():
        report = background_report_request(actor=evaluator, region=world.region_a,
                                kind="performance.rakor_xlsx",
                                params={"period": rep.q1.pk, "period_label": "2026 Triwulan I"})

    trail = _trail(client_for)

    assert f"Paket rakor (XLSX) #{report.pk}" in trail
    assert "Jenis laporan: — → Paket rakor (XLSX)" in trail
    assert "Parameter: — → Periode: 2026 Triwulan I" in trail
    assert not CODE_LOOKS.search(trail), CODE_LOOKS.search(trail)


def test_every_report_kind_has_a_readable_name() -> None:
    from pantau.audit.values import CODE_LABELS

    for kind in ("performance.rakor_pdf", "performance.rakor_xlsx"):
        spec = background_report_kind(kind)
        assert spec is not None
        assert str(CODE_LABELS[kind]) == str(spec.title)


@pytest.mark.parametrize(("changes", "expected"), [
    ({"2026 TW I": [[None, None], ["87.5", "95"]]}, ("Target 2026 TW I", "—", "87,5 – 95")),
    ({"anggaran.P1.1.1": [None, "1250000.50"]},
     ("P1.1.1 · Realisasi anggaran", "—", "1.250.000,50")),
    ({"tindak_lanjut.IK.2": [None, "Rapat koordinasi"]},
     ("IK.2 · Tindak lanjut", "—", "Rapat koordinasi")),
    ({"IK.1.2.obstacles": ["", "Data belum masuk"]},
     ("IK.1.2 · Faktor penghambat", "—", "Data belum masuk")),
    ({"indicators": [0, 1500]}, ("jumlah indikator", "0", "1.500")),
    ({"questions": [None, ["Persyaratan", "Prosedur"]]},
     ("pertanyaan", "—", "Persyaratan; Prosedur")),
    # odd stored data never breaks the page: shown as stored
    ({"anggaran.P1": ["NaN", "1e999999"]}, ("P1 · Realisasi anggaran", "NaN", "1e999999")),
    ({"2026 TW II": [None, ["Infinity", None]]}, ("Target 2026 TW II", "—", "Infinity")),
])
def test_stored_shapes_read_as_plain_indonesian(changes: dict[str, Any],
                                                expected: tuple[str, str, str]) -> None:
    assert change_rows(None, changes, "performance.target.updated") == [expected]


def test_model_fields_without_own_name_and_numbers_of_the_model_read_in_indonesian(
    db: None,
) -> None:
    rows = change_rows(Indicator, {"agency": [None, "Dinas Kesehatan"]})
    evidence_rows = change_rows(None, {"indicator": [None, "I0001"]})

    assert rows[0].after == "Dinas Kesehatan"
    assert evidence_rows == [("indikator", "—", "I0001")]
