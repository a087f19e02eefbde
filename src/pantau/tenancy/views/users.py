from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_page
from pantau.tenancy.forms import InviteForm, MembershipForm
from pantau.tenancy.models import Membership
from pantau.tenancy.selectors import membership_list
from pantau.tenancy.services.memberships import (
    membership_invite,
    membership_resend_invitation,
    membership_set_active,
    membership_update,
)


def _crumbs() -> list[dict[str, str]]:
    return [{"label": _("Pengguna"), "url": reverse("tenancy:membership_list")}]


@login_required
def membership_list_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.manage_users")
    return render(request, "tenancy/membership_list.html", {"memberships": membership_list()})


@login_required
def membership_invite_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.manage_users")
    return form_page(
        request, InviteForm(request.POST or None),
        save=lambda data: membership_invite(actor=request.user, region=current_region(request),
                                            **data),
        message=_invitation_sent, next_url="tenancy:membership_list",
        title=_("Undang pengguna"), breadcrumbs=_crumbs(),
        cancel_url=reverse("tenancy:membership_list"), submit_label=_("Kirim undangan"),
        intro=_("Pengguna menerima email berisi tautan untuk mengatur kata sandinya sendiri."))


def _invitation_sent(membership: Membership) -> str:
    sent = _("Undangan dikirim ke %(email)s.") % {"email": membership.user.email}
    if membership.is_pending:
        sent += " " + _("Ia perlu menerimanya sebelum dapat membuka data Pemda ini.")
    return sent


@login_required
def membership_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk)
    require_perm(request, "tenancy.manage_users", membership)
    return form_page(
        request, MembershipForm(request.POST or None, instance=Membership.objects.get(pk=pk)),
        save=lambda data: membership_update(actor=request.user, membership=membership, **data),
        message=_("Peran %(user)s disimpan.") % {"user": membership.person},
        next_url="tenancy:membership_list",
        title=_("Ubah peran %(user)s") % {"user": membership.person}, breadcrumbs=_crumbs(),
        cancel_url=reverse("tenancy:membership_list"))


@login_required
@require_POST
def membership_toggle_active(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk)
    require_perm(request, "tenancy.manage_users", membership)
    try:
        membership_set_active(actor=request.user, membership=membership,
                              active=not membership.is_active)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if membership.is_active:
            messages.success(request, _("%(user)s diaktifkan kembali.") % {
                "user": membership.person})
        else:
            messages.success(request, _("%(user)s dinonaktifkan dan tidak dapat lagi membuka "
                                        "data Pemda ini.") % {"user": membership.person})
    return redirect("tenancy:membership_list")


@login_required
@require_POST
def membership_resend_invitation_view(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk)
    require_perm(request, "tenancy.manage_users", membership)
    try:
        membership = membership_resend_invitation(actor=request.user, membership=membership)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        sent = _("Undangan dikirim ulang ke %(email)s.") % {"email": membership.user.email}
        if membership.awaits_password:
            sent += " " + _("Tautan yang dikirim sebelumnya tidak berlaku lagi.")
        messages.success(request, sent)
    return redirect("tenancy:membership_list")
