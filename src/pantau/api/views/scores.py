"""Capaian: every OPD of a period (the ranking) and one OPD with its indicators (the scorecard).

Computed by ``pantau.performance.selectors`` exactly as the pages compute it; nothing here.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from pantau.api import openapi
from pantau.api.serializers import (
    AgencyBriefSerializer,
    AgencyScoreSerializer,
    IndicatorScoreSerializer,
    PeriodSerializer,
    RankingSerializer,
    ScorecardSerializer,
)
from pantau.api.views.base import ScopedAPIView
from pantau.performance.selectors.analysis import scorecard
from pantau.performance.selectors.scores import RANKING_RULE, agency_scores


class ScoreListView(ScopedAPIView):
    """``?periode=<id>``: every OPD's capaian, ranked (back office, leaders, assessors)."""

    @extend_schema(
        operation_id="capaian_peringkat", tags=[openapi.TAG_SCORES],
        summary=_("Capaian semua OPD (peringkat)"),
        description=_("Dihitung persis seperti halaman peringkat; OPD tanpa capaian terakhir "
                      "dengan rank null. Periode tahun memberi capaian tahunan."),
        parameters=[openapi.PERIOD_QUERY],
        responses=openapi.responses(RankingSerializer, 400, 401, 403, 404, 429))
    def get(self, request: Request) -> Response:
        self.require("performance.view_overview")
        period = self.period_param()
        return Response({
            "period": PeriodSerializer(period).data,
            "rule": RANKING_RULE,
            "results": AgencyScoreSerializer(agency_scores(period=period), many=True).data,
        })


class AgencyScoreView(ScopedAPIView):
    """``?periode=<id>``: one OPD's capaian and each indicator's (as on its scorecard)."""

    @extend_schema(
        operation_id="capaian_opd", tags=[openapi.TAG_SCORES],
        summary=_("Capaian satu OPD dan indikatornya"),
        description=_("Seperti kartu kinerja OPD; indikator bertanda (flag) tidak dihitung "
                      "dalam rata-rata OPD."),
        parameters=[openapi.AGENCY, openapi.PERIOD_QUERY],
        responses=openapi.responses(ScorecardSerializer, 400, 401, 403, 404, 429))
    def get(self, request: Request, agency_pk: int) -> Response:
        agency = self.agency(agency_pk, "performance.view_agency")
        period = self.period_param()
        card = scorecard(agency=agency, period=period)
        return Response({
            "period": PeriodSerializer(period).data,
            "agency": AgencyBriefSerializer(agency).data,
            "score": AgencyScoreSerializer(card.score).data,
            "indicators": IndicatorScoreSerializer(card.indicators, many=True).data,
        })
