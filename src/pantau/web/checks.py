"""Deployment checks of Pantau's own settings (run by `manage.py check --deploy`)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def site_url_is_public(**kwargs: Any) -> list[Warning]:
    """Invitation links, SKM QR codes and printed posters are built from SITE_URL."""
    url = settings.SITE_URL
    if not url or url.startswith(("http://127.", "http://localhost")):
        shown = repr(url) if url else "not set"
        return [Warning(
            f"SITE_URL is {shown}: links in invitation emails and the SKM QR codes on printed A4 "
            "posters would point at whatever address serves the page, not the public one; a "
            "poster printed with a wrong address cannot be corrected.",
            hint="Set SITE_URL to the public address, e.g. https://pantau.kabupaten.go.id, "
                 "before printing any SKM poster.",
            id="pantau.W001",
        )]
    if not url.startswith("https://"):
        return [Warning("SITE_URL does not use https://.", id="pantau.W002")]
    return []


SHARED_CACHES = (
    "django.core.cache.backends.redis.RedisCache",
    "django.core.cache.backends.memcached.PyMemcacheCache",
    "django.core.cache.backends.memcached.PyLibMCCache",
)


@register(Tags.caches, deploy=True)
def rate_limit_cache_is_shared(**kwargs: Any) -> list[Warning]:
    """The SKM rate limit counts in a cache: per process, each gunicorn worker counts alone."""
    alias = getattr(settings, "SKM_RATE_CACHE", "default")
    backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
    if backend in SHARED_CACHES:
        return []
    return [Warning(
        f"The SKM rate limit counts in the {alias!r} cache ({backend.rsplit('.', 1)[-1]}), which "
        "is not shared: each worker process counts on its own, so the limits per address and "
        "per survey are multiplied by the number of workers.",
        hint="Set CACHE_URL to a Redis server shared by every worker, e.g. "
             "redis://127.0.0.1:6379/0 (docs/deployment.md).",
        id="pantau.W003",
    )]
