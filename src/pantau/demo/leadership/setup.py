"""The demo Pemda's acting head, priority indicators for 2025 and 2026 with their responsible
OPDs, and the reporting quarters TW I 2025 to TW IV 2026 with the Ministry's due dates."""

from __future__ import annotations

import datetime

from django_scopes import scope

from pantau.leadership.models import PriorityIndicator, RegionHead, ReportingQuarter
from pantau.leadership.services.indicator_set import indicator_set_prepare
from pantau.tenancy.models import Agency, Region

HEAD = {
    "name": "Dr. Ir. Suryadi Prawiranegara, M.Si.",
    "title": "Penjabat Bupati Contoh",
    "nip": "197003121996031004",
    "decree_number": "100.2.1.3-1234 Tahun 2024",
    "decree_date": datetime.date(2024, 12, 20),
    "inaugurated_on": datetime.date(2025, 1, 2),
}
# Indicator code → responsible OPDs (short names of demo/tenancy/data.py).
RESPONSIBLE: dict[str, tuple[str, ...]] = {
    "P01": ("Diskopumdag", "Distankan"),
    "P02": ("Dinkes", "DP3AP2KB"),
    "P03": ("Dinsos", "Bappeda"),
    "P04": ("Disnaker",),
    "P05": ("BPKAD", "Bapenda"),
    "P06": ("Bag. Organisasi", "DPMPTSP"),
    "P07": ("DPMPTSP",),
    "P08": ("Dinkes", "RSUD"),
    "P09": ("Setda",),
    "P10": ("Bappeda",),
    "P11": ("DPMD",),
}
YEARS = (2025, 2026)


def setup_demo_load(*, region: Region, today: datetime.date | None = None) -> RegionHead:
    with scope(region=region.pk):
        head = RegionHead.objects.filter(region=region).first()
        if head is None:
            head = RegionHead.objects.create(region=region, **HEAD)
        agencies = {agency.short_name: agency for agency in Agency.objects.filter(region=region)}
        for year in YEARS:
            if not PriorityIndicator.objects.filter(region=region, year=year).exists():
                for indicator in indicator_set_prepare(region=region, year=year, actor=None):
                    indicator.responsible_agencies.set(
                        agencies[name] for name in RESPONSIBLE.get(indicator.code, ())
                        if name in agencies)
            for quarter in range(1, 5):
                _quarter(region=region, head=head, year=year, quarter=quarter)
        return head


def _quarter(*, region: Region, head: RegionHead, year: int, quarter: int) -> None:
    starts_on = datetime.date(year, 3 * quarter - 2, 1)
    next_start = (datetime.date(year + 1, 1, 1) if quarter == 4
                  else datetime.date(year, 3 * quarter + 1, 1))
    ends_on = next_start - datetime.timedelta(days=1)
    ReportingQuarter.objects.get_or_create(
        region=region, year=year, quarter=quarter,
        defaults={"head": head, "starts_on": starts_on, "ends_on": ends_on,
                  "due_on": next_start + datetime.timedelta(days=21),
                  "ministry_letter": f"800.1.14/{100 + 10 * quarter}/IJ/{year}"})
