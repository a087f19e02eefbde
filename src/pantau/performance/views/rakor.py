"""The rakor pack page: choose a quarter or year and queue the pack (PDF or XLSX)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from pantau.pages.access import current_region, require_perm
from pantau.pages.forms import BootstrapFormMixin
from pantau.performance.report_kinds import PDF_KIND, PERMISSION, XLSX_KIND
from pantau.performance.selectors.analysis import default_period, started_periods
from pantau.performance.selectors.verification import (
    SCOPE_ALL,
    SCOPE_CHOICES,
    SCOPE_VERIFIED,
    scope_label,
    scope_rule,
)
from pantau.reports.kinds import background_report_recent
from pantau.reports.services import background_report_request

FORMATS = {"pdf": PDF_KIND, "xlsx": XLSX_KIND}


class RakorForm(BootstrapFormMixin, forms.Form):
    period: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Periode (triwulan atau tahun)"), queryset=None, empty_label=None)
    format = forms.ChoiceField(label=_("Format"), choices=[
        ("pdf", _("PDF (bahan rapat)")), ("xlsx", _("XLSX (isi yang sama, untuk diolah)"))])
    # Not required: a request without it (an older bookmark, the API) counts every report.
    cakupan = forms.ChoiceField(label=_("Laporan yang dihitung"), choices=SCOPE_CHOICES,
                                required=False, help_text=scope_rule(SCOPE_VERIFIED))

    def __init__(self, *args: Any, region_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Only periods that have begun: an empty future quarter would make an empty pack.
        self.fields["period"].queryset = started_periods(region_id)  # type: ignore[attr-defined]


@login_required
def rakor_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, PERMISSION)
    region = current_region(request)
    if request.method == "POST":
        form = RakorForm(request.POST, region_id=region.pk)
        if form.is_valid():
            scope = form.cleaned_data["cakupan"] or SCOPE_ALL
            report = background_report_request(
                actor=request.user, region=region, kind=FORMATS[form.cleaned_data["format"]],
                params={"period": form.cleaned_data["period"].pk,
                        "period_label": str(form.cleaned_data["period"]),
                        "verified_only": scope == SCOPE_VERIFIED,
                        "scope_label": scope_label(scope)})
            return redirect("reports:status", pk=report.pk)
    else:
        form = RakorForm(region_id=region.pk, initial={"period": default_period(region.pk),
                                                       "format": "pdf", "cakupan": SCOPE_ALL})
    return render(request, "performance/rakor/rakor.html", {
        "form": form, "recent": background_report_recent(kinds=list(FORMATS.values()))})
