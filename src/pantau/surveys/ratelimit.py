"""The public form's rate limit: counters in Django's cache (no database write).

Each limited thing (an address on one survey, a whole survey) counts attempts in a window of
``window`` seconds that opens with its first attempt (the counter's expiry); ``capacity``
attempts pass, the rest are refused until the counter expires. The address is counted first; an
attempt it refuses does not use up the survey's allowance, so one flooding address cannot close
the survey for everybody else.

The cache alias is ``SKM_RATE_CACHE`` (default ``"default"``). Production points it at Redis
(``CACHE_URL``, see docs/deployment.md), shared by every gunicorn worker: there both counters
are taken in one round trip by a small Lua script (atomic, the expiry set with the first count).
Any other backend counts with ``cache.add`` + ``cache.incr``; with the per-process local-memory
cache each worker counts on its own, so the effective limit is ``workers × capacity`` (the deploy
check ``pantau.W003`` warns about that). Keys hash what is limited: never the raw address.
"""

from __future__ import annotations

import hashlib
import weakref
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from redis.commands.core import Script

DEFAULT_PER_IP = (30, 600)  # 30 submissions per 10 minutes from one address into one survey
DEFAULT_PER_SURVEY = (600, 600)  # 600 submissions per 10 minutes into one survey

# KEYS: the counters in order; ARGV: capacity and window of each. 1: allowed, 0: refused.
_TAKE_ALL_LUA = b"""
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('EXPIRE', key, ARGV[2 * i]) end
  if count > tonumber(ARGV[2 * i - 1]) then return 0 end
end
return 1
"""
_TAKE_ALL = Script(None, _TAKE_ALL_LUA)  # type: ignore[arg-type]  # bytes: no client needed


_CLIENTS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _redis(cache: RedisCache) -> Any:
    """The cache's Redis client, made once per cache backend (building one per call costs more
    than the round trip); it is thread-safe, its pool lends a connection per command."""
    backend = cache._cache
    client = _CLIENTS.get(backend)
    if client is None:
        client = _CLIENTS[backend] = backend.get_client(None, write=True)
    return client


def _key(kind: str, value: str, window: int) -> str:
    salted = f"{settings.SECRET_KEY}:{kind}:{value}".encode()
    return f"skm-rate:{hashlib.sha256(salted).hexdigest()[:32]}:{window}"


def _cache() -> Any:
    return caches[getattr(settings, "SKM_RATE_CACHE", "default")]


def take(*, kind: str, value: str, capacity: int, window: int) -> bool:
    """Counts one attempt; False when this window's attempts are used up (refused)."""
    return take_all([(kind, value, capacity, window)])


def take_all(limits: list[tuple[str, str, int, int]]) -> bool:
    """Counts one attempt on each ``(kind, value, capacity, window)`` in order, stopping at the
    first that refuses; True when none refused."""
    cache = _cache()
    keys = [_key(kind, value, window) for kind, value, _capacity, window in limits]
    if isinstance(cache, RedisCache):
        client = _redis(cache)
        args = [number for *_names, capacity, window in limits for number in (capacity, window)]
        return bool(_TAKE_ALL(keys=[cache.make_key(key) for key in keys], args=args,
                              client=client))  # our keys are short and plain: no validation
    for key, (_kind, _value, capacity, window) in zip(keys, limits, strict=True):
        cache.add(key, 0, timeout=window)
        try:
            count = cache.incr(key)
        except ValueError:  # evicted between add and incr: start again
            cache.set(key, 1, timeout=window)
            count = 1
        if count > capacity:
            return False
    return True


def submission_allowed(*, ip: str, survey_code: str) -> bool:
    """Both limits for one submission into the survey with this public code."""
    per_ip = getattr(settings, "SKM_RATE_PER_IP", DEFAULT_PER_IP)
    per_survey = getattr(settings, "SKM_RATE_PER_SURVEY", DEFAULT_PER_SURVEY)
    return take_all([
        ("ip", f"{survey_code}:{ip}", per_ip[0], per_ip[1]),
        ("survey", survey_code, per_survey[0], per_survey[1]),
    ])
