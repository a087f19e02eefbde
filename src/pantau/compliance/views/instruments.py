"""Instrument versions: the list by family and year, and one version in full."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from pantau.compliance.models import Instrument
from pantau.compliance.selectors.instruments import (
    instrument_answer_count,
    instrument_structure,
    instrument_versions,
)
from pantau.compliance.services.seeding import instruments_seed
from pantau.pages.access import current_region, require_perm


@login_required
def instrument_list(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.view")
    region = current_region(request)
    instruments_seed(region=region)
    return render(request, "compliance/instrument_list.html", {
        "families": instrument_versions(region=region),
        "can_manage": request.user.has_perm("compliance.manage_instruments"),
    })


@login_required
def instrument_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.view")
    instrument = get_object_or_404(Instrument, pk=pk)
    return render(request, "compliance/instrument_detail.html", {
        "instrument": instrument,
        "dimensions": instrument_structure(instrument=instrument),
        "categories": instrument.categories.order_by("position"),
        "answers": instrument_answer_count(instrument=instrument),
        "can_manage": request.user.has_perm("compliance.manage_instruments"),
    })
