"""Verifying the chosen OPDs' approved reports from the quarterly overview in one go."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from pantau.pages.access import require_perm
from pantau.performance.services.bulk_verify import BulkVerifyOutcome, reports_verify
from pantau.tenancy.models import Agency, Period


class BulkVerifyForm(forms.Form):
    opd = forms.ModelMultipleChoiceField(
        queryset=Agency.objects.none(), error_messages={
            "required": gettext_lazy("Pilih laporan yang akan diverifikasi: centang OPD-nya di "
                                     "tabel."),
            "invalid_choice": gettext_lazy("Pilihan OPD tidak dikenal; muat ulang halaman lalu "
                                           "pilih lagi."),
            "invalid_pk_value": gettext_lazy("Pilihan OPD tidak dikenal; muat ulang halaman lalu "
                                             "pilih lagi.")})
    note = forms.CharField(required=False, max_length=2000, error_messages={
        "max_length": gettext_lazy("Catatan verifikasi paling panjang 2.000 karakter.")})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["opd"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = Agency.objects.all()  # the Pemda's OPDs (scoped per request)


def _names(agencies: list[Agency]) -> str:
    return ", ".join(a.short_name or a.name for a in agencies)


def _report(request: HttpRequest, outcome: BulkVerifyOutcome) -> None:
    """Both sides named: which reports were verified and which were not, each with why."""
    if outcome.verified:
        messages.success(request, ngettext(
            "%(n)s laporan diverifikasi: %(names)s.", "%(n)s laporan diverifikasi: %(names)s.",
            len(outcome.verified)) % {"n": len(outcome.verified),
                                      "names": _names(outcome.verified)})
    if outcome.refused:
        messages.error(request, ngettext(
            "%(n)s laporan tidak diverifikasi: %(reasons)s",
            "%(n)s laporan tidak diverifikasi: %(reasons)s", len(outcome.refused)) % {
            "n": len(outcome.refused), "reasons": "; ".join(
                f"{agency.short_name or agency.name}: {why}" for agency, why in outcome.refused)})


@login_required
@require_POST
def bulk_verify_view(request: HttpRequest, period_pk: int) -> HttpResponse:
    period = get_object_or_404(Period, pk=period_pk, quarter__isnull=False)
    require_perm(request, "performance.verify_report")
    form = BulkVerifyForm(request.POST)
    if form.is_valid():
        _report(request, reports_verify(
            actor=request.user, period=period, note=form.cleaned_data["note"],
            agencies=form.cleaned_data["opd"]))
    else:
        messages.error(request, _("Tidak ada yang diverifikasi: %(why)s") % {
            "why": " ".join(str(e) for errors in form.errors.values() for e in errors)})
    return redirect(reverse("performance_reporting:overview") + f"?periode={period.pk}")
