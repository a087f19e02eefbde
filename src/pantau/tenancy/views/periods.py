from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.tenancy.forms import PeriodForm
from pantau.tenancy.models import Period, PeriodStatus
from pantau.tenancy.selectors import period_list
from pantau.tenancy.services.periods import period_create, period_set_status
from pantau.tenancy.views.common import apply_service_errors, current_region, require_perm


@login_required
def period_list_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.manage_periods")
    form = PeriodForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            period = period_create(actor=request.user, region=current_region(request),
                                   **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Periode %(period)s dibuat.") % {"period": period})
            return redirect("tenancy:period_list")
    return render(request, "tenancy/period_list.html", {"periods": period_list(), "form": form})


@login_required
@require_POST
def period_toggle_status(request: HttpRequest, pk: int) -> HttpResponse:
    period = get_object_or_404(Period, pk=pk)
    require_perm(request, "tenancy.manage_periods", period)
    reason = request.POST.get("reason", "").strip()
    new_status = PeriodStatus.OPEN if period.status == PeriodStatus.CLOSED else PeriodStatus.CLOSED
    try:
        period_set_status(actor=request.user, period=period, status=new_status, reason=reason)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("tenancy:period_list")
    messages.success(request, _("Periode %(period)s sekarang %(status)s.") % {
        "period": period, "status": period.get_status_display().lower()})
    return redirect("tenancy:period_list")
