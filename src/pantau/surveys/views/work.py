"""Follow-up plans, the paper-survey import and the Pemda's questionnaire wording."""

from __future__ import annotations

import dataclasses

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from pantau.pages.access import require_perm
from pantau.pages.form_page import form_page, form_saved
from pantau.pages.paging import page_of
from pantau.spreadsheets.reader import ImportRejected, open_workbook
from pantau.spreadsheets.writer import xlsx_download, xlsx_response
from pantau.surveys.exports import followup_table
from pantau.surveys.forms import FollowUpForm, ImportForm, QuestionnaireForm
from pantau.surveys.models import FollowUpStatus, SurveyFollowUp
from pantau.surveys.paper_sheet import ImportInvalid, template_bytes
from pantau.surveys.questions import elements_for
from pantau.surveys.selectors.followups import followup_list
from pantau.surveys.selectors.questionnaires import questionnaire_current, questionnaire_is_frozen
from pantau.surveys.selectors.results import survey_result
from pantau.surveys.services.followups import followup_create, followup_update
from pantau.surveys.services.paper_import import paper_import
from pantau.surveys.services.questionnaires import questionnaire_save
from pantau.surveys.views.staff import get_survey
from pantau.tenancy.permissions import membership_of


def _status_of(request: HttpRequest) -> str:
    """The list's status filter; anything unknown means every status."""
    status = request.GET.get("status", "")
    return status if status in FollowUpStatus.values else ""


@login_required
def followup_list_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "surveys.view_surveys")
    status = _status_of(request)
    page = page_of(request, followup_list(user=request.user, status=status))
    followups = list(page.object_list)
    # the same rule as followup_update_view: readers (leader, assessor) get no edit button
    editable = {f.pk for f in followups if request.user.has_perm("surveys.manage_survey", f)}
    return render(request, "surveys/followup_list.html", {
        "followups": followups, "page": page, "editable": editable,
        "statuses": FollowUpStatus.choices, "status": status,
    })


@login_required
def followups_xlsx(request: HttpRequest) -> HttpResponse:
    require_perm(request, "surveys.view_surveys")
    status = _status_of(request)
    table = followup_table(followup_list(user=request.user, status=status))
    if not status:
        return xlsx_response(table, filename="tindak-lanjut-skm.xlsx")
    label = FollowUpStatus(status).label
    table = dataclasses.replace(table, notes=[*table.notes, _("Status: %(status)s")
                                              % {"status": label}])
    return xlsx_response(table, filename=f"tindak-lanjut-skm-{slugify(status)}.xlsx")


def _followup_crumbs() -> list[dict[str, str]]:
    return [{"label": _("Tindak lanjut SKM"), "url": reverse("surveys:followup_list")}]


@login_required
def followup_create_view(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk, "surveys.manage_survey")
    initial = {}
    element = request.GET.get("unsur", "")
    if element.isdecimal() and 1 <= int(element) <= 9:
        initial["element"] = int(element)
    else:
        weakest = survey_result(survey=survey).weakest
        if weakest:
            initial["element"] = weakest[0].element.index
    survey_url = reverse("surveys:survey_detail", args=[survey.pk])
    return form_page(
        request, FollowUpForm(request.POST or None, initial=initial),
        save=lambda data: followup_create(actor=request.user, survey=survey, **data),
        message=_("Rencana tindak lanjut disimpan."), next_url=survey_url,
        title=_("Rencana tindak lanjut — %(title)s") % {"title": survey.title},
        breadcrumbs=_followup_crumbs(), cancel_url=survey_url)


@login_required
def followup_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    followup = get_object_or_404(
        SurveyFollowUp.objects.select_related("survey", "unit"), pk=pk
    )
    require_perm(request, "surveys.manage_survey", followup)
    return form_page(
        request,
        FollowUpForm(request.POST or None, instance=SurveyFollowUp.objects.get(pk=followup.pk)),
        save=lambda data: followup_update(actor=request.user, followup=followup, **data),
        message=_("Rencana tindak lanjut diperbarui."), next_url="surveys:followup_list",
        title=_("Ubah rencana tindak lanjut"), breadcrumbs=_followup_crumbs(),
        cancel_url=reverse("surveys:survey_detail", args=[followup.survey_id]))


@login_required
def survey_import_view(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk, "surveys.manage_survey")
    form = ImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            count = paper_import(actor=request.user, survey=survey,
                                 workbook=open_workbook(upload), filename=upload.name)
        except ImportRejected as error:
            form.add_error("file", str(error))
        except ImportInvalid as error:
            errors = error.errors
        else:
            messages.success(request, _("%(n)s jawaban kertas diimpor dan dihitung.")
                             % {"n": count})
            return redirect("surveys:survey_detail", pk=survey.pk)
    return render(request, "surveys/survey_import.html", {
        "survey": survey, "form": form, "errors": errors,
    })


@login_required
def import_template_view(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk, "surveys.manage_survey")
    return xlsx_download(template_bytes(survey), filename=f"templat-skm-{survey.pk}.xlsx")


@login_required
def questionnaire_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "surveys.manage_questionnaire")
    membership = membership_of(request.user)
    assert membership is not None
    region = membership.region
    current = questionnaire_current(region=region)
    form = QuestionnaireForm(request.POST or None, wording=elements_for(current))
    return form_saved(
        request, form,
        save=lambda _data: questionnaire_save(actor=request.user, region=region,
                                              questions=form.questions(), labels=form.labels()),
        message=lambda saved: _("Kuesioner versi %(v)s disimpan.") % {"v": saved.version},
        next_url="surveys:questionnaire",
    ) or render(request, "surveys/questionnaire.html", {
        "form": form, "current": current,
        "frozen": current is not None and questionnaire_is_frozen(questionnaire=current),
    })
