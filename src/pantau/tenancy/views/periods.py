from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_saved
from pantau.tenancy.forms import PeriodForm
from pantau.tenancy.models import Period
from pantau.tenancy.selectors import period_list
from pantau.tenancy.services.periods import period_create, period_reopen


@login_required
def period_list_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.manage_periods")
    form = PeriodForm(request.POST or None)
    return form_saved(
        request, form,
        save=lambda data: period_create(actor=request.user, region=current_region(request),
                                        **data),
        message=lambda period: _("Periode %(period)s dibuat.") % {"period": period},
        next_url="tenancy:period_list",
    ) or render(request, "tenancy/period_list.html", {"periods": period_list(), "form": form})


@login_required
@require_POST
def period_reopen_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Reopening only: closing has one path with its safeguard (performance's close page)."""
    period = get_object_or_404(Period, pk=pk)
    require_perm(request, "tenancy.manage_periods", period)
    try:
        period_reopen(actor=request.user, period=period, reason=request.POST.get("reason", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Periode %(period)s dibuka kembali.") % {"period": period})
    return redirect("tenancy:period_list")
