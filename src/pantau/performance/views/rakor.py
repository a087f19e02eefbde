"""The rakor pack page: choose a quarter or year and queue the pack (PDF or XLSX)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pantau.performance.rakor import PDF_KIND, PERMISSION, XLSX_KIND
from pantau.performance.selectors.analysis import default_period, period_choices
from pantau.reports.models import GeneratedReport
from pantau.reports.services import report_request
from pantau.tenancy.models import Period
from pantau.tenancy.views.common import current_region, require_perm
from pantau.web.forms import BootstrapFormMixin

FORMATS = {"pdf": PDF_KIND, "xlsx": XLSX_KIND}


def last_ended_quarter(region_id: int) -> Period | None:
    """A rakor reviews a quarter that is over: the latest quarter before today's."""
    today = timezone.localdate()
    current = (today.year, (today.month - 1) // 3 + 1)
    ended = [p for p in period_choices(region_id).filter(quarter__isnull=False)
             if (p.year, p.quarter) < current]
    return max(ended, key=lambda p: (p.year, p.quarter or 0), default=None) or default_period(
        region_id)


class RakorForm(BootstrapFormMixin, forms.Form):
    period: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Periode (triwulan atau tahun)"), queryset=None, empty_label=None)
    format = forms.ChoiceField(label=_("Format"), choices=[
        ("pdf", _("PDF (bahan rapat)")), ("xlsx", _("XLSX (isi yang sama, untuk diolah)"))])

    def __init__(self, *args: Any, region_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["period"].queryset = period_choices(region_id)  # type: ignore[attr-defined]


@login_required
def rakor_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, PERMISSION)
    region = current_region(request)
    if request.method == "POST":
        form = RakorForm(request.POST, region_id=region.pk)
        if form.is_valid():
            report = report_request(
                actor=request.user, region=region, kind=FORMATS[form.cleaned_data["format"]],
                params={"period": form.cleaned_data["period"].pk,
                        "period_label": str(form.cleaned_data["period"])})
            return redirect("reports:status", pk=report.pk)
    else:
        form = RakorForm(region_id=region.pk, initial={"period": last_ended_quarter(region.pk),
                                                       "format": "pdf"})
    recent = GeneratedReport.objects.filter(kind__in=FORMATS.values()).select_related(
        "created_by")[:10]
    return render(request, "performance/rakor/rakor.html", {"form": form, "recent": recent})
