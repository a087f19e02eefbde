"""Inviting, changing and deactivating the users of one Pemda."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from pantau.audit.services import audit_record
from pantau.dates import table_date
from pantau.site_url import absolute_url
from pantau.tenancy.models import AGENCY_ROLES, Agency, Membership, Region

# An invitation is sent again at most this often: a double click or an impatient admin must not
# flood the person's inbox (nor use Pantau to spam an address).
RESEND_INTERVAL = datetime.timedelta(minutes=5)


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


def _send_invitation(*, user: Any, region: Region, inviter: Any, needs_consent: bool) -> None:
    """A new account gets a link to set its password; an existing one is asked to accept."""
    if needs_consent:
        template = "tenancy/email/invitation_to_accept.txt"
        path = reverse("tenancy:invitation_list")
    else:
        template = "tenancy/email/invitation.txt"
        path = reverse(
            "accounts:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    link = absolute_url(path)
    context = {"user": user, "region": region, "inviter": inviter, "link": link}
    send_mail(
        subject=_("Undangan Pantau — %(region)s") % {"region": region.name},
        message=render_to_string(template, context),
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
    """Adds a person to this Pemda and emails them.

    A new person gets an account and a link to set their password. Someone who already has an
    account (in another Pemda, say) gets a membership that waits for them to accept it: until then
    it opens nothing and their own Pemda stays where it was.
    """
    _check_role_agency(role=role, agency=agency)
    user_model = get_user_model()
    email = email.strip().lower()
    user = user_model._default_manager.filter(email__iexact=email).first()
    if user is not None and Membership.objects.filter(region=region, user=user).exists():
        raise ValidationError(
            {"email": _("Pengguna dengan email ini sudah terdaftar di Pemda ini.")}
        )
    needs_consent = user is not None
    if user is None:
        user = user_model._default_manager.create(
            username=_unique_username(email), email=email, full_name=full_name.strip()
        )
        user.set_unusable_password()
        user.save(update_fields=["password"])
    now = timezone.now()
    membership = Membership.objects.create(
        region=region, user=user, role=role, agency=agency,
        accepted_at=None if needs_consent else now, invitation_sent_at=now,
    )
    audit_record(
        actor=actor, action="tenancy.membership.invited", obj=membership,
        changes={"email": [None, email], "role": [None, role],
                 "agency": [None, str(agency) if agency else None]},
    )
    transaction.on_commit(lambda: _send_invitation(
        user=user, region=region, inviter=actor, needs_consent=needs_consent))
    return membership


def _check_resendable(membership: Membership, now: datetime.datetime) -> None:
    if not membership.is_active:
        raise ValidationError(_("%(email)s nonaktif. Aktifkan dulu sebelum mengirim ulang "
                                "undangan.") % {"email": membership.user.email})
    if not membership.awaits_answer:
        raise ValidationError(_("%(user)s sudah menerima undangan; tidak ada yang perlu dikirim "
                                "ulang.") % {"user": membership.person})
    sent = membership.invitation_sent_at
    if sent is not None and now - sent < RESEND_INTERVAL:
        raise ValidationError(_(
            "Undangan ke %(email)s baru saja dikirim (%(sent)s). Tunggu %(minutes)d menit sejak "
            "pengiriman terakhir sebelum mengirim ulang."
        ) % {"email": membership.user.email, "sent": table_date(sent),
             "minutes": int(RESEND_INTERVAL.total_seconds() // 60)})


@transaction.atomic
def membership_resend_invitation(*, actor: Any, membership: Membership) -> Membership:
    """Sends an unanswered invitation again, at most once every ``RESEND_INTERVAL``.

    Someone who never set a password gets a fresh link to set it; the links sent before stop
    working, since the token is derived from the (unusable) password that changes here. An
    existing account is asked again to accept.
    """
    membership = Membership.objects.select_for_update().select_related("region", "user").get(
        pk=membership.pk)
    now = timezone.now()
    _check_resendable(membership, now)
    user, needs_password = membership.user, membership.awaits_password
    if needs_password:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    sent_before = membership.invitation_sent_at
    membership.invitation_sent_at = now
    membership.save(update_fields=["invitation_sent_at"])
    audit_record(actor=actor, action="tenancy.membership.invitation_resent", obj=membership,
                 changes={"invitation_sent_at": [sent_before.isoformat() if sent_before else None,
                                                 now.isoformat()]})
    transaction.on_commit(lambda: _send_invitation(
        user=user, region=membership.region, inviter=actor, needs_consent=not needs_password))
    return membership


def _pending_invitation_locked(*, user: Any, membership: Membership) -> Membership:
    """The invitation, locked, if it is still the user's to answer; else a clear error."""
    with scopes_disabled():
        fresh = Membership.objects.select_for_update().select_related("region", "user").filter(
            pk=membership.pk, user=user, is_active=True, accepted_at__isnull=True
        ).first()
    if fresh is None:
        raise ValidationError(_("Undangan ini sudah dijawab atau dibatalkan."))
    return fresh


@transaction.atomic
def membership_accept(*, user: Any, membership: Membership) -> Membership:
    """The invited person accepts: the membership opens; their current Pemda stays as it is."""
    membership = _pending_invitation_locked(user=user, membership=membership)
    membership.accepted_at = timezone.now()
    membership.save(update_fields=["accepted_at"])
    audit_record(actor=user, action="tenancy.membership.accepted", obj=membership,
                 changes={"accepted_at": [None, membership.accepted_at.isoformat()]})
    return membership


@transaction.atomic
def membership_decline(*, user: Any, membership: Membership) -> Membership:
    """The invited person declines: the membership is deactivated and never opened."""
    membership = _pending_invitation_locked(user=user, membership=membership)
    membership.is_active = False
    membership.save(update_fields=["is_active"])
    audit_record(actor=user, action="tenancy.membership.declined", obj=membership,
                 changes={"is_active": [True, False]})
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
