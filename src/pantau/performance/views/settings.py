"""The Pemda's capaian settings: the cap on averaged capaian and the early-warning tolerance."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_page
from pantau.pages.forms import BootstrapFormMixin
from pantau.pages.number_fields import DecimalTextField
from pantau.performance.selectors.settings import performance_settings_of
from pantau.performance.services.settings import performance_settings_update

NOT_A_NUMBER = gettext_lazy("Isi dengan angka, mis. 10 atau 7,5.")


class PerformanceSettingsForm(BootstrapFormMixin, forms.Form):
    opd_score_cap = DecimalTextField(  # 7,5 as Indonesians write it
        label=gettext_lazy("Batas atas capaian saat dirata-rata (%)"), required=False,
        max_digits=6, decimal_places=2, min_value=Decimal("0.01"),
        help_text=gettext_lazy("Kosong = tanpa batas; lazim 100 atau 120. Berlaku untuk capaian "
                               "OPD, program dan peringkat."),
        error_messages={"invalid": NOT_A_NUMBER,
                        "min_value": gettext_lazy("Batas atas harus lebih dari 0.")})
    warning_tolerance = DecimalTextField(
        label=gettext_lazy("Toleransi peringatan dini (poin persen)"), max_digits=5,
        decimal_places=2, min_value=Decimal(0), max_value=Decimal(100),
        help_text=gettext_lazy("OPD yang progres capaian atau serapannya tertinggal dari laju "
                               "paling banyak sekian poin berstatus “Perlu perhatian”; lebih "
                               "dari itu “Kritis”. Bawaan 10."),
        error_messages={"invalid": NOT_A_NUMBER,
                        "required": gettext_lazy("Isi toleransi, mis. 10."),
                        "min_value": gettext_lazy("Toleransi tidak boleh negatif."),
                        "max_value": gettext_lazy("Toleransi paling besar 100 poin.")})


@login_required
def settings_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "performance.manage_settings")
    region = current_region(request)
    current = performance_settings_of(region)
    form = PerformanceSettingsForm(request.POST or None, initial={
        "opd_score_cap": current.opd_score_cap,
        "warning_tolerance": current.warning_tolerance})
    return form_page(
        request, form,
        save=lambda data: performance_settings_update(actor=request.user, region=region, **data),
        message=_("Pengaturan capaian disimpan."), next_url="performance_analysis:settings",
        title=_("Pengaturan capaian"), breadcrumbs=_crumbs(),
        intro=_("Pilihan Pemda ini untuk halaman Analisis Kinerja dan paket rakor."))


def _crumbs() -> list[dict[str, Any]]:
    return [{"url": reverse("performance_analysis:ranking"), "label": _("Analisis kinerja")}]
