"""Strict parsing of environment variables for settings.

A typo in production configuration must stop the process with a clear message, not silently fall
back to a default.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a boolean; use one of: {', '.join(sorted(_TRUE | _FALSE))}"
    )


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} must be at least {minimum}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


_CACHE_SCHEMES = ("redis", "rediss", "unix")


# A cache that stops answering must not hold a request (the public questionnaire) for ever.
REDIS_TIMEOUTS = {"socket_connect_timeout": 2, "socket_timeout": 2}


def env_cache(name: str, *, key_prefix: str = "") -> dict[str, Any]:
    """Django's CACHES entry from a cache URL; the process's own memory when the variable is unset.

    Accepted: ``redis://[[user]:password@]host[:port][/db]``, ``rediss://…`` (TLS) and
    ``unix://[[user]:password@]/path/to/redis.sock[?db=N]``, all served by Django's built-in
    ``RedisCache``. Anything else stops the settings with a message naming the variable.
    """
    raw = os.environ.get(name, "").strip()
    if not raw:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "KEY_PREFIX": key_prefix}
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} is not a valid URL: {error}") from None
    if parts.scheme not in _CACHE_SCHEMES:
        raise ImproperlyConfigured(
            f"{name} must start with {', '.join(s + '://' for s in _CACHE_SCHEMES)}; got "
            f"{parts.scheme + '://' if parts.scheme else 'no scheme'}"
        )
    database = parts.path.strip("/") if parts.scheme != "unix" else ""
    if parts.scheme == "unix":
        if not parts.path:
            raise ImproperlyConfigured(f"{name} needs the socket path: unix:///path/redis.sock")
        database = dict(parse_qsl(parts.query)).get("db", "")
    elif not parts.hostname:
        raise ImproperlyConfigured(f"{name} needs a host, e.g. redis://127.0.0.1:6379/0")
    if database and not database.isdecimal():
        raise ImproperlyConfigured(f"{name}: the database must be a number, not {database!r}")
    if port == 0:
        raise ImproperlyConfigured(f"{name}: port 0 is not a port")
    return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": raw,
            "KEY_PREFIX": key_prefix, "OPTIONS": REDIS_TIMEOUTS}
