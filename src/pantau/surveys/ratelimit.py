"""A small database token bucket (after healthchecks' TokenBucket): works without Redis.

Each key holds up to one whole token; every attempt costs ``1 / capacity`` and the bucket refills
in ``window`` seconds. Concurrent attempts may overwrite each other's bucket by one step: a limit
for floods, not an exact counter.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from pantau.surveys.models import SubmissionBucket

DEFAULT_PER_IP = (30, 600)  # 30 submissions per 10 minutes from one address
DEFAULT_PER_SURVEY = (600, 600)  # 600 submissions per 10 minutes into one survey


def _key(kind: str, value: str) -> str:
    salted = f"{settings.SECRET_KEY}:{kind}:{value}".encode()
    return hashlib.sha256(salted).hexdigest()


def take(*, kind: str, value: str, capacity: int, window: int) -> bool:
    """Spends one attempt; False when the bucket is empty (the attempt is refused)."""
    key = _key(kind, value)
    now = timezone.now()
    with transaction.atomic():
        bucket = SubmissionBucket.objects.select_for_update().filter(key=key).first()
        if bucket is None:
            try:
                with transaction.atomic():
                    bucket = SubmissionBucket.objects.create(key=key, tokens=1.0, updated_at=now)
            except IntegrityError:  # created by a concurrent request
                bucket = SubmissionBucket.objects.select_for_update().get(key=key)
        else:
            elapsed = max((now - bucket.updated_at).total_seconds(), 0.0)
            bucket.tokens = min(1.0, bucket.tokens + elapsed / window)
        bucket.tokens -= 1.0 / capacity
        if bucket.tokens < -1e-9:
            return False
        bucket.updated_at = now
        bucket.save(update_fields=["tokens", "updated_at"])
        return True


def submission_allowed(*, ip: str, survey_id: int) -> bool:
    per_ip = getattr(settings, "SKM_RATE_PER_IP", DEFAULT_PER_IP)
    per_survey = getattr(settings, "SKM_RATE_PER_SURVEY", DEFAULT_PER_SURVEY)
    if not take(kind="ip", value=f"{survey_id}:{ip}", capacity=per_ip[0], window=per_ip[1]):
        return False
    return take(kind="survey", value=str(survey_id), capacity=per_survey[0],
                window=per_survey[1])
