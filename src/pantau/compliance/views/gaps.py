"""The gap list: every indicator below the top of every lokus unit, ranked by the points the
Pemda gains if it alone is fixed, with the next category and the top gaps that reach it."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pantau.compliance.exports_gaps import gap_table
from pantau.compliance.models import Assessor
from pantau.compliance.selectors.gaps import GapList, visible
from pantau.compliance.views.gap_filters import gap_filters, gap_list_for
from pantau.pages.access import current_region, require_perm
from pantau.scoring import ScoringError
from pantau.spreadsheets.writer import xlsx_response


@login_required
def gap_list(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    filters = gap_filters(request)
    context: dict[str, Any] = {"filters": filters, "assessors": Assessor.choices,
                               "error": "", "found": None, "rows": []}
    try:
        found = gap_list_for(region=region, filters=filters)
    except ScoringError as error:  # a version that cannot compute (e.g. a dimension of weight 0)
        context["error"] = str(error)
        return render(request, "compliance/gap_list.html", context)
    units = [u for u in found.prediction.units
             if request.user.has_perm("compliance.view_unit", u.unit)]
    rows = visible(found.rows, user=request.user, agency_id=filters.agency_id,
                   unit_id=filters.unit_id)
    context.update({
        "found": found, "rows": rows, "units": units,
        "fix_rows_shown": sum(1 for r in rows if r.in_fix_set),
        "agencies": sorted({u.unit.agency for u in units}, key=lambda a: a.name),
        "chart": _chart(found, units), "region_wide": len(units) == len(found.prediction.units),
        "actable": {u.unit.pk for u in units
                    if request.user.has_perm("compliance.manage_actions", u.unit)},
    })
    return render(request, "compliance/gap_list.html", context)


@login_required
def gap_xlsx(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    filters = gap_filters(request)
    found = gap_list_for(region=region, filters=filters)
    rows = visible(found.rows, user=request.user, agency_id=filters.agency_id,
                   unit_id=filters.unit_id)
    return xlsx_response(gap_table(found, rows, region_name=region.name),
                         filename=f"daftar-celah-{filters.assessor}-{filters.year}.xlsx")


def _chart(found: GapList, units: list[Any]) -> dict[str, Any]:
    """Points per dimension (Ombudsman, stacked to the unit score) or per aspect (PEKPPP, 0–5)
    of each unit shown, as the prediction computed them."""
    if found.assessor == Assessor.KEMENPANRB:
        groups = [(a.code, a.name) for a in units[0].aspects] if units else []
        values = [[float(a.score) for a in u.aspects] for u in units]
        scale = 5
    else:
        groups = [(d.code, d.name) for d in units[0].dimensions] if units else []
        values = [[float(d.points) for d in u.dimensions] for u in units]
        scale = 100
    return {"labels": [u.unit.name for u in units], "scale": scale,
            "height": max(160, 60 + 28 * len(units)),
            "stacked": found.assessor != Assessor.KEMENPANRB,
            "series": [{"label": name, "data": [row[n] for row in values]}
                       for n, (_code, name) in enumerate(groups)]}
