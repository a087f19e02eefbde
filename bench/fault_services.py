"""Servers a fault benchmark may break without disturbing anybody: a PostgreSQL cluster and a
Redis server of its own (never the shared ones on 127.0.0.1:5432 and :6379)."""

from __future__ import annotations

import glob
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bench.run import with_postgres_script
from bench.skm_common import free_port, wait_for_port


def missing() -> str:
    """What this machine lacks for the fault benchmark, or "" when it has everything."""
    if not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"):
        return "PostgreSQL binaries under /usr/lib/postgresql/*/bin"
    if shutil.which("redis-server") is None:
        return "redis-server"
    return ""


@contextmanager
def private_postgres() -> Iterator[Any]:
    """An ephemeral cluster (``scripts/with_postgres.py``), migrated, as this process's default
    database for the duration (the runner's database is restored afterwards). Yields the
    cluster: ``.url`` for the servers' DATABASE_URL, ``.restart(downtime=…)``."""
    import dj_database_url
    from django.core.management import call_command
    from django.db import connections
    from django.db.utils import load_backend

    with with_postgres_script().ephemeral_server() as cluster:
        configured = connections.configure_settings(
            {"default": dj_database_url.parse(cluster.url, conn_health_checks=True)})["default"]
        previous = connections["default"]
        ours = load_backend(configured["ENGINE"]).DatabaseWrapper(configured, "default")
        connections["default"] = ours
        try:
            call_command("migrate", verbosity=0)
            yield cluster
        finally:
            ours.close()
            connections["default"] = previous


class PrivateRedis:
    """``redis-server`` on a free port, no persistence; stop and start it at will."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port, seconds=10)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@contextmanager
def private_redis() -> Iterator[PrivateRedis]:
    redis = PrivateRedis()
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()
