"""Inviting, changing and deactivating the users of one Pemda."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.tenancy.models import AGENCY_ROLES, Agency, Membership, Region


def _check_role_agency(*, role: str, agency: Agency | None) -> None:
    if role in AGENCY_ROLES and agency is None:
        raise ValidationError({"agency": _("Peran ini harus dikaitkan dengan satu OPD.")})


def _unique_username(email: str) -> str:
    user_model = get_user_model()
    base = slugify(email.split("@")[0]) or "pengguna"
    candidate, n = base, 1
    while user_model._default_manager.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}{n}"
    return candidate


def _send_invitation(*, user: Any, region: Region, inviter: Any) -> None:
    link = settings.SITE_URL.rstrip("/") + reverse(
        "accounts:password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {"user": user, "region": region, "inviter": inviter, "link": link}
    send_mail(
        subject=_("Undangan Pantau — %(region)s") % {"region": region.name},
        message=render_to_string("tenancy/email/invitation.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )


@transaction.atomic
def membership_invite(
    *,
    actor: Any,
    region: Region,
    email: str,
    full_name: str,
    role: str,
    agency: Agency | None = None,
) -> Membership:
    """Adds a person to this Pemda and emails them a link to set their password."""
    _check_role_agency(role=role, agency=agency)
    user_model = get_user_model()
    email = email.strip().lower()
    user = user_model._default_manager.filter(email__iexact=email).first()
    if user is not None and Membership.objects.filter(region=region, user=user).exists():
        raise ValidationError(
            {"email": _("Pengguna dengan email ini sudah terdaftar di Pemda ini.")}
        )
    if user is None:
        user = user_model._default_manager.create(
            username=_unique_username(email), email=email, full_name=full_name.strip()
        )
        user.set_unusable_password()
        user.save(update_fields=["password"])
    membership = Membership.objects.create(region=region, user=user, role=role, agency=agency)
    audit_record(
        actor=actor, action="tenancy.membership.invited", obj=membership,
        changes={"email": [None, email], "role": [None, role],
                 "agency": [None, str(agency) if agency else None]},
    )
    transaction.on_commit(lambda: _send_invitation(user=user, region=region, inviter=actor))
    return membership


@transaction.atomic
def membership_update(
    *, actor: Any, membership: Membership, role: str, agency: Agency | None
) -> Membership:
    _check_role_agency(role=role, agency=agency)
    if agency is not None and role not in AGENCY_ROLES:
        agency = None
    changes: dict[str, list[Any]] = {}
    if membership.role != role:
        changes["role"] = [membership.role, role]
    if membership.agency_id != (agency.pk if agency else None):
        changes["agency"] = [str(membership.agency or ""), str(agency or "")]
    if changes:
        membership.role = role
        membership.agency = agency
        membership.save(update_fields=["role", "agency"])
        audit_record(actor=actor, action="tenancy.membership.updated", obj=membership,
                     changes=changes)
    return membership


@transaction.atomic
def membership_set_active(*, actor: Any, membership: Membership, active: bool) -> Membership:
    if membership.user_id == getattr(actor, "pk", None) and not active:
        raise ValidationError(_("Anda tidak dapat menonaktifkan akun Anda sendiri."))
    if membership.is_active == active:
        return membership
    membership.is_active = active
    membership.save(update_fields=["is_active"])
    action = "tenancy.membership.reactivated" if active else "tenancy.membership.deactivated"
    audit_record(actor=actor, action=action, obj=membership,
                 changes={"is_active": [not active, active]})
    return membership
