from __future__ import annotations

from pantau.surveys.services.recount import rollup_recount
from pantau.tenancy.commands import PerRegionCommand
from pantau.tenancy.models import Region


class Command(PerRegionCommand):
    help = "Menghitung ulang rekap harian SKM dari jawaban mentah yang sah."

    def handle_region(self, region: Region) -> str:
        rows = rollup_recount(region=region)
        return f"{region.name}: {rows} baris rekap harian dihitung ulang."
