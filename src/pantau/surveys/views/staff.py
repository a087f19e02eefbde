"""Back-office pages: survey list, set-up, results, responses and marking a response invalid."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from pantau.pages.access import require_perm
from pantau.pages.form_page import form_page, form_saved
from pantau.pages.paging import page_of
from pantau.site_url import absolute_url
from pantau.surveys.forms import InvalidateForm, SurveyFilterForm, SurveyForm
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.selectors.followups import followups_of
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


def _crumbs() -> list[dict[str, str]]:
    return [{"label": _("Survei SKM"), "url": reverse("surveys:survey_list")}]


def _survey_url(survey: Survey) -> str:
    return reverse("surveys:survey_detail", args=[survey.pk])


@login_required
def survey_create_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "surveys.add_survey")

    def save(data: dict[str, Any]) -> Survey:
        data = dict(data)
        unit = data.pop("unit")
        require_perm(request, "surveys.manage_survey", unit)
        return survey_create(actor=request.user, unit=unit, **data)

    return form_page(
        request, SurveyForm(request.POST or None, units=_units_for(request)), save=save,
        message=lambda survey: _("Survei “%(title)s” dibuat.") % {"title": survey.title},
        next_url=_survey_url, title=_("Buat survei SKM"), breadcrumbs=_crumbs(),
        cancel_url=reverse("surveys:survey_list"))


@login_required
def survey_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk, "surveys.manage_survey")

    def save(data: dict[str, Any]) -> Survey:
        require_perm(request, "surveys.manage_survey", data["unit"])
        return survey_update(actor=request.user, survey=survey, **data)

    return form_page(
        request, SurveyForm(request.POST or None, instance=Survey.objects.get(pk=pk),
                            units=_units_for(request)), save=save,
        message=_("Perubahan survei disimpan."), next_url=_survey_url(survey),
        title=_("Ubah survei SKM"), breadcrumbs=_crumbs(), cancel_url=_survey_url(survey))


@login_required
def survey_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    result = survey_result(survey=survey)
    chart = [{"label": row.element.code, "name": row.element.name, "value": str(row.nrr)}
             for row in result.elements]
    return render(request, "surveys/survey_detail.html", {
        "survey": survey, "result": result, "followups": followups_of(survey=survey),
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
    else:
        service = response_restore if restoring else response_invalidate
        done = (_("Jawaban #%(id)s dihitung kembali sebagai jawaban sah.") if restoring
                else _("Jawaban #%(id)s ditandai tidak sah."))
        saved = form_saved(
            request, form,
            save=lambda data: service(actor=request.user, response=response,
                                      reason=data["reason"]),
            message=done % {"id": response.pk},
            next_url=reverse("surveys:response_list", args=[survey.pk]))
        if saved is not None:
            return saved
    return render(request, "surveys/response_invalidate.html", {
        "survey": survey, "response": response, "form": InvalidateForm(restoring=restoring)
        if stale else form, "restoring": restoring,
    })
