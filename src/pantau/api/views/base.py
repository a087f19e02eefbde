"""The base of every API view: authentication, then the Pemda scope, then permissions.

``RegionScopeMiddleware`` scopes session requests only; a token request arrives unscoped and
learns its Pemda from the token. ``ScopedAPIView`` therefore authenticates first, enters
``django_scopes.scope`` of the user's membership (an empty scope when there is none: nothing is
found) for the rest of the request, including rendering, and activates the Pemda's time zone.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any, cast

from django.shortcuts import get_object_or_404
from django.template.response import SimpleTemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_scopes import scope
from rest_framework import exceptions
from rest_framework.pagination import BasePagination
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import Serializer
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from pantau.performance.selectors.analysis import default_period
from pantau.tenancy.models import Agency, Membership, Period
from pantau.tenancy.permissions import membership_of


class IsMember(BasePermission):
    message = gettext_lazy("Akun ini tidak memiliki peran aktif di Pemda mana pun.")

    def has_permission(self, request: Any, view: Any) -> bool:
        return membership_of(request.user) is not None


class ScopedAPIView(APIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = api_settings.DEFAULT_PAGINATION_CLASS  # read by the OpenAPI schema too
    membership: Membership | None = None

    def dispatch(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        with ExitStack() as stack:
            self._scopes = stack
            stack.callback(timezone.deactivate)
            response = super().dispatch(request, *args, **kwargs)
            if isinstance(response, SimpleTemplateResponse):
                response.render()  # the browsable API may query: render inside the scope
            return response

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        # Throttles before permissions (DRF checks them after): otherwise a request without a
        # token, or with a wrong one, is refused first and the per-address rate never applies.
        try:
            self.perform_authentication(request)
        except exceptions.AuthenticationFailed:
            self.check_throttles(request)  # DRF left an anonymous user: the address's rate
            raise
        self.check_throttles(request)
        user = request.user
        self.membership = membership_of(user) if user.is_authenticated else None
        self._scopes.enter_context(
            scope(region=self.membership.region_id if self.membership else []))
        if self.membership is not None:
            timezone.activate(self.membership.region.timezone)
        super().initial(request, *args, **kwargs)

    def check_throttles(self, request: Request) -> None:
        """Once per request: ``initial`` checks before the permissions, DRF's again after."""
        if getattr(request, "_throttles_checked", False):
            return
        request._throttles_checked = True  # type: ignore[attr-defined]
        super().check_throttles(request)

    # --- helpers shared by the endpoints --------------------------------------------------

    @property
    def region_id(self) -> int:
        assert self.membership is not None  # IsMember ran
        return self.membership.region_id

    def require(self, perm: str, obj: Any = None) -> None:
        """The same ``rules`` permission the pages check; 403 when refused."""
        if not self.request.user.has_perm(perm, obj):
            raise exceptions.PermissionDenied()

    def agency(self, pk: int, perm: str) -> Agency:
        """The OPD (404 outside the Pemda) the user holds ``perm`` on (403 otherwise)."""
        agency = get_object_or_404(Agency, pk=pk)
        self.require(perm, agency)
        return agency

    def quarter(self, pk: int) -> Period:
        return get_object_or_404(Period, pk=pk, quarter__isnull=False)

    def int_param(self, name: str) -> int | None:
        raw = self.request.query_params.get(name, "").strip()
        if not raw:
            return None
        if not raw.isdecimal() or len(raw) > 12:
            raise exceptions.ValidationError(
                {name: [_("Tulis bilangan bulat positif, misalnya ?%(name)s=12.")
                        % {"name": name}]})
        return int(raw)

    def flag_param(self, name: str) -> bool:
        return self.request.query_params.get(name, "").strip().lower() in {"1", "true", "ya"}

    def period_param(self) -> Period:
        """``?periode=<id>`` (404 when not of this Pemda), else the period evaluated now."""
        pk = self.int_param("periode")
        if pk is not None:
            return get_object_or_404(Period, pk=pk)
        period = default_period(self.region_id)
        if period is None:
            raise exceptions.NotFound(_("Pemda ini belum memiliki periode."))
        return period

    def paginated(self, queryset: Any, serializer_class: type[Serializer]) -> Response:
        paginator = cast(type[BasePagination], self.pagination_class)()
        page: list[Any] | None = paginator.paginate_queryset(queryset, self.request, view=self)
        data = serializer_class(page if page is not None else queryset, many=True).data
        if page is None:
            return Response(data)
        return paginator.get_paginated_response(data)
