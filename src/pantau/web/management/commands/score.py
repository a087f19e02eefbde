from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pantau.scoring import ScoringError
from pantau.web.calculator import engine


class Command(BaseCommand):
    help = (
        "Klasifikasi satu nilai menurut metode resmi, misalnya: "
        "`score ombudsman 78,12 --year 2022`, `score skm 88,31`, `score pekppp 3,51 --year 2024`, "
        "`score sakip 90`, `score sampel 1000`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("method", help="ombudsman, pekppp, skm, skm-2004, sakip, sampel")
        parser.add_argument("value", help="nilai; koma desimal boleh (78,12)")
        parser.add_argument("--year", type=int, default=None, help="tahun penilaian")
        parser.add_argument("--boundary", choices=["lower_exclusive", "lower_inclusive"],
                            default=None, help="aturan batas SAKIP")

    def handle(self, *args: Any, **options: Any) -> None:
        method = options["method"]
        try:
            if method in ("sampel", "sampling"):
                outcome = engine.sample_outcome(options["value"])
            else:
                outcome = engine.classify_value(method, options["value"], year=options["year"],
                                                boundary=options["boundary"])
        except ScoringError as error:
            raise CommandError(str(error)) from error
        info = outcome.method
        self.stdout.write(outcome.headline)
        for label, value in outcome.rows:
            self.stdout.write(f"  {label}: {engine.format_value(value)}")
        self.stdout.write(f"  Metode: {info['id']} — {info['name']}")
        self.stdout.write(f"  Dasar hukum: {info['legal_basis']}")
