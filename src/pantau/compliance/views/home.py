"""The module's start page: what the compliance module holds, for this Pemda."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pantau.compliance.report_kinds import PERMISSION as READINESS_PERMISSION
from pantau.compliance.selectors.calibration import latest_comparisons
from pantau.compliance.selectors.instruments import instrument_versions
from pantau.compliance.services.seeding import instruments_seed
from pantau.pages.access import current_region, require_perm


@login_required
def index(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    instruments_seed(region=region)
    return render(request, "compliance/index.html", {
        "families": instrument_versions(region=region),
        "comparisons": latest_comparisons(region=region),
        "can_report": request.user.has_perm(READINESS_PERMISSION),
    })
