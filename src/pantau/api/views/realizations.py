"""Quarterly realization of an OPD: read it, and write it through the reporting service.

Writes call ``report_draft_save`` (the service behind the quarterly form), so the lock guard
refuses a closed or verified quarter (409, audited as ``performance.locked.refused``) or a report
under review (409), and a saved change is audited as ``performance.realization.saved``.
"""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response

from pantau.api import openapi
from pantau.api.exceptions import BadRequest
from pantau.api.inputs import (
    RealizationBatchSerializer,
    RealizationWriteSerializer,
    realization_input,
)
from pantau.api.selectors import realization_row, realization_rows
from pantau.api.serializers import (
    AgencyBriefSerializer,
    PeriodSerializer,
    RealizationDocumentSerializer,
    RealizationRowSerializer,
)
from pantau.api.views.base import ScopedAPIView
from pantau.performance.locks import realization_editability
from pantau.performance.models import Indicator, ReportStatus
from pantau.performance.services.realizations import report_draft_save
from pantau.tenancy.models import Agency, Period

READ = "performance.view_agency"
WRITE = "performance.enter_realization"
WRITE_RULES = gettext_lazy(
    "Hanya operator dan kepala OPD itu sendiri. Lewat layanan yang sama dengan formulir "
    "triwulan: aturan nilai, kunci periode (409) dan satu catatan audit.")


class RealizationListView(ScopedAPIView):
    """GET: the OPD's report of the quarter (status, lock, every active indicator's row).
    POST ``{"rows": [{"indicator": id, "value": "87.5", ...}]}``: write several rows at once,
    all or nothing, one audit event."""

    @extend_schema(
        operation_id="realisasi_triwulan", tags=[openapi.TAG_REALIZATION],
        summary=gettext_lazy("Laporan triwulan OPD"),
        description=gettext_lazy("Status laporan, alasan kunci dan satu baris per indikator "
                                 "aktif, seperti formulir triwulan. periode harus triwulan."),
        parameters=[openapi.AGENCY, openapi.PERIOD],
        responses=openapi.responses(RealizationDocumentSerializer, 401, 403, 404, 429))
    def get(self, request: Request, agency_pk: int, period_pk: int) -> Response:
        agency = self.agency(agency_pk, READ)
        return Response(self.document(agency, self.quarter(period_pk)))

    @extend_schema(
        operation_id="realisasi_kirim_banyak", tags=[openapi.TAG_REALIZATION],
        summary=gettext_lazy("Kirim realisasi beberapa indikator"),
        description=format_lazy("{} {}", gettext_lazy(
            "Semua baris diperiksa dulu: satu baris salah, tidak ada yang ditulis. Bidang yang "
            "tidak dikirim tetap."), WRITE_RULES),
        parameters=[openapi.AGENCY, openapi.PERIOD],
        request=RealizationBatchSerializer,
        responses=openapi.responses(RealizationDocumentSerializer, *openapi.WRITE_ERRORS))
    def post(self, request: Request, agency_pk: int, period_pk: int) -> Response:
        agency = self.agency(agency_pk, WRITE)
        period = self.quarter(period_pk)
        rows = {row.indicator.pk: row for row in realization_rows(agency=agency, period=period)}
        serializer = RealizationBatchSerializer(
            data=request.data, context={"indicators": {pk: r.indicator for pk, r in rows.items()}})
        serializer.is_valid(raise_exception=True)
        inputs = [realization_input(indicator=rows[item["indicator"]].indicator,
                                    current=rows[item["indicator"]].realization, changes=item)
                  for item in serializer.validated_data["rows"]]
        report_draft_save(actor=request.user, agency=agency, period=period, rows=inputs)
        return Response(self.document(agency, period))

    def document(self, agency: Agency, period: Period) -> dict[str, Any]:
        state = realization_editability(user=self.request.user, agency=agency, period=period)
        report = state.report
        return {
            "agency": AgencyBriefSerializer(agency).data,
            "period": PeriodSerializer(period).data,
            "report": {
                "status": report.status if report else ReportStatus.DRAFT.value,
                "status_label": str(report.get_status_display() if report
                                    else ReportStatus.DRAFT.label),
                "submitted_at": report.submitted_at if report else None,
            },
            "lock_reason": state.locked,
            "editable": state.editable,
            "results": RealizationRowSerializer(
                realization_rows(agency=agency, period=period), many=True).data,
        }


class RealizationDetailView(ScopedAPIView):
    """One indicator's realization in the quarter. PUT replaces it (``value`` required, texts
    omitted become empty); PATCH changes only the fields sent."""

    @extend_schema(
        operation_id="realisasi_indikator", tags=[openapi.TAG_REALIZATION],
        summary=gettext_lazy("Realisasi satu indikator"),
        description=gettext_lazy("Baris indikator itu seperti di laporan triwulan."),
        parameters=[openapi.AGENCY, openapi.PERIOD, openapi.INDICATOR],
        responses=openapi.responses(RealizationRowSerializer, 401, 403, 404, 429))
    def get(self, request: Request, agency_pk: int, period_pk: int,
            indicator_pk: int) -> Response:
        agency = self.agency(agency_pk, READ)
        period = self.quarter(period_pk)
        indicator = get_object_or_404(Indicator, pk=indicator_pk, agency=agency)
        return Response(RealizationRowSerializer(
            realization_row(indicator=indicator, period=period)).data)

    @extend_schema(
        operation_id="realisasi_ganti", tags=[openapi.TAG_REALIZATION],
        summary=gettext_lazy("Ganti realisasi satu indikator"),
        description=format_lazy("{} {}", gettext_lazy(
            "value wajib (boleh null); teks yang tidak dikirim menjadi kosong."), WRITE_RULES),
        parameters=[openapi.AGENCY, openapi.PERIOD, openapi.INDICATOR],
        request=RealizationWriteSerializer,
        responses=openapi.responses(RealizationRowSerializer, *openapi.WRITE_ERRORS))
    def put(self, request: Request, agency_pk: int, period_pk: int,
            indicator_pk: int) -> Response:
        return self.write(request, agency_pk, period_pk, indicator_pk, partial=False)

    @extend_schema(
        operation_id="realisasi_ubah", tags=[openapi.TAG_REALIZATION],
        summary=gettext_lazy("Ubah sebagian realisasi satu indikator"),
        description=format_lazy("{} {}", gettext_lazy("Hanya bidang yang dikirim yang berubah."),
                                WRITE_RULES),
        parameters=[openapi.AGENCY, openapi.PERIOD, openapi.INDICATOR],
        request=RealizationWriteSerializer(partial=True),
        responses=openapi.responses(RealizationRowSerializer, *openapi.WRITE_ERRORS))
    def patch(self, request: Request, agency_pk: int, period_pk: int,
              indicator_pk: int) -> Response:
        return self.write(request, agency_pk, period_pk, indicator_pk, partial=True)

    def write(self, request: Request, agency_pk: int, period_pk: int, indicator_pk: int, *,
              partial: bool) -> Response:
        agency = self.agency(agency_pk, WRITE)
        period = self.quarter(period_pk)
        indicator = get_object_or_404(Indicator, pk=indicator_pk, agency=agency)
        if not indicator.is_active:
            raise BadRequest(_("Indikator ini tidak aktif; realisasinya tidak dapat diubah."))
        serializer = RealizationWriteSerializer(data=request.data, partial=partial,
                                                context={"indicator": indicator})
        serializer.is_valid(raise_exception=True)
        current = realization_row(indicator=indicator, period=period).realization
        report_draft_save(actor=request.user, agency=agency, period=period, rows=[
            realization_input(indicator=indicator, current=current,
                              changes=serializer.validated_data)])
        return Response(RealizationRowSerializer(
            realization_row(indicator=indicator, period=period)).data)
