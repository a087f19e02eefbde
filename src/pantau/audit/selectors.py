from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models

from pantau.audit.models import AuditEvent


def audit_events_for_object(*, obj: models.Model) -> models.QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    ).select_related("actor", "content_type")


def audit_events_recent(*, limit: int = 200) -> models.QuerySet[AuditEvent]:
    return AuditEvent.objects.select_related("actor", "content_type")[:limit]
