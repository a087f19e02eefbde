"""Public-service compliance: predicted scores, gap lists and official results, read through
the same selectors as the compliance pages. Every member of the Pemda reads the Pemda's figures
and the official results; the units an operator or head sees are their own OPD's
(``compliance.view_unit``), as on the gap list and self-assessment pages."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.response import Response

from pantau.api import openapi
from pantau.api.serializers_compliance import (
    GapListSerializer,
    OfficialResultsSerializer,
    PredictionSerializer,
)
from pantau.api.views.base import ScopedAPIView
from pantau.compliance.models import Assessor
from pantau.compliance.selectors.calibration import predicted_vs_official
from pantau.compliance.selectors.gaps import ombudsman_gap_list, pekppp_gap_list, visible
from pantau.compliance.selectors.predictions import ombudsman_prediction, pekppp_prediction
from pantau.compliance.selectors.results import official_results
from pantau.scoring.errors import ScoringError

FIRST_YEAR, LAST_YEAR = 2015, 2100
TAG = "kepatuhan"
YEAR = OpenApiParameter("tahun", int, OpenApiParameter.QUERY, required=False, description=str(
    gettext_lazy("Tahun penilaian (2015–2100); tanpa parameter ini: tahun ini.")))
ASSESSOR = OpenApiParameter(
    "penilai", str, OpenApiParameter.QUERY, required=False, enum=list(Assessor.values),
    description=str(gettext_lazy("ombudsman (bawaan) atau kemenpanrb.")))
ASSESSOR_FILTER = OpenApiParameter(
    "penilai", str, OpenApiParameter.QUERY, required=False, enum=list(Assessor.values),
    description=str(gettext_lazy("Hanya hasil penilai ini; tanpa parameter: keduanya.")))


class ComplianceView(ScopedAPIView):
    def year_param(self) -> int:
        year = self.int_param("tahun")
        if year is None:
            return timezone.localdate().year
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise exceptions.ValidationError({"tahun": [
                _("Tahun harus antara %(first)s dan %(last)s.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR}]})
        return year

    def assessor_param(self, *, default: str) -> str:
        raw = self.request.query_params.get("penilai", "").strip()
        if not raw:
            return default
        if raw not in Assessor.values:
            raise exceptions.ValidationError({"penilai": [
                _("Pilih ombudsman atau kemenpanrb.")]})
        return raw

    def readable(self, data: dict[str, Any], units: Any) -> dict[str, Any]:
        """``data`` with only the units the user may read (the Pemda's figures stay whole)."""
        ids = {u.unit.pk for u in units
               if self.request.user.has_perm("compliance.view_unit", u.unit)}
        return {**data, "units": [u for u in data["units"] if u["unit"]["id"] in ids]}


def _scoring_refused(error: ScoringError) -> exceptions.ValidationError:
    """A version that cannot compute (e.g. a dimension weighing 0), said as the pages say it."""
    return exceptions.ValidationError({"detail": str(error)})


class PredictionView(ComplianceView):
    @extend_schema(
        operation_id="kepatuhan_prediksi", tags=[TAG],
        summary=gettext_lazy("Prediksi nilai Ombudsman dan indeks PEKPPP"),
        description=gettext_lazy(
            "Dari jawaban penilaian mandiri tahun itu, dihitung persis seperti halaman "
            "penilaian mandiri: nilai Pemda (rata-rata unit lokus) dengan zona dan opini, "
            "indeks PEKPPP dengan kategorinya, dan per unit lokus nilai per dimensi/aspek. "
            "Operator dan kepala OPD hanya menerima unit OPD-nya."),
        parameters=[YEAR],
        responses=openapi.responses(PredictionSerializer, 400, 401, 403, 429))
    def get(self, request: Request) -> Response:
        self.require("compliance.view")
        year = self.year_param()
        region = self.membership.region if self.membership else None
        try:
            ombud = ombudsman_prediction(region=region, year=year)
            pek = pekppp_prediction(region=region, year=year)
        except ScoringError as error:
            raise _scoring_refused(error) from error
        data = PredictionSerializer({"year": year, "ombudsman": ombud, "pekppp": pek}).data
        return Response({"year": year,
                         "ombudsman": self.readable(data["ombudsman"], ombud.units),
                         "pekppp": self.readable(data["pekppp"], pek.units)})


class GapListView(ComplianceView):
    @extend_schema(
        operation_id="kepatuhan_kekurangan", tags=[TAG],
        summary=gettext_lazy("Daftar kekurangan (celah) per tahun dan penilai"),
        description=gettext_lazy(
            "Setiap indikator unit lokus di bawah nilai tertinggi, diurutkan menurut poin yang "
            "diperoleh Pemda bila indikator itu saja diperbaiki, dengan kategori berikutnya, "
            "jumlah kekurangan teratas untuk mencapainya, dan tindakan perbaikannya. Sama "
            "dengan halaman daftar celah; operator dan kepala OPD hanya menerima baris unit "
            "OPD-nya (peringkat tetap peringkat Pemda)."),
        parameters=[YEAR, ASSESSOR],
        responses=openapi.responses(GapListSerializer, 400, 401, 403, 429))
    def get(self, request: Request) -> Response:
        self.require("compliance.view")
        year = self.year_param()
        assessor = self.assessor_param(default=Assessor.OMBUDSMAN)
        region = self.membership.region if self.membership else None
        make = pekppp_gap_list if assessor == Assessor.KEMENPANRB else ombudsman_gap_list
        try:
            found = make(region=region, year=year)
        except ScoringError as error:
            raise _scoring_refused(error) from error
        rows = visible(found.rows, user=request.user)
        return Response(GapListSerializer(replace(found, rows=tuple(rows))).data)


class OfficialResultListView(ComplianceView):
    @extend_schema(
        operation_id="kepatuhan_hasil_resmi", tags=[TAG],
        summary=gettext_lazy("Hasil resmi dan prediksi dibanding hasil resmi"),
        description=gettext_lazy(
            "Nilai Ombudsman dan indeks PEKPPP yang diterbitkan per tahun (Pemda dan unit bila "
            "diterbitkan), seperti halaman hasil resmi; dan per tahun hasil resmi Pemda di "
            "samping prediksi dari penilaian mandiri tahun itu beserta selisihnya."),
        parameters=[ASSESSOR_FILTER],
        responses=openapi.responses(OfficialResultsSerializer, 400, 401, 403, 429))
    def get(self, request: Request) -> Response:
        self.require("compliance.view")
        assessor = self.assessor_param(default="")
        region = self.membership.region if self.membership else None
        rows = official_results(region=region, assessor=assessor).select_related("unit__agency")
        return Response(OfficialResultsSerializer({
            "results": list(rows),
            "predicted_vs_official": predicted_vs_official(region=region, assessor=assessor),
        }).data)
