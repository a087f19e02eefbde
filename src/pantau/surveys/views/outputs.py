"""Files for staff: the QR code, the A4 poster (the SKM and, second, the unit's published
service standard) and the XLSX exports."""

from __future__ import annotations

import io

import segno
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import slugify

from pantau.pages.access import require_perm
from pantau.site_url import absolute_url
from pantau.spreadsheets.writer import xlsx_response
from pantau.surveys.exports import recap_table, response_table
from pantau.surveys.selectors.report import agency_report, survey_report
from pantau.surveys.selectors.results import survey_result
from pantau.surveys.selectors.surveys import response_list
from pantau.surveys.views.results import window_of
from pantau.surveys.views.staff import get_survey, public_url
from pantau.tenancy.models import Agency


def _qr(url: str) -> segno.QRCode:
    return segno.make(url, error="m")


@login_required
def survey_qr(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    buffer = io.BytesIO()
    _qr(public_url(survey)).save(buffer, kind="svg", scale=8, border=2, xmldecl=True)
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="qr-skm-{survey.pk}.svg"'
    return response


@login_required
def survey_poster(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    url = public_url(survey)
    # The same poster points to the unit's published service standard (compliance's public
    # page, read by its URL name as a page reads a higher app's relation by name).
    standards_url = absolute_url(reverse("compliance_public:unit",
                                         args=[survey.region.slug, survey.unit_id]))
    html = render_to_string("surveys/poster.html", {
        "survey": survey, "url": url, "qr": _qr(url).svg_data_uri(scale=10, border=2),
        "standards_url": standards_url,
        "standards_qr": _qr(standards_url).svg_data_uri(scale=6, border=2),
    }, request=request)
    name = slugify(survey.unit.name)[:60] or "unit"
    return _pdf(html, f"poster-skm-{name}.pdf")


@login_required
def responses_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    table = response_table(survey, response_list(survey=survey))
    return xlsx_response(table, filename=f"jawaban-skm-{survey.pk}.xlsx")


@login_required
def recap_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    table = recap_table(survey, survey_result(survey=survey), response_list(survey=survey))
    return xlsx_response(table, filename=f"rekap-skm-{survey.pk}.xlsx")


def _pdf(html: str, filename: str) -> HttpResponse:
    from weasyprint import HTML  # imported late: loading it parses CSS and logs noise

    response = HttpResponse(HTML(string=html).write_pdf(), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@login_required
def survey_report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    html = render_to_string("surveys/report.html", survey_report(survey=survey), request=request)
    return _pdf(html, f"laporan-skm-{slugify(survey.unit.name)[:60] or survey.pk}.pdf")


@login_required
def agency_report_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    agency = get_object_or_404(Agency.objects.select_related("region"), pk=pk)
    require_perm(request, "surveys.view_survey", agency)
    _form, window = window_of(request)
    context = agency_report(user=request.user, agency=agency, window=window)
    html = render_to_string("surveys/report.html", context, request=request)
    return _pdf(html, f"laporan-skm-{slugify(agency.short_name)[:40] or agency.pk}.pdf")
