"""Writes of personal API tokens: create (the key is returned once) and revoke, each audited."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope

from pantau.api.keys import key_generate, key_hash
from pantau.api.models import ApiToken
from pantau.audit.services import audit_record, update_with_audit
from pantau.tenancy.models import Region

MAX_ACTIVE_TOKENS = 10  # per user and Pemda
TOUCH_EVERY_SECONDS = 60  # last_used_at is written at most once a minute per token


def token_create(*, actor: Any, region: Region, name: str) -> tuple[ApiToken, str]:
    """A new token of ``actor`` in ``region``; returns it with the plaintext key (shown once)."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Beri nama token, misalnya nama sistem yang memakainya.")})
    active = ApiToken.objects.filter(user=actor, region=region, is_revoked=False).count()
    if active >= MAX_ACTIVE_TOKENS:
        raise ValidationError({"name": _(
            "Anda sudah memiliki %(n)s token aktif; cabut token yang tidak dipakai lagi lebih "
            "dahulu.") % {"n": active}})
    key = key_generate()
    with transaction.atomic():
        token = ApiToken.objects.create(region=region, user=actor, name=name,
                                        key_hash=key_hash(key))
        audit_record(actor=actor, action="api.token.created", obj=token,
                     changes={"name": [None, name]})
    return token, key


def token_revoke(*, actor: Any, token: ApiToken) -> bool:
    """Revoke the token (it stops working at once). False when it was revoked already."""
    if token.is_revoked:
        return False
    with transaction.atomic():
        update_with_audit(actor=actor, instance=token, fields=("is_revoked",),
                          data={"is_revoked": True, "revoked_at": timezone.now()},
                          action="api.token.revoked")
    return True


def token_touch(*, token: ApiToken) -> None:
    """Record that the token was used (not audited: a usage stamp, not a change of data)."""
    now = timezone.now()
    last = token.last_used_at
    if last is not None and (now - last).total_seconds() < TOUCH_EVERY_SECONDS:
        return
    with scope(region=token.region_id):  # called while authenticating, before the view's scope
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now
