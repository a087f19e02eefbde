"""Realization import: a good file writes, any bad row writes nothing and names its line."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from pantau.performance.models import Realization
from tests.performance.reporting.conftest import Reporting, events, realizations
from tests.planner_statistics import has_planner_statistics
from tests.xlsx import realization_xlsx


def _import(rep: Reporting, client: Any, content: bytes) -> Any:
    url = reverse("performance_reporting:import", args=[rep.world.opd_a.pk, rep.q1.pk])
    return client.post(url, {"file": SimpleUploadedFile("realisasi.xlsx", content)})


def test_a_good_file_is_imported_with_one_summary_audit_event(rep: Reporting,
                                                              client_for: Any) -> None:
    content = realization_xlsx([("IK-A1", "87,5", "Pendorong", "", "Rencana"),
                                ("ik-a2", 120)])

    response = _import(rep, client_for("operator_a"), content)

    assert response.status_code == 302
    assert realizations(rep) == {"IK-A1": Decimal("87.5"), "IK-A2": Decimal("120")}
    [event] = events("performance.realization.imported")
    assert event.changes["IK-A1.value"] == [None, "87.5"]
    assert "2 realisasi baru" in event.note


def test_every_bad_row_is_reported_and_nothing_is_written(rep: Reporting,
                                                          client_for: Any) -> None:
    content = realization_xlsx([("IK-A1", "90"), ("IK-XX", "1"), ("IK-A2", "-4"),
                                ("IK-B1", "70"), ("IK-A1", "tinggi")])

    response = _import(rep, client_for("operator_a"), content)

    page = response.content.decode()
    assert response.status_code == 400
    for line, reason in ((3, "tidak dikenal"), (4, "tidak boleh negatif"),
                         (5, "milik OPD lain"), (6, "sudah ada di baris 2")):
        assert f'<td class="num">{line}</td>' in page and reason in page, (line, reason)
    assert realizations(rep) == {}


def test_a_file_that_is_not_xlsx_is_refused(rep: Reporting, client_for: Any) -> None:
    response = _import(rep, client_for("operator_a"), b"%PDF-1.4 not a spreadsheet")

    assert "bukan XLSX" in response.content.decode() and realizations(rep) == {}


def test_the_template_lists_the_opd_indicators_with_targets(rep: Reporting,
                                                            client_for: Any) -> None:
    import io

    url = reverse("performance_reporting:import_template", args=[rep.world.opd_a.pk, rep.q1.pk])
    response = client_for("operator_a").get(url)

    sheet = load_workbook(io.BytesIO(response.content))["Realisasi"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("IK-A1", "%", 90, 85),
                                                       ("IK-A2", "orang", 400, 100)]


def test_a_bulk_import_leaves_planner_statistics(rep: Reporting, client_for: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pantau.dbstats.BULK_ROWS", 2)  # a real bulk import: 5 000 rows

    _import(rep, client_for("operator_a"), realization_xlsx([("IK-A1", "90"), ("IK-A2", 5)]))

    assert realizations(rep) and has_planner_statistics(Realization)
