"""Writing audit events. Every service that changes data calls ``audit_record``."""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from pantau.audit.context import client_ip
from pantau.audit.models import AuditEvent


def _plain(value: Any) -> Any:
    """A JSON-safe form of a field value."""
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    return {name: _plain(getattr(instance, name)) for name in fields}


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for every field whose value changed."""
    return {
        name: [before.get(name), value]
        for name, value in after.items()
        if before.get(name) != value
    }


def audit_record(
    *,
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    region: Any = None,
    changes: Mapping[str, Any] | None = None,
    note: str = "",
) -> AuditEvent:
    if region is None and obj is not None:
        region = getattr(obj, "region", None)
    actor_id = getattr(actor, "pk", None) if actor is not None else None
    return AuditEvent.objects.create(
        region=region,
        actor_id=actor_id,
        action=action,
        content_type=ContentType.objects.get_for_model(obj) if obj is not None else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        changes=dict(changes or {}),
        note=note,
        ip_address=client_ip.get(),
    )


def update_with_audit(
    *,
    actor: Any,
    instance: models.Model,
    fields: Iterable[str],
    data: Mapping[str, Any],
    action: str,
) -> dict[str, list[Any]]:
    """Apply ``data`` to ``instance``; save and audit only what changed. Returns the changes.

    The shared shape of every "update" service: snapshot, set, diff, save, one audit event.
    Call it inside the service's transaction.
    """
    fields = tuple(fields)
    before = snapshot(instance, fields)
    for field, value in data.items():
        setattr(instance, field, value)
    changes = diff(before, snapshot(instance, fields))
    if changes:
        instance.save()
        audit_record(actor=actor, action=action, obj=instance, changes=changes)
    return changes
