"""Runs every benchmark and writes bench/results/<name>.json (format in DEVELOPERS.md).

`python -m bench.run [--quick] [--only bench_skm]`. The database, migrated first:

1. ``DATABASE_URL`` when it is set (used as it is: point it at a database you can fill and empty);
2. else a throwaway database ``pantau_bench_<pid>_<random>`` on the PostgreSQL server at
   127.0.0.1:5432 (user ``postgres``, found the way ``scripts/with_postgres.py`` finds it),
   dropped afterwards: PostgreSQL is the production database, so that is what we measure;
3. else a throwaway SQLite file, with a printed note (figures then say little about production).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import json
import os
import secrets
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
BENCHMARKS = [
    "bench.bench_opd_list",
    "bench.bench_performance",
    "bench.bench_realization_import",
    "bench.bench_rakor",
    "bench.bench_compliance_gaps",
    "bench.bench_compliance_readiness",
    "bench.bench_skm",
    "bench.bench_skm_faults",
    "bench.bench_compliance_answer",
]


@functools.cache
def with_postgres_script() -> ModuleType:
    """scripts/with_postgres.py (not a package): its server probing and cluster helpers."""
    spec = importlib.util.spec_from_file_location("with_postgres", ROOT / "scripts" /
                                                  "with_postgres.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _admin_execute(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=5) as admin:
        admin.execute(sql)


@contextmanager
def bench_database(tmpdir: str) -> Iterator[str]:
    """The DATABASE_URL the benchmarks run against (see the module docstring)."""
    if os.environ.get("DATABASE_URL"):
        print(f"bench: DATABASE_URL {with_postgres_script().redacted(os.environ['DATABASE_URL'])}")
        yield os.environ["DATABASE_URL"]
        return
    helpers = with_postgres_script()
    admin_url = f"postgres://postgres@{helpers.LOCAL_HOST}:{helpers.LOCAL_PORT}/postgres"
    if helpers.port_open(helpers.LOCAL_HOST, helpers.LOCAL_PORT):
        ok, reason = helpers.usable(admin_url)
        if ok:
            name = f"pantau_bench_{os.getpid()}_{secrets.token_hex(3)}"
            _admin_execute(admin_url, f'CREATE DATABASE "{name}"')
            print(f"bench: PostgreSQL {helpers.LOCAL_HOST}:{helpers.LOCAL_PORT}, "
                  f"throwaway database {name}")
            try:
                yield admin_url.rsplit("/", 1)[0] + f"/{name}"
            finally:
                from django.db import connections

                connections.close_all()
                _admin_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                print(f"bench: dropped {name}")
            return
        print(f"bench: the PostgreSQL server on {helpers.LOCAL_HOST}:{helpers.LOCAL_PORT} "
              f"refuses us ({reason})")
    print("bench: NOTE no PostgreSQL (no DATABASE_URL, nothing usable on 127.0.0.1:5432): "
          "running on SQLite, which is the demo database, not production")
    yield f"sqlite:///{tmpdir}/bench.sqlite3"


def _setup_django(database_url: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pantau.settings")
    os.environ["DEBUG"] = "true"
    os.environ["DATABASE_URL"] = database_url  # also for the servers the benchmarks start
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes, under two minutes")
    parser.add_argument("--only", action="append", metavar="MODULE",
                        help="run only this benchmark module (e.g. bench_skm); repeatable")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    modules = [name for name in BENCHMARKS
               if not args.only or name.rsplit(".", 1)[-1] in args.only or name in args.only]
    failed = 0
    with tempfile.TemporaryDirectory() as tmpdir, bench_database(tmpdir) as url:
        _setup_django(url)
        for module_name in modules:
            module = importlib.import_module(module_name)
            for result in module.run(quick=args.quick):
                (RESULTS / f"{result['name']}.json").write_text(json.dumps(result, indent=2))
                failed += not result["pass"]
                print(
                    f"{'PASS' if result['pass'] else 'FAIL'} {result['name']}: {result['metric']} "
                    f"= {result['value']} {result['unit']} (baseline {result['baseline']}, "
                    f"ratio {result['ratio']}, target {result['target']})"
                )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
