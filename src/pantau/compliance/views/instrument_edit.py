"""Admin pages for instruments: a new version for a year, and edits of an unanswered version.

A version with answers shows why it cannot change; a POST to it is refused by the service,
which audits the refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from pantau.compliance.forms import (
    DimensionForm,
    IndicatorForm,
    InstrumentCreateForm,
    InstrumentUpdateForm,
)
from pantau.compliance.models import Instrument, InstrumentDimension, InstrumentIndicator
from pantau.compliance.selectors.instruments import instrument_answer_count
from pantau.compliance.services.instruments import (
    dimension_update,
    indicator_update,
    instrument_update,
    instrument_version_create,
)
from pantau.compliance.services.seeding import instruments_seed
from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_saved


def _page(request: HttpRequest, form: forms.BaseForm, *, save: Callable[[dict[str, Any]], Any],
          message: str, next_url: Callable[[Any], str], title: str,
          instrument: Instrument | None) -> HttpResponse:
    """The round trip (``form_saved``), else the form page with the version's crumbs."""
    done = form_saved(request, form, save=save, message=message, next_url=next_url)
    if done is not None:
        return done
    crumbs = [{"url": reverse("compliance:index"), "label": _("Kepatuhan Pelayanan")},
              {"url": reverse("compliance:instrument_list"), "label": _("Instrumen penilaian")}]
    intro = ""
    if instrument is not None:
        crumbs.append({"url": _detail(instrument), "label": str(instrument)})
        answers = instrument_answer_count(instrument=instrument)
        if answers:
            intro = _("Versi ini sudah dipakai %(count)s jawaban penilaian mandiri: perubahan akan "
                      "ditolak. Buat versi baru untuk tahun yang dimaksud.") % {"count": answers}
    return render(request, "web/form_page.html", {
        "form": form, "title": title, "breadcrumbs": crumbs, "intro": intro,
        "cancel_url": _detail(instrument) if instrument else reverse(
            "compliance:instrument_list")})


def _detail(instrument: Instrument) -> str:
    return reverse("compliance:instrument_detail", args=[instrument.pk])


@login_required
def instrument_create(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.manage_instruments")
    region = current_region(request)
    instruments_seed(region=region)
    initial = {"family": request.GET.get("jenis", ""), "year_from": request.GET.get("tahun")}
    form = InstrumentCreateForm(request.POST or None, initial=initial)
    return _page(request, form, title=_("Buat versi baru"), instrument=None,
                 message=_("Versi baru dibuat dari salinan versi yang berlaku."),
                 next_url=_detail, save=lambda data: instrument_version_create(
                     actor=request.user, region=region, family=data["family"],
                     year_from=data["year_from"], note=data["note"]))


@login_required
def instrument_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.manage_instruments")
    instrument = get_object_or_404(Instrument, pk=pk)
    form = InstrumentUpdateForm(request.POST or None, instrument=instrument,
                                initial=InstrumentUpdateForm.initial_for(instrument))
    return _page(request, form, title=_("Ubah pengaturan instrumen"), instrument=instrument,
                 message=_("Pengaturan instrumen disimpan."), next_url=_detail,
                 save=lambda data: instrument_update(
                     actor=request.user, instrument=instrument, name=data["name"],
                     note=data["note"], categories=form.categories(), **form.shares()))


@login_required
def dimension_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.manage_instruments")
    dimension = get_object_or_404(InstrumentDimension.objects.select_related("instrument"),
                                  pk=pk)
    form = DimensionForm(request.POST or None, initial=DimensionForm.initial_for(dimension))
    return _page(request, form, title=_("Ubah dimensi %(name)s") % {"name": dimension.name},
                 instrument=dimension.instrument, message=_("Dimensi disimpan."),
                 next_url=lambda saved: _detail(saved.instrument),
                 save=lambda data: dimension_update(actor=request.user, dimension=dimension,
                                                    **data))


@login_required
def indicator_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.manage_instruments")
    indicator = get_object_or_404(
        InstrumentIndicator.objects.select_related("instrument", "dimension"), pk=pk)
    form = IndicatorForm(request.POST or None, indicator=indicator,
                         initial=IndicatorForm.initial_for(indicator))

    def save(data: dict[str, Any]) -> InstrumentIndicator:
        fields = {name: value for name, value in data.items() if not name.startswith("option_")}
        return indicator_update(actor=request.user, indicator=indicator,
                                options=form.options(), **fields)

    return _page(request, form, title=_("Ubah indikator %(code)s") % {"code": indicator.code},
                 instrument=indicator.instrument, message=_("Indikator disimpan."),
                 next_url=lambda saved: _detail(saved.instrument) + f"#ind-{saved.pk}",
                 save=save)
