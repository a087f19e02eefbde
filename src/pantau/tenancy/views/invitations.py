"""The invited person's side of an invitation: see it, accept it or decline it.

Open to any logged-in user, for their own invitations only: someone else's is simply not found.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.tenancy.models import Membership
from pantau.tenancy.selectors import invitation_of_user, invitations_pending
from pantau.tenancy.services.memberships import membership_accept, membership_decline


@login_required
def invitation_list_view(request: HttpRequest) -> HttpResponse:
    return render(request, "tenancy/invitation_list.html",
                  {"invitations": invitations_pending(user=request.user)})


def _answer(
    request: HttpRequest, pk: int, service: Callable[..., Membership], done: str
) -> HttpResponse:
    invitation = invitation_of_user(user=request.user, pk=pk)
    if invitation is None:
        raise Http404
    try:
        service(user=request.user, membership=invitation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done % {"region": invitation.region.name})
    return redirect("tenancy:invitation_list")


@login_required
@require_POST
def invitation_accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, membership_accept, _(
        "Undangan %(region)s diterima. Pindah ke Pemda ini lewat menu “Ganti Pemda”."))


@login_required
@require_POST
def invitation_decline(request: HttpRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, membership_decline, _("Undangan %(region)s ditolak."))
