from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_scopes import scope

from pantau.performance.services.scores import indicator_scores_rebuild
from pantau.tenancy.models import Region


class Command(BaseCommand):
    help = ("Menghitung ulang capaian tersimpan setiap indikator (IndicatorScoreCache) dari "
            "target dan realisasinya.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--region", metavar="SLUG", help="Hanya Pemda dengan slug ini.")

    def handle(self, *args: Any, **options: Any) -> None:
        regions = Region.objects.order_by("name")
        if options["region"]:
            regions = regions.filter(slug=options["region"])
            if not regions.exists():
                raise CommandError(f"Pemda dengan slug “{options['region']}” tidak ditemukan.")
        for region in regions:
            with scope(region=region.pk):
                rows = indicator_scores_rebuild(region=region)
            self.stdout.write(f"{region.name}: {rows} baris capaian indikator dihitung ulang.")
