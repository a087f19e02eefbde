"""Only those who may edit a follow-up see its edit button; the follow-up export keeps the list's
status filter."""

from __future__ import annotations

import datetime
import io
import re
from typing import Any

import openpyxl
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.surveys.models import Survey, SurveyFollowUp


def _followup(survey: Survey, action: str, status: str) -> SurveyFollowUp:
    with scopes_disabled():
        return SurveyFollowUp.objects.create(
            region_id=survey.region_id, survey=survey, unit_id=survey.unit_id, element=3,
            action=action, owner="Kepala UPT", due_on=datetime.date(2026, 9, 30), status=status,
        )


def _rows(content: bytes) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(io.BytesIO(content)).active.values)


def test_only_those_who_may_edit_a_followup_see_its_edit_button(
    survey_a: Survey, client_for: Any
) -> None:
    followup = _followup(survey_a, "Tambah petugas loket", "rencana")
    edit = reverse("surveys:followup_update", args=[followup.pk])
    listing = reverse("surveys:followup_list")

    pages = {persona: client_for(persona).get(listing).content.decode()
             for persona in ("operator_a", "evaluator", "leader", "assessor")}

    assert edit in pages["operator_a"] and edit in pages["evaluator"]
    for reader in ("leader", "assessor"):
        assert "Tambah petugas loket" in pages[reader]
        assert edit not in pages[reader]


def test_the_followup_export_keeps_the_lists_status_filter(
    survey_a: Survey, client_for: Any
) -> None:
    _followup(survey_a, "Tambah petugas loket", "rencana")
    _followup(survey_a, "Perbaiki ruang tunggu", "selesai")
    client = client_for("evaluator")

    listing = client.get(reverse("surveys:followup_list"), {"status": "selesai"}).content.decode()
    link = re.search(r'href="([^"]*tindak-lanjut\.xlsx[^"]*)"', listing)
    assert link and link.group(1).endswith("?status=selesai")
    export = client.get(link.group(1))
    everything = _rows(client.get(reverse("surveys:followups_xlsx")).content)

    actions = [row[5] for row in _rows(export.content)]
    assert "Perbaiki ruang tunggu" in actions and "Tambah petugas loket" not in actions
    assert "selesai" in export["Content-Disposition"]
    assert any(row[0] == "Status: Selesai" for row in _rows(export.content))
    assert {"Perbaiki ruang tunggu", "Tambah petugas loket"} <= {row[5] for row in everything}
