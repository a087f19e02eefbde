"""Shared shape of management commands that work on every Pemda, or one with ``--region SLUG``."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_scopes import scope

from pantau.tenancy.models import Region


class PerRegionCommand(BaseCommand):
    """Runs ``handle_region`` inside each Pemda's scope and prints the line it returns."""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--region", metavar="SLUG", help="Hanya Pemda dengan slug ini.")

    def handle_region(self, region: Region) -> str:
        raise NotImplementedError

    def handle(self, *args: Any, **options: Any) -> None:
        regions = Region.objects.order_by("name")
        if options["region"]:
            regions = regions.filter(slug=options["region"])
            if not regions.exists():
                raise CommandError(f"Pemda dengan slug “{options['region']}” tidak ditemukan.")
        for region in regions:
            with scope(region=region.pk):
                line = self.handle_region(region)
            self.stdout.write(line)
