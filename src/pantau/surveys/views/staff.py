"""Back-office pages: survey list, set-up, results, responses and marking a response invalid."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from pantau.site_url import absolute_url
from pantau.surveys.forms import InvalidateForm, SurveyFilterForm, SurveyForm
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.selectors.results import survey_result
from pantau.surveys.selectors.surveys import (
    response_list,
    survey_agencies,
    survey_counts,
    survey_list,
)
from pantau.surveys.services.responses import response_invalidate, response_restore
from pantau.surveys.services.surveys import survey_create, survey_update
from pantau.tenancy.models import ServiceUnit
from pantau.tenancy.permissions import is_region_wide, membership_of
from pantau.tenancy.selectors import visible_to
from pantau.tenancy.views.common import apply_service_errors, require_perm
from pantau.web.paging import page_of


def public_url(survey: Survey) -> str:
    return absolute_url(reverse("surveys:public_form", args=[survey.public_code]))


def get_survey(request: HttpRequest, pk: int, perm: str = "surveys.view_survey") -> Survey:
    survey = get_object_or_404(Survey.objects.select_related("unit", "unit__agency"), pk=pk)
    require_perm(request, perm, survey)
    return survey


def _units_for(request: HttpRequest) -> QuerySet[ServiceUnit]:
    units = ServiceUnit.objects.filter(is_active=True).select_related("agency")
    return visible_to(units, user=request.user).order_by("agency__name", "name")


@login_required
def survey_list_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "surveys.view_surveys")
    agencies = survey_agencies(user=request.user)
    form = SurveyFilterForm(request.GET, agencies=agencies)
    filters: dict[str, Any] = {}
    if form.is_valid():  # a bad filter is reported on the form and the list stays unfiltered
        agency = form.cleaned_data["opd"]
        filters = {"agency_id": agency.pk if agency else None,
                   "state": form.cleaned_data["status"], "search": form.cleaned_data["q"]}
    surveys = survey_list(user=request.user, **filters)
    page = page_of(request, surveys)
    counts = survey_counts(survey_ids=[survey.pk for survey in page])
    for survey in page:
        survey.valid_count = counts.get(survey.pk, 0)
    return render(request, "surveys/survey_list.html", {
        "page": page, "form": form, "filtered": any(filters.values()),
        "choose_opd": is_region_wide(request.user),
        "can_add": request.user.has_perm("surveys.add_survey"),
        "can_questionnaire": request.user.has_perm("surveys.manage_questionnaire"),
        "region_slug": getattr(getattr(membership_of(request.user), "region", None), "slug", ""),
    })


def _form_page(request: HttpRequest, form: SurveyForm, title: str, cancel: str) -> HttpResponse:
    return render(request, "web/form_page.html", {
        "form": form, "title": title, "cancel_url": cancel,
        "breadcrumbs": [{"label": _("Survei SKM"), "url": reverse("surveys:survey_list")}],
    })


@login_required
def survey_create_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "surveys.add_survey")
    form = SurveyForm(request.POST or None, units=_units_for(request))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        unit = data.pop("unit")
        require_perm(request, "surveys.manage_survey", unit)
        try:
            survey = survey_create(actor=request.user, unit=unit, **data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Survei “%(title)s” dibuat.") % {"title": survey.title})
            return redirect("surveys:survey_detail", pk=survey.pk)
    return _form_page(request, form, _("Buat survei SKM"), reverse("surveys:survey_list"))


@login_required
def survey_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk, "surveys.manage_survey")
    form = SurveyForm(
        request.POST or None, instance=Survey.objects.get(pk=pk), units=_units_for(request)
    )
    if request.method == "POST" and form.is_valid():
        if not request.user.has_perm("surveys.manage_survey", form.cleaned_data["unit"]):
            raise PermissionDenied
        try:
            survey_update(actor=request.user, survey=survey, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Perubahan survei disimpan."))
            return redirect("surveys:survey_detail", pk=survey.pk)
    return _form_page(request, form, _("Ubah survei SKM"),
                      reverse("surveys:survey_detail", args=[survey.pk]))


@login_required
def survey_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    result = survey_result(survey=survey)
    chart = [{"label": row.element.code, "name": row.element.name, "value": str(row.nrr)}
             for row in result.elements]
    return render(request, "surveys/survey_detail.html", {
        "survey": survey, "result": result, "followups": survey.followups.order_by("due_on"),
        "chart": chart, "public_url": public_url(survey),
        "can_manage": request.user.has_perm("surveys.manage_survey", survey),
    })


@login_required
def response_list_view(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    page = page_of(request, response_list(survey=survey))
    return render(request, "surveys/response_list.html", {
        "survey": survey, "page": page,
        "can_invalidate": request.user.has_perm("surveys.invalidate_response", survey),
    })


@login_required
def response_invalidate_view(request: HttpRequest, pk: int, response_pk: int) -> HttpResponse:
    """Marks a valid response invalid, or counts an invalid one again; a reason either way."""
    survey = get_survey(request, pk, "surveys.invalidate_response")
    response = get_object_or_404(SurveyResponse, pk=response_pk, survey=survey)
    restoring = not response.is_valid
    form = InvalidateForm(request.POST or None, restoring=restoring)
    # The posted intent must match the state: a resent "invalid" form never counts one again.
    stale = request.method == "POST" and (request.POST.get("aksi") == "hitung-kembali") != restoring
    if stale:
        messages.info(request, _("Jawaban ini sudah ditandai tidak sah.") if restoring
                      else _("Jawaban ini sah; tidak ada yang perlu dikembalikan."))
    elif request.method == "POST" and form.is_valid():
        service = response_restore if restoring else response_invalidate
        try:
            service(actor=request.user, response=response, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            done = (_("Jawaban #%(id)s dihitung kembali sebagai jawaban sah.") if restoring
                    else _("Jawaban #%(id)s ditandai tidak sah."))
            messages.success(request, done % {"id": response.pk})
            return redirect("surveys:response_list", pk=survey.pk)
    return render(request, "surveys/response_invalidate.html", {
        "survey": survey, "response": response, "form": InvalidateForm(restoring=restoring)
        if stale else form, "restoring": restoring,
    })
