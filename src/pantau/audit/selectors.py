from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

from pantau.audit.labels import MODULE_LABELS
from pantau.audit.models import AuditEvent


def audit_events_for_object(*, obj: models.Model) -> models.QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    ).select_related("actor", "content_type")


def _start_of(day: datetime.date) -> datetime.datetime:
    """Midnight of ``day`` in the current (the Pemda's) time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def audit_events_filtered(
    *, action: str = "", actor_id: int | None = None, since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> models.QuerySet[AuditEvent]:
    """The Pemda's events, newest first. ``action``: one action code or a whole module.

    Dates are whole days in the Pemda's time zone, both ends included; the bounds are datetimes
    so the index on ``created_at`` serves them.
    """
    events = AuditEvent.objects.select_related("actor", "content_type")
    if action in MODULE_LABELS:
        events = events.filter(action__startswith=f"{action}.")
    elif action:
        events = events.filter(action=action)
    if actor_id is not None:
        events = events.filter(actor_id=actor_id)
    if since is not None:
        events = events.filter(created_at__gte=_start_of(since))
    if until is not None:
        events = events.filter(created_at__lt=_start_of(until + datetime.timedelta(days=1)))
    return events


def audit_actors() -> models.QuerySet[Any]:
    """The users who appear in the Pemda's trail (only they can be filtered on)."""
    acted = AuditEvent.objects.filter(actor_id__isnull=False).values("actor_id")
    return get_user_model()._default_manager.filter(pk__in=acted).order_by("full_name",
                                                                          "username")
