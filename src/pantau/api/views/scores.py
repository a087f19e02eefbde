"""Capaian: every OPD of a period (the ranking) and one OPD with its indicators (the scorecard).

Computed by ``pantau.performance.selectors`` exactly as the pages compute it; nothing here.
"""

from __future__ import annotations

from rest_framework.request import Request
from rest_framework.response import Response

from pantau.api.serializers import (
    AgencyBriefSerializer,
    AgencyScoreSerializer,
    IndicatorScoreSerializer,
    PeriodSerializer,
)
from pantau.api.views.base import ScopedAPIView
from pantau.performance.selectors.analysis import scorecard
from pantau.performance.selectors.scores import RANKING_RULE, agency_scores


class ScoreListView(ScopedAPIView):
    """``?periode=<id>``: every OPD's capaian, ranked (back office, leaders, assessors)."""

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
