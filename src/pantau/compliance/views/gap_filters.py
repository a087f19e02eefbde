"""The query string of the gap pages: year, assessor, OPD and unit, read once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.compliance.models import Assessor
from pantau.compliance.selectors.gaps import GapList, ombudsman_gap_list, pekppp_gap_list

FIRST_YEAR, LAST_YEAR = 2015, 2100


@dataclass(frozen=True)
class GapFilters:
    year: int
    assessor: str
    agency_id: int | None
    unit_id: int | None

    def query(self, **changes: Any) -> str:
        values = {"tahun": self.year, "penilai": self.assessor, "opd": self.agency_id or "",
                  "unit": self.unit_id or "", **changes}
        return urlencode({k: v for k, v in values.items() if v not in ("", None)})


def _number(request: HttpRequest, name: str) -> int | None:
    raw = request.GET.get(name, "").strip()
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def gap_filters(request: HttpRequest) -> GapFilters:
    """Year (default this year), assessor (default Ombudsman), OPD and unit; a year that is not
    one says so and shows this year."""
    this_year = timezone.localdate().year
    year = _number(request, "tahun")
    if request.GET.get("tahun") and (year is None or not FIRST_YEAR <= year <= LAST_YEAR):
        messages.warning(request, _("Tahun “%(value)s” tidak sah; ditampilkan tahun %(year)s.")
                         % {"value": request.GET["tahun"][:20], "year": this_year})
        year = None
    assessor = request.GET.get("penilai", "")
    return GapFilters(year or this_year,
                      assessor if assessor in Assessor.values else Assessor.OMBUDSMAN,
                      _number(request, "opd"), _number(request, "unit"))


def gap_list_for(*, region: Any, filters: GapFilters) -> GapList:
    if filters.assessor == Assessor.KEMENPANRB:
        return pekppp_gap_list(region=region, year=filters.year)
    return ombudsman_gap_list(region=region, year=filters.year)
