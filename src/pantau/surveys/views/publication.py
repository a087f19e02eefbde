"""The public SKM page of a Pemda (no login): each unit's latest IKM and grade, no personal data."""

from __future__ import annotations

import contextlib
import logging
import zoneinfo

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone
from django_scopes import scope
from redis.exceptions import RedisError

from pantau.surveys.results import publication
from pantau.tenancy.models import Region

logger = logging.getLogger(__name__)


def _cached(key: str) -> str | None:
    try:
        return cache.get(key)
    except RedisError:  # the page works without its cache (Redis away): just slower
        logger.warning("SKM public page: cache unreachable, page built afresh")
        return None


def _remember(key: str, html: str, seconds: int) -> None:
    with contextlib.suppress(RedisError):  # already logged when reading
        cache.set(key, html, seconds)


def publication_view(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug, is_active=True)
    seconds = getattr(settings, "SKM_PUBLIC_CACHE_SECONDS", 60)
    key = f"surveys:publik:{region.pk}:{region.slug}:{request.LANGUAGE_CODE}"
    html = _cached(key) if seconds else None
    if html is None:
        with scope(region=region.pk), timezone.override(zoneinfo.ZoneInfo(region.timezone)):
            html = render_to_string("surveys/publication.html", {
                "data": publication(region=region), "region": region, "now": timezone.now(),
            }, request=request)
        if seconds:
            _remember(key, html, seconds)
    response = HttpResponse(html)
    response["Cache-Control"] = f"public, max-age={seconds}"
    return response
