"""A typo in the environment stops the settings with a clear message instead of a silent default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def _import_settings(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PANTAU_"))}
    clean.update({"PANTAU_DATA_DIR": str(tmp_path), "PYTHONPATH": str(PROJECT / "src"), **env})
    return subprocess.run(
        [sys.executable, "-c", "import pantau.settings"], cwd=PROJECT, env=clean,
        capture_output=True, text=True, timeout=60, check=False,
    )


def test_debug_maybe_stops_the_settings_with_a_clear_message(tmp_path: Path) -> None:
    result = _import_settings({"DEBUG": "maybe"}, tmp_path)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DEBUG='maybe' is not a boolean" in result.stderr


@pytest.mark.parametrize(("name", "value", "message"), [
    ("AXES_FAILURE_LIMIT", "lima", "AXES_FAILURE_LIMIT='lima' is not an integer"),
    ("AXES_FAILURE_LIMIT", "0", "AXES_FAILURE_LIMIT=0 must be at least 1"),
    ("EMAIL_USE_TLS", "ya", "EMAIL_USE_TLS='ya' is not a boolean"),
])
def test_other_malformed_values_stop_the_settings_too(
    name: str, value: str, message: str, tmp_path: Path
) -> None:
    result = _import_settings({"DEBUG": "true", name: value}, tmp_path)

    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.parametrize("value", ["true", "TRUE", "1", "yes", "on"])
def test_the_usual_spellings_of_true_are_accepted(value: str, tmp_path: Path) -> None:
    result = _import_settings({"DEBUG": value}, tmp_path)

    assert result.returncode == 0, result.stderr
