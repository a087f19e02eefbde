from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.performance.selectors.reporting import reports_to_act_on
from pantau.tenancy.middleware import SESSION_REGION_KEY
from pantau.tenancy.selectors import invitations_pending, memberships_of_user
from pantau.web.home import home_context


@login_required
def home(request: HttpRequest) -> HttpResponse:
    membership = getattr(request, "membership", None)
    # Invitations from other Pemda wait here for the person to accept or decline them.
    pending_invitations = invitations_pending(user=request.user)
    if membership is None:
        return render(request, "web/no_membership.html",
                      {"pending_invitations": pending_invitations})
    own = membership.agency
    context = {
        "pending_invitations": pending_invitations,
        **home_context(request.user, membership),
        # An operator or head opening Pantau first sees what waits for them.
        "reports_to_act_on": reports_to_act_on(
            agency=own, may_approve=request.user.has_perm("performance.approve_report", own))
        if own is not None else [],
    }
    return render(request, "web/home.html", context)


@login_required
@require_POST
def switch_region(request: HttpRequest) -> HttpResponse:
    wanted = request.POST.get("region", "")
    for membership in memberships_of_user(user=request.user):
        if str(membership.region_id) == wanted:
            request.session[SESSION_REGION_KEY] = membership.region_id
            messages.success(request, _("Sekarang bekerja di %(region)s.") % {
                "region": membership.region.name})
            break
    else:
        messages.error(request, _("Anda tidak terdaftar di Pemda tersebut."))
    return redirect("web:home")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "csrf_failure.html", status=403)
