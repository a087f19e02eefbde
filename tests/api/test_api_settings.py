"""Production settings serve the API as JSON only; development adds the browsable API."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
PRINT = ("from django.conf import settings; r = settings.REST_FRAMEWORK; "
         "print(r['DEFAULT_RENDERER_CLASSES']); print(r['DEFAULT_AUTHENTICATION_CLASSES'][0]); "
         "print(r['NUM_PROXIES'])")


def _settings(env: dict[str, str], tmp_path: Path) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PANTAU_"))}
    clean.update({"PANTAU_DATA_DIR": str(tmp_path), **env})
    result = subprocess.run([sys.executable, "manage.py", "shell", "-c", PRINT], cwd=PROJECT,
                            env=clean, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_production_serves_json_only(tmp_path: Path) -> None:
    out = _settings({"DEBUG": "false", "SECRET_KEY": secrets.token_urlsafe(60),
                     "ALLOWED_HOSTS": "pantau.example.go.id"}, tmp_path)

    assert "JSONRenderer" in out
    assert "BrowsableAPIRenderer" not in out
    assert "pantau.api.authentication.TokenAuthentication" in out
    assert out.strip().endswith("0")  # client address from REMOTE_ADDR, not X-Forwarded-For


def test_development_adds_the_browsable_api(tmp_path: Path) -> None:
    assert "BrowsableAPIRenderer" in _settings({"DEBUG": "true"}, tmp_path)
