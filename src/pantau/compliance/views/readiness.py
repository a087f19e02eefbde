"""The readiness report page: choose the year and the format, queue the report, list the last
ones (the status page shows the progress and the download)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pantau.compliance.report_kinds import PDF_KIND, PERMISSION, XLSX_KIND
from pantau.compliance.selectors.calibration import assessment_years
from pantau.pages.access import current_region, require_perm
from pantau.pages.forms import BootstrapFormMixin
from pantau.reports.kinds import background_report_recent
from pantau.reports.services import background_report_request

FORMATS = {"pdf": PDF_KIND, "xlsx": XLSX_KIND}


class ReadinessForm(BootstrapFormMixin, forms.Form):
    year = forms.TypedChoiceField(label=_("Tahun penilaian"), coerce=int)
    format = forms.ChoiceField(label=_("Format"), choices=[
        ("pdf", _("PDF (untuk dibaca dan dicetak)")),
        ("xlsx", _("XLSX (isi yang sama, untuk diolah)"))])

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, str(year)) for year in years]  # type: ignore[attr-defined]


@login_required
def readiness_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, PERMISSION)
    region = current_region(request)
    years = assessment_years(region=region, this_year=timezone.localdate().year)
    form = ReadinessForm(request.POST or None, years=years,
                         initial={"year": timezone.localdate().year, "format": "pdf"})
    if request.method == "POST" and form.is_valid():
        year = form.cleaned_data["year"]
        report = background_report_request(actor=request.user, region=region,
                                kind=FORMATS[form.cleaned_data["format"]],
                                params={"year": year})
        return redirect("reports:status", pk=report.pk)
    return render(request, "compliance/readiness/page.html", {
        "form": form, "recent": background_report_recent(kinds=list(FORMATS.values()))})
