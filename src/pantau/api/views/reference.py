"""Read endpoints: who am I, periods, OPDs, indicators with their targets."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework.fields import DateTimeField
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse

from pantau.api import openapi
from pantau.api.models import ApiToken
from pantau.api.selectors import indicator_queryset
from pantau.api.serializers import (
    AgencyBriefSerializer,
    AgencySerializer,
    IndicatorDetailSerializer,
    IndicatorRealizationSerializer,
    IndicatorSerializer,
    PeriodSerializer,
    RootSerializer,
)
from pantau.api.views.base import ScopedAPIView
from pantau.performance.models import Indicator
from pantau.performance.selectors.plans import indicator_realizations
from pantau.tenancy.selectors import agency_ids_visible_to, agency_list, period_list


class RootView(ScopedAPIView):
    """Who the token (or session) acts as, and where the endpoints are."""

    @extend_schema(
        operation_id="siapa_saya", tags=[openapi.TAG_REFERENCE],
        summary=_("Siapa saya"),
        description=_("Pengguna, Pemda, peran dan token yang dipakai, serta alamat daftar."),
        responses=openapi.responses(RootSerializer, 401, 403, 429))
    def get(self, request: Request) -> Response:
        membership = self.membership
        assert membership is not None
        user: Any = request.user
        token = request.auth if isinstance(request.auth, ApiToken) else None

        def link(name: str) -> str:
            return reverse(f"api:{name}", request=request)

        return Response({
            "user": {"username": user.username, "full_name": user.get_full_name()},
            "region": {"id": membership.region_id, "name": membership.region.name,
                       "code": membership.region.code,
                       "timezone": membership.region.timezone},
            "role": membership.role,
            "role_label": membership.get_role_display(),
            "agency": AgencyBriefSerializer(membership.agency).data
            if membership.agency_id else None,
            "token": {"name": token.name,
                      "created_at": DateTimeField().to_representation(token.created_at)}
            if token else None,
            "links": {name: link(name) for name in
                      ("period_list", "agency_list", "indicator_list", "score_list")},
        })


class PeriodListView(ScopedAPIView):
    @extend_schema(
        operation_id="periode_daftar", tags=[openapi.TAG_REFERENCE], summary=_("Periode"),
        description=_("Tahun (quarter null) dan triwulan, terbaru dulu, dengan statusnya."),
        responses=openapi.responses(PeriodSerializer(many=True), 401, 403, 404, 429))
    def get(self, request: Request) -> Response:
        self.require("performance.view_any")
        return self.paginated(period_list(), PeriodSerializer)


class AgencyListView(ScopedAPIView):
    """The Pemda's OPDs (``?semua=1``: with the inactive ones)."""

    @extend_schema(
        operation_id="opd_daftar", tags=[openapi.TAG_REFERENCE], summary=_("OPD"),
        description=_("OPD yang aktif (semua=1: juga yang tidak aktif)."),
        parameters=[openapi.ALL_FLAG],
        responses=openapi.responses(AgencySerializer(many=True), 401, 403, 404, 429))
    def get(self, request: Request) -> Response:
        self.require("tenancy.view_region")
        return self.paginated(agency_list(include_inactive=self.flag_param("semua")),
                              AgencySerializer)


class IndicatorListView(ScopedAPIView):
    """Indicators with targets. ``?opd=<id>``, ``?tahun=<year>`` (the indicators counted in that
    year's capaian, with that year's targets), ``?semua=1`` (with inactive ones, no year).

    Back office, leaders and assessors read every OPD; operators and heads their own OPD only.
    """

    @extend_schema(
        operation_id="indikator_daftar", tags=[openapi.TAG_REFERENCE],
        summary=_("Indikator dengan target"),
        description=_("Admin, evaluator, pimpinan dan penilai membaca semua OPD; operator dan "
                      "kepala OPD hanya OPD-nya (OPD lain lewat opd=: 403)."),
        parameters=[openapi.OPD_QUERY, openapi.YEAR_QUERY, openapi.ALL_FLAG],
        responses=openapi.responses(IndicatorSerializer(many=True), 400, 401, 403, 404, 429))
    def get(self, request: Request) -> Response:
        self.require("performance.view_any")
        opd = self.int_param("opd")
        agency = self.agency(opd, "performance.view_agency") if opd is not None else None
        agency_ids = None if agency is not None else agency_ids_visible_to(user=request.user)
        indicators = indicator_queryset(
            region_id=self.region_id, year=self.int_param("tahun"), agency=agency,
            agency_ids=agency_ids, include_inactive=self.flag_param("semua"))
        return self.paginated(indicators, IndicatorSerializer)


class IndicatorDetailView(ScopedAPIView):
    """One indicator with every target and every quarterly realization."""

    @extend_schema(
        operation_id="indikator_rinci", tags=[openapi.TAG_REFERENCE],
        summary=_("Satu indikator"),
        description=_("Dengan target setiap tahun dan realisasi setiap triwulan."),
        parameters=[openapi.path_id("id", _("Id indikator."))],
        responses=openapi.responses(IndicatorDetailSerializer, 401, 403, 404, 429))
    def get(self, request: Request, pk: int) -> Response:
        indicator: Indicator = get_object_or_404(
            Indicator.objects.select_related("agency", "node", "node__plan"), pk=pk)
        self.require("performance.view_agency", indicator.agency)
        data = dict(IndicatorSerializer(indicator).data)
        data["realizations"] = IndicatorRealizationSerializer(
            indicator_realizations(indicator=indicator), many=True).data
        return Response(data)
