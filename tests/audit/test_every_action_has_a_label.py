"""Every audit action the code writes has an Indonesian label for the history pages."""

from __future__ import annotations

import re
from pathlib import Path

from pantau.audit.labels import ACTION_LABELS, action_label, change_rows

SOURCE = Path(__file__).resolve().parents[2] / "src" / "pantau"
ACTION = re.compile(r'"((?:tenancy|performance|surveys|reports|api|compliance)\.[a-z_]+\.[a-z_]+)"')


def _actions_in_source() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if path.name != "labels.py":
            found.update(ACTION.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_action_written_by_a_service_has_a_label() -> None:
    actions = _actions_in_source()

    assert "tenancy.agency.updated" in actions  # the scan itself works
    assert "compliance.answer.saved" in actions
    assert sorted(actions - set(ACTION_LABELS)) == []


def test_report_workflow_actions_built_from_a_verb_have_labels() -> None:
    for verb in ("submitted", "approved", "returned", "verified", "locked", "reopened"):
        assert action_label(f"performance.report.{verb}") != f"performance.report.{verb}"


def test_an_unknown_action_and_field_show_their_codes() -> None:
    assert action_label("x.y.z") == "x.y.z"
    assert change_rows(None, {"IK-01 realisasi": [None, "87.5"], "flag": [False, True]}) == [
        ("IK-01 realisasi", "—", "87.5"), ("flag", "Tidak", "Ya")]
