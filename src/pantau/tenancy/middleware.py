"""Runs every request inside the scope of the user's Pemda.

Outside a scope, a query of tenant data raises (django-scopes): forgetting to filter by Pemda is an
error, not a leak.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.audit.context import client_ip
from pantau.pages.client import client_address
from pantau.site_url import base_of_request, request_base
from pantau.tenancy.selectors import membership_current

SESSION_REGION_KEY = "pantau_region_id"


class RegionScopeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = client_ip.set(client_address(request) or None)
        base = request_base.set(base_of_request(request))
        try:
            return self._scoped(request)
        finally:
            request_base.reset(base)
            client_ip.reset(token)
            timezone.deactivate()

    def _scoped(self, request: HttpRequest) -> HttpResponse:
        request.region = None  # type: ignore[attr-defined]
        request.membership = None  # type: ignore[attr-defined]
        user = request.user
        if not user.is_authenticated:
            return self.get_response(request)
        if user.is_superuser and request.path.startswith("/django-admin/"):
            # The platform admin's Django admin sees every Pemda.
            with scopes_disabled():
                return self.get_response(request)
        membership = membership_current(
            user=user, region_id=request.session.get(SESSION_REGION_KEY)
        )
        user.membership = membership  # type: ignore[attr-defined]  # read by rules predicates
        if membership is None:
            # No Pemda: run in a scope that matches none, so an object URL is a 404 (not a
            # ScopeError, a 500) and nothing of any Pemda is found.
            with scope(region=[]):
                return self.get_response(request)
        request.region = membership.region  # type: ignore[attr-defined]
        request.membership = membership  # type: ignore[attr-defined]
        timezone.activate(membership.region.timezone)
        with scope(region=membership.region_id):
            return self.get_response(request)
