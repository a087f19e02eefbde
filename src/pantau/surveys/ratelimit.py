"""The public form's rate limit: counters in Django's cache (no database write).

Each limited thing (an address on one survey, a whole survey) counts attempts in a window of
``window`` seconds that opens with its first attempt (the counter's expiry); ``capacity``
attempts pass, the rest are refused until the counter expires. ``cache.add`` + ``cache.incr``
are atomic on Redis and memcached, so concurrent requests never lose a count there.

The cache alias is ``SKM_RATE_CACHE`` (default ``"default"``). In production point it at a cache
shared by every worker (Redis); with the per-process local-memory cache each worker counts on its
own, so the effective limit is ``workers × capacity`` (still a limit for floods, not an exact
counter). Keys hash what is limited: never the raw address.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import caches

DEFAULT_PER_IP = (30, 600)  # 30 submissions per 10 minutes from one address into one survey
DEFAULT_PER_SURVEY = (600, 600)  # 600 submissions per 10 minutes into one survey


def _key(kind: str, value: str, window: int) -> str:
    salted = f"{settings.SECRET_KEY}:{kind}:{value}".encode()
    return f"skm-rate:{hashlib.sha256(salted).hexdigest()[:32]}:{window}"


def take(*, kind: str, value: str, capacity: int, window: int) -> bool:
    """Counts one attempt; False when this window's attempts are used up (refused)."""
    cache = caches[getattr(settings, "SKM_RATE_CACHE", "default")]
    key = _key(kind, value, window)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr: start again
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= capacity


def submission_allowed(*, ip: str, survey_code: str) -> bool:
    """Both limits for one submission into the survey with this public code."""
    per_ip = getattr(settings, "SKM_RATE_PER_IP", DEFAULT_PER_IP)
    per_survey = getattr(settings, "SKM_RATE_PER_SURVEY", DEFAULT_PER_SURVEY)
    if not take(kind="ip", value=f"{survey_code}:{ip}", capacity=per_ip[0], window=per_ip[1]):
        return False
    return take(kind="survey", value=survey_code, capacity=per_survey[0],
                window=per_survey[1])
