#!/usr/bin/env python3
"""Run a command with DATABASE_URL pointing at a PostgreSQL server.

    python scripts/with_postgres.py .venv/bin/python -m pytest -m "not browser"

Which server, in order:

1. ``DATABASE_URL`` when it is already set;
2. the server on 127.0.0.1:5432 (user ``postgres``, database ``test``) when it lets us log in;
3. otherwise an ephemeral cluster made with the installed binaries
   (``/usr/lib/postgresql/<version>/bin/initdb`` and ``pg_ctl``) in a temporary folder, listening
   only on a unix socket in that folder. It is stopped and removed when the command ends. As root
   the binaries run as the ``postgres`` user (PostgreSQL refuses to run as root).

``PANTAU_PG_FORCE_EPHEMERAL=1`` skips step 2 (to test step 3 on a machine that has a server).
The exit status is the command's. Standard library only: it runs before the virtualenv exists.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

LOCAL_HOST, LOCAL_PORT = "127.0.0.1", 5432
LOCAL_URL = f"postgres://postgres@{LOCAL_HOST}:{LOCAL_PORT}/test"


def say(message: str) -> None:
    print(f"with_postgres: {message}", file=sys.stderr, flush=True)


def redacted(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def usable(url: str) -> tuple[bool, str]:
    """Whether we can log in to the database of ``url`` (not only reach its port)."""
    try:
        import psycopg
    except ImportError:  # run outside the virtualenv: the open port has to do
        return True, ""
    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as error:
        return False, str(error).strip().splitlines()[0]
    return True, ""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def postgres_bin_dir() -> Path:
    candidates = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")
    if not candidates:
        raise SystemExit(
            "with_postgres: no DATABASE_URL, nothing on 127.0.0.1:5432 and no PostgreSQL "
            "binaries under /usr/lib/postgresql (apt-get install postgresql)"
        )
    newest = max(candidates, key=lambda path: int(Path(path).parent.parent.name.split(".")[0]))
    return Path(newest).parent


def as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def run_quietly(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"with_postgres: {' '.join(command)} failed:\n{result.stdout}"
                         f"{result.stderr}")


class Cluster:
    """An ephemeral cluster: its binaries, folder (data, log, socket) and port. (A plain class:
    this file is also loaded by path, outside sys.modules, where dataclasses fail.)"""

    def __init__(self, bin_dir: Path, root: Path, port: int) -> None:
        self.bin_dir, self.root, self.port = bin_dir, root, port

    @property
    def url(self) -> str:
        return f"postgres://postgres@{quote(str(self.root), safe='')}:{self.port}/postgres"

    def pg_ctl(self, action: str) -> list[str]:
        options = (f"-p {self.port} -k {self.root} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        return as_postgres([
            str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-l",
            str(self.root / "server.log"), "-o", options, "-m", "fast", "-w", "-t", "60", action,
        ])

    def restart(self, *, downtime: float = 0) -> None:
        """Fast shutdown (every connection is cut, as in a real restart), ``downtime`` seconds
        without a server, then start again."""
        run_quietly(self.pg_ctl("stop"))
        time.sleep(downtime)
        run_quietly(self.pg_ctl("start"))
        wait_ready(self.bin_dir, self.root, self.port)


@contextmanager
def ephemeral_server() -> Iterator[Cluster]:
    """A cluster of its own (initdb in a temporary folder), stopped and removed afterwards."""
    cluster = Cluster(postgres_bin_dir(), Path(tempfile.mkdtemp(prefix="pantau-pg-")), free_port())
    started = False
    try:
        if os.geteuid() == 0:
            shutil.chown(cluster.root, user="postgres", group="postgres")
        run_quietly(as_postgres([
            str(cluster.bin_dir / "initdb"), "-D", str(cluster.root / "data"), "-U", "postgres",
            "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        ]))
        run_quietly(cluster.pg_ctl("start"))
        started = True
        wait_ready(cluster.bin_dir, cluster.root, cluster.port)
        say(f"ephemeral PostgreSQL {cluster.bin_dir.parent.name} in {cluster.root} "
            f"(socket, port {cluster.port})")
        yield cluster
    finally:
        if started:
            subprocess.run(cluster.pg_ctl("stop"), capture_output=True, check=False)
        shutil.rmtree(cluster.root, ignore_errors=True)
        say(f"ephemeral cluster stopped and {cluster.root} removed")


@contextmanager
def ephemeral_cluster() -> Iterator[str]:
    with ephemeral_server() as cluster:
        yield cluster.url


def wait_ready(bin_dir: Path, socket_dir: Path, port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = subprocess.run(
            [str(bin_dir / "pg_isready"), "-q", "-h", str(socket_dir), "-p", str(port)],
            check=False,
        )
        if ready.returncode == 0:
            return
        time.sleep(0.2)
    raise SystemExit(f"with_postgres: the ephemeral cluster did not start in {timeout:.0f} s")


def run(command: list[str], database_url: str, *, shared: bool) -> int:
    env = dict(os.environ, DATABASE_URL=database_url)
    if shared:
        # Test databases of this run get their own names: another run on the same server
        # (a developer, another worktree, CI) keeps its own.
        env.setdefault("PANTAU_TEST_DB_SUFFIX", secrets.token_hex(3))
    child = subprocess.Popen(command, env=env)
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.send_signal(signal.SIGINT)
        return child.wait()
    except SystemExit:
        child.terminate()
        child.wait()
        raise


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    # A TERM (CI cancel) unwinds through the finally blocks, so the cluster is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    if os.environ.get("DATABASE_URL"):
        url = os.environ["DATABASE_URL"]
        say(f"using DATABASE_URL {redacted(url)}")
        return run(argv, url, shared=True)
    forced = os.environ.get("PANTAU_PG_FORCE_EPHEMERAL", "") not in ("", "0")
    if not forced and port_open(LOCAL_HOST, LOCAL_PORT):
        ok, reason = usable(LOCAL_URL)
        if ok:
            say(f"using the server on {LOCAL_HOST}:{LOCAL_PORT}: {LOCAL_URL}")
            return run(argv, LOCAL_URL, shared=True)
        say(f"the server on {LOCAL_HOST}:{LOCAL_PORT} refuses {LOCAL_URL} ({reason}); "
            "starting an ephemeral cluster instead")
    with ephemeral_cluster() as url:
        return run(argv, url, shared=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
