"""A unit's published service standard: the public page (no login) and the A4 PDF for the
counter. Both show only the six public components of each active product and the maklumat.

The public page is rendered from ``web/public_base.html`` without the request (no account, menu,
messages or CSRF token), from figures cached per unit and language for
``STANDARDS_PUBLIC_CACHE_SECONDS`` (never HTML; an edit forgets the unit's copy), and is sent
``public`` to anonymous visitors.
Each address may open ``STANDARDS_PUBLIC_RATE`` pages per window (counted in the SKM's rate
cache) so the units cannot be walked through in bulk; over it: 429.
"""

from __future__ import annotations

import contextlib
import logging
import zoneinfo

import segno
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled
from redis.exceptions import RedisError

from pantau.compliance.selectors.standards import (
    PublishedStandards,
    published_cache_key,
    published_standards,
)
from pantau.pages.access import require_perm
from pantau.pages.client import client_address
from pantau.site_url import absolute_url
from pantau.surveys.ratelimit import take_all
from pantau.tenancy.models import Region, ServiceUnit

logger = logging.getLogger(__name__)
DEFAULT_RATE = (300, 600)  # pages per address per 10 minutes


def public_standards_url(unit: ServiceUnit) -> str:
    """The public page's absolute address (printed on the sheet and the SKM poster)."""
    return absolute_url(reverse("compliance_public:unit", args=[unit.region.slug, unit.pk]))


def _published(unit: ServiceUnit, language: str, seconds: int) -> PublishedStandards:
    key = published_cache_key(region_id=unit.region_id, unit_id=unit.pk, language=language)
    data = None
    if seconds:
        try:
            data = cache.get(key)
        except RedisError:
            logger.warning("Public standards page: cache unreachable, read afresh")
    if data is None:
        data = published_standards(unit=unit)
        if seconds:
            with contextlib.suppress(RedisError):
                cache.set(key, data, seconds)
    return data


def _allowed(request: HttpRequest) -> bool:
    capacity, window = getattr(settings, "STANDARDS_PUBLIC_RATE", DEFAULT_RATE)
    return take_all([("standar-publik", client_address(request), capacity, window)])


def public_unit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    if not _allowed(request):
        return HttpResponse(render_to_string("compliance/standards/public_message.html", {
            "title": _("Terlalu banyak permintaan"),
            "text": _("Halaman ini dibuka terlalu sering dari alamat Anda. Coba lagi beberapa "
                      "menit lagi.")}), status=429)
    with scopes_disabled():
        region = get_object_or_404(Region, slug=slug, is_active=True)
    seconds = getattr(settings, "STANDARDS_PUBLIC_CACHE_SECONDS", 60)
    with scope(region=region.pk), timezone.override(zoneinfo.ZoneInfo(region.timezone)):
        unit = get_object_or_404(
            ServiceUnit.objects.select_related("region", "agency"), pk=pk, region=region,
            is_active=True, agency__is_active=True)
        data = _published(unit, request.LANGUAGE_CODE, seconds)
        # No request: context processors (user, menu, messages, CSRF token) never run.
        html = render_to_string("compliance/standards/public.html", {"data": data})
    response = HttpResponse(html)
    shared = "private" if request.user.is_authenticated else "public"
    response["Cache-Control"] = f"{shared}, max-age={seconds}"
    patch_vary_headers(response, ["Cookie"])  # the language
    return response


@login_required
def unit_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The A4 sheets for the counter: each product's six public components in large type, the
    maklumat, the unit, the Pemda and a QR code to the public page."""
    unit = get_object_or_404(ServiceUnit.objects.select_related("region", "agency"), pk=pk)
    require_perm(request, "compliance.view_unit", unit)
    url = public_standards_url(unit)
    html = render_to_string("compliance/standards/print.html", {
        "data": published_standards(unit=unit), "url": url,
        "qr": segno.make(url, error="m").svg_data_uri(scale=6, border=2),
    }, request=request)
    from weasyprint import HTML  # imported late: loading it parses CSS and logs noise

    response = HttpResponse(HTML(string=html).write_pdf(), content_type="application/pdf")
    name = slugify(unit.name)[:60] or "unit"
    response["Content-Disposition"] = f'inline; filename="standar-pelayanan-{name}.pdf"'
    return response
