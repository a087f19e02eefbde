"""Production settings pass Django's deployment checklist without a single warning."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def _manage(
    args: list[str], env: dict[str, str], tmp_path: Path, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PANTAU_"))}
    clean.update({"PANTAU_DATA_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=clean, capture_output=True,
        text=True, timeout=timeout, check=False,
    )


def test_check_deploy_passes_with_production_settings(tmp_path: Path) -> None:
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], {
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "pantau.example.go.id",
        "SITE_URL": "https://pantau.example.go.id",
        "CACHE_URL": "redis://127.0.0.1:6379/0",  # not contacted by the checks
    }, tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_when_site_url_is_left_at_the_default(tmp_path: Path) -> None:
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], {
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "pantau.example.go.id",
    }, tmp_path)

    assert result.returncode != 0
    assert "pantau.W001" in result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path: Path) -> None:
    result = _manage(["check"], {"DEBUG": "false", "SECRET_KEY": "",
                                 "ALLOWED_HOSTS": "pantau.example.go.id"}, tmp_path)

    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is false" in result.stderr


def test_production_settings_refuse_a_short_secret_key(tmp_path: Path) -> None:
    result = _manage(["check"], {"DEBUG": "false", "SECRET_KEY": "pendek",
                                 "ALLOWED_HOSTS": "pantau.example.go.id"}, tmp_path)

    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


def test_collectstatic_succeeds_with_production_settings(tmp_path: Path) -> None:
    """The deployment step: the manifest storage refuses any file (a source map, a font) that a
    vendored CSS or JS file names but that is not there."""
    result = _manage(["collectstatic", "--noinput"], {
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "pantau.example.go.id",
        "SITE_URL": "https://pantau.example.go.id",
    }, tmp_path, timeout=600)  # about 30 s of CPU: every file is gzip- and brotli-compressed

    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "static" / "staticfiles.json").exists()
