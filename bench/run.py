"""Runs every benchmark and writes bench/results/<name>.json (format in DEVELOPERS.md).

`python -m bench.run [--quick]`: a throwaway SQLite database (or DATABASE_URL) is migrated first.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
BENCHMARKS = [
    "bench.bench_opd_list",
    "bench.bench_performance",
    "bench.bench_realization_import",
    "bench.bench_rakor",
    "bench.bench_skm",
]


def _setup_django(tmpdir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pantau.settings")
    os.environ["DEBUG"] = "true"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmpdir}/bench.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes, under two minutes")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory() as tmpdir:
        _setup_django(tmpdir)
        for module_name in BENCHMARKS:
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
