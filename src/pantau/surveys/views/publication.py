"""The public SKM page of a Pemda (no login): each unit's latest IKM and grade, no personal data."""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone
from django_scopes import scope

from pantau.surveys.results import publication
from pantau.tenancy.models import Region


def publication_view(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug, is_active=True)
    seconds = getattr(settings, "SKM_PUBLIC_CACHE_SECONDS", 60)
    key = f"surveys:publik:{region.pk}:{region.slug}:{request.LANGUAGE_CODE}"
    html = cache.get(key) if seconds else None
    if html is None:
        with scope(region=region.pk), timezone.override(zoneinfo.ZoneInfo(region.timezone)):
            html = render_to_string("surveys/publication.html", {
                "data": publication(region=region), "region": region, "now": timezone.now(),
            }, request=request)
        if seconds:
            cache.set(key, html, seconds)
    response = HttpResponse(html)
    response["Cache-Control"] = f"public, max-age={seconds}"
    return response
