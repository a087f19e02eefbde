"""Results over any period (per OPD and Pemda), a unit's trend, a survey's respondent profile."""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from pantau.dates import date_range
from pantau.pages.access import require_perm
from pantau.surveys.charts import ikm_bars
from pantau.surveys.forms import PeriodForm
from pantau.surveys.selectors.followups import followups_of
from pantau.surveys.selectors.profiles import profile_tables
from pantau.surveys.selectors.results import Window, period_results, unit_trend, year_window
from pantau.surveys.views.staff import get_survey
from pantau.tenancy.models import Agency, ServiceUnit


def window_of(request: HttpRequest) -> tuple[PeriodForm, Window]:
    """The period asked for in the query string; this year when absent or invalid.

    Without a year or dates the form is filled with this year, so it shows the period shown.
    """
    today = timezone.localdate()
    asked = request.GET.copy()
    if not any(asked.get(name) for name in ("tahun", "dari", "sampai")):
        asked["tahun"] = str(today.year)
    form = PeriodForm(asked)
    if form.is_valid():
        data = form.cleaned_data
        if data.get("dari") and data.get("sampai"):
            start: datetime.date = data["dari"]
            end: datetime.date = data["sampai"]
            return form, Window(start, end, date_range(start, end))
        return form, year_window(data.get("tahun") or today.year, data.get("semester"))
    return form, year_window(today.year)


@login_required
def results_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "surveys.view_surveys")
    form, window = window_of(request)
    agency = None
    if request.GET.get("opd", "").isdecimal():
        agency = get_object_or_404(Agency, pk=int(request.GET["opd"]))
        require_perm(request, "surveys.view_survey", agency)
    results = period_results(user=request.user, window=window,
                             agency_id=agency.pk if agency else None)
    if agency is None:
        chart = ikm_bars((line.agency.short_name, line.result) for line in results.agencies)
    else:
        chart = ikm_bars(
            (unit.unit.name, unit.result) for line in results.agencies for unit in line.units
        )
    return render(request, "surveys/results.html", {
        "form": form, "results": results, "agency": agency, "chart": chart,
        "query": request.GET.urlencode(),
    })


@login_required
def unit_results_view(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(ServiceUnit.objects.select_related("agency"), pk=pk)
    require_perm(request, "surveys.view_survey", unit)
    trend = unit_trend(unit=unit)
    chart = [{"label": point.window.label, "name": point.window.label,
              "value": str(point.result.score.score)}
             for point in trend if point.result.score is not None]
    surveys = unit.surveys.order_by("-starts_on")
    return render(request, "surveys/unit_results.html", {
        "unit": unit, "trend": trend, "latest": trend[-1] if trend else None, "chart": chart,
        "followups": followups_of(unit=unit), "surveys": surveys,
    })


@login_required
def survey_profile_view(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_survey(request, pk)
    tables = profile_tables(survey=survey)
    charts = [
        {"id": f"profil-{table.key}", "rows": [
            {"label": group.label, "name": group.label, "value": str(group.count)}
            for group in table.groups]}
        for table in tables
    ]
    return render(request, "surveys/survey_profile.html", {
        "survey": survey, "tables": list(zip(tables, charts, strict=True)),
    })
