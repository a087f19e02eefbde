from __future__ import annotations

from pantau.performance.capaian.store import indicator_scores_rebuild
from pantau.tenancy.commands import PerRegionCommand
from pantau.tenancy.models import Region


class Command(PerRegionCommand):
    help = ("Menghitung ulang capaian tersimpan setiap indikator (IndicatorScoreCache) dari "
            "target dan realisasinya.")

    def handle_region(self, region: Region) -> str:
        rows = indicator_scores_rebuild(region=region)
        return f"{region.name}: {rows} baris capaian indikator dihitung ulang."
