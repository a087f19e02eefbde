"""On a fresh checkout the default SQLite folder does not exist yet: migrate must still work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def test_migrate_creates_the_sqlite_folder_of_a_fresh_checkout(tmp_path: Path) -> None:
    data_dir = tmp_path / "var-not-created-yet"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DJANGO_", "PANTAU_", "DATABASE_URL"))}
    env.update({"PANTAU_DATA_DIR": str(data_dir), "DEBUG": "true"})

    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=PROJECT, env=env,
        capture_output=True, text=True, timeout=300, check=False,
    )

    assert result.returncode == 0, result.stderr
    assert (data_dir / "pantau.sqlite3").exists()
