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
import logging
import os
import threading
import time
import weakref
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, RedisError

logger = logging.getLogger(__name__)

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
_TAKE_ALL_SHA = hashlib.sha1(_TAKE_ALL_LUA).hexdigest()  # noqa: S324 (Redis names scripts so)


class _Held(threading.local):
    connection: Any = None
    pid = 0


_HELD: weakref.WeakKeyDictionary[Any, _Held] = weakref.WeakKeyDictionary()


def _connection(cache: RedisCache) -> Any:
    """This thread's own connection to the cache's Redis, made from its pool's settings.

    Borrowing one from the pool per call costs this worker more CPU than the round trip itself
    (the pool's locking and bookkeeping), so each thread keeps one; a forked process makes its
    own.
    """
    backend = cache._cache
    held = _HELD.get(backend)
    if held is None:
        held = _HELD[backend] = _Held()
    if held.connection is None or held.pid != os.getpid():
        pool = backend.get_client(None, write=True).connection_pool
        held.connection = pool.connection_class(**pool.connection_kwargs)
        held.pid = os.getpid()
    return held.connection


def _drop(cache: RedisCache) -> None:
    held = _HELD.get(cache._cache)
    if held is not None and held.connection is not None:
        held.connection.disconnect()
        held.connection = None


def _fresh_connection(cache: RedisCache) -> Any:
    """This thread's connection, replaced first if Redis closed it meanwhile (a restart): a
    reply is always read in full, so anything readable before sending means the peer hung up.
    One non-blocking poll; sending on a dead socket might otherwise "succeed" and fail only on
    reading, when the command may or may not have run."""
    connection = _connection(cache)
    try:
        stale = connection._sock is not None and connection.can_read(timeout=0)
    except RedisError:
        stale = True
    if stale:
        _drop(cache)
        connection = _connection(cache)
    return connection


def _run_script(cache: RedisCache, keys: list[str], args: list[int]) -> Any:
    """The counting script by its SHA (loaded with a plain EVAL when Redis does not know it).

    Sending on a connection Redis has closed (a restart) fails before anything is counted: the
    connection is replaced and the command sent once more. A failure after sending is not
    retried (the script may have counted already); it drops the connection and is raised.
    """
    for attempt in (1, 2):
        connection = _fresh_connection(cache)
        try:
            connection.send_command("EVALSHA", _TAKE_ALL_SHA, len(keys), *keys, *args)
        except RedisConnectionError:
            _drop(cache)
            if attempt == 2:
                raise
            continue
        try:
            try:
                return connection.read_response()
            except NoScriptError:
                connection.send_command("EVAL", _TAKE_ALL_LUA, len(keys), *keys, *args)
                return connection.read_response()
        except RedisError:
            _drop(cache)
            raise
    raise AssertionError("unreachable")


_LAST_OUTAGE_LOG = [float("-inf")]


def _log_outage() -> None:
    """One log entry a minute per process while Redis is away, not one per submission."""
    now = time.monotonic()
    if now - _LAST_OUTAGE_LOG[0] >= 60:
        _LAST_OUTAGE_LOG[0] = now
        logger.exception("SKM rate limit: Redis unreachable, submissions let through")


def _key(kind: str, value: str, window: int) -> str:
    salted = f"{settings.SECRET_KEY}:{kind}:{value}".encode()
    return f"skm-rate:{hashlib.sha256(salted).hexdigest()[:32]}:{window}"


def _cache() -> Any:
    return caches[getattr(settings, "SKM_RATE_CACHE", "default")]


def take_all(limits: list[tuple[str, str, int, int]]) -> bool:
    """Counts one attempt on each ``(kind, value, capacity, window)`` in order, stopping at the
    first that refuses; True when none refused."""
    cache = _cache()
    keys = [_key(kind, value, window) for kind, value, _capacity, window in limits]
    if isinstance(cache, RedisCache):
        args = [number for *_names, capacity, window in limits for number in (capacity, window)]
        try:  # our keys are short and plain: make_key needs no validation
            return bool(_run_script(cache, [cache.make_key(key) for key in keys], args))
        except RedisError:
            # Fail open: a submission still counts once (its token) and the honeypot still
            # works; refusing every questionnaire while the cache is away would be worse.
            _log_outage()
            return True
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
