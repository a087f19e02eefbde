"""The public SKM page of a Pemda (no login): each unit's latest IKM and grade, no personal data.

The page is the same for every visitor: it is rendered from ``web/public_base.html`` without the
request (no account, menu, flash messages or CSRF token can reach it). What is cached is the
computed results, never HTML, so nothing one visitor's request put into a page can be handed to
the next; only an anonymous visitor's copy is marked for shared caches. The search box and the
OPD filter are GET parameters applied to the cached figures, so shared caches keep one copy per
address.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import zoneinfo
from dataclasses import replace

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import timezone
from django_scopes import scope
from redis.exceptions import RedisError

from pantau.surveys.charts import ikm_bars
from pantau.surveys.selectors.publication import Publication, PublishedAgency, publication
from pantau.tenancy.models import Region

logger = logging.getLogger(__name__)

Computed = tuple[Publication, datetime.datetime]  # the results and when they were computed
MAX_SEARCH = 100  # characters of the unit search that are used


def _cached(key: str) -> Computed | None:
    try:
        return cache.get(key)
    except RedisError:  # the page works without its cache (Redis away): just slower
        logger.warning("SKM public page: cache unreachable, results computed afresh")
        return None


def _remember(key: str, computed: Computed, seconds: int) -> None:
    with contextlib.suppress(RedisError):  # already logged when reading
        cache.set(key, computed, seconds)


def _results(region: Region, language: str, seconds: int) -> Computed:
    """The page's figures, computed at most once per ``seconds`` per Pemda and language."""
    key = f"surveys:publik-data:{region.pk}:{region.slug}:{language}"
    computed = _cached(key) if seconds else None
    if computed is None:
        computed = (publication(region=region), timezone.now())
        if seconds:
            _remember(key, computed, seconds)
    return computed


def _asked_opd(data: Publication, raw: str) -> PublishedAgency | None:
    """The OPD picked in the filter, if it is one on the page (anything else: all OPDs)."""
    return next((line for line in data.agencies if raw.isdecimal()
                 and line.agency.pk == int(raw)), None)


def _narrowed(lines: tuple[PublishedAgency, ...], words: str) -> list[PublishedAgency]:
    """OPDs with the units whose name (or whose OPD's name) contains the words; the OPD's row
    keeps its whole figure."""
    if not words:
        return list(lines)
    wanted = words.casefold()
    shown = []
    for line in lines:
        opd_matches = wanted in f"{line.agency.name} {line.agency.short_name}".casefold()
        units = tuple(item for item in line.units
                      if opd_matches or wanted in item.unit.name.casefold())
        if units:
            shown.append(replace(line, units=units))
    return shown


def publication_view(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug, is_active=True)
    seconds = getattr(settings, "SKM_PUBLIC_CACHE_SECONDS", 60)
    words = request.GET.get("q", "").strip()[:MAX_SEARCH]
    with scope(region=region.pk), timezone.override(zoneinfo.ZoneInfo(region.timezone)):
        data, computed_at = _results(region, request.LANGUAGE_CODE, seconds)
        # Filtered here, after the cache: the cached figures are the same for every visitor.
        opd = _asked_opd(data, request.GET.get("opd", ""))
        lines = _narrowed((opd,) if opd else data.agencies, words)
        # One OPD shown (picked, or all the search found): compare its units instead.
        single = lines[0] if len(lines) == 1 else None
        chart = (ikm_bars((item.unit.name, item.result) for item in single.units) if single
                 else ikm_bars((line.agency.short_name, line.result) for line in lines))
        # No request: context processors (user, menu, messages, CSRF token) never run.
        html = render_to_string("surveys/publication.html", {
            "data": data, "region": region, "now": computed_at, "lines": lines,
            "opd": opd, "words": words, "chart": chart, "single": single,
        })
    response = HttpResponse(html)
    # The page is identical for everybody, but a logged-in visitor's response must not sit in
    # a shared cache next to their session cookie.
    shared = "private" if request.user.is_authenticated else "public"
    response["Cache-Control"] = f"{shared}, max-age={seconds}"
    return response
