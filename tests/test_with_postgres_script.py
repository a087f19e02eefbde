"""scripts/with_postgres.py runs a command against PostgreSQL and passes its exit status on."""

from __future__ import annotations

import glob
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SCRIPT = PROJECT / "scripts" / "with_postgres.py"

PROBE = """
import os, sys
import psycopg
url = os.environ["DATABASE_URL"]
with psycopg.connect(url) as connection:
    print("server", connection.execute("show server_version").fetchone()[0])
print("url", url)
sys.exit(3)
"""


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DATABASE_URL", "PANTAU_PG_FORCE_EPHEMERAL", "PANTAU_TEST_DB_SUFFIX")}
    return subprocess.run([sys.executable, str(SCRIPT), *command], env={**clean, **env},
                          capture_output=True, text=True, timeout=180, check=False)


def test_a_database_url_already_set_is_used_as_it_is() -> None:
    result = _run([sys.executable, "-c", "import os; print(os.environ['DATABASE_URL'])"],
                  {"DATABASE_URL": "postgres://pantau:rahasia@db.example:5432/pantau"})

    assert result.returncode == 0
    assert result.stdout.strip() == "postgres://pantau:rahasia@db.example:5432/pantau"
    assert "using DATABASE_URL postgres://pantau:***@db.example:5432/pantau" in result.stderr


def test_the_commands_exit_status_is_passed_on() -> None:
    result = _run([sys.executable, "-c", "raise SystemExit(9)"], {"DATABASE_URL": "sqlite://"})

    assert result.returncode == 9


def test_an_ephemeral_cluster_serves_the_command_and_is_removed_afterwards() -> None:
    if not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl") and not os.environ.get("CI"):
        pytest.skip("no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)")

    result = _run([sys.executable, "-c", PROBE], {"PANTAU_PG_FORCE_EPHEMERAL": "1"})

    assert result.returncode == 3, result.stderr
    assert re.search(r"^server \d+", result.stdout, re.MULTILINE)
    folder = re.search(r"ephemeral PostgreSQL \S+ in (\S+) ", result.stderr).group(1)
    assert f"url postgres://postgres@{folder.replace('/', '%2F')}:" in result.stdout
    assert "ephemeral cluster stopped" in result.stderr
    assert not Path(folder).exists()
