from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from pantau.scoring import ScoringError
from pantau.web.calculator import engine
from pantau.web.calculator.forms import CapaianForm, ClassifyForm, SampleForm, SkmTotalsForm

TABS: dict[str, tuple[Any, type[forms.Form]]] = {
    "nilai": (_("Klasifikasi nilai"), ClassifyForm),
    "skm": (_("SKM dari rekap jawaban"), SkmTotalsForm),
    "capaian": (_("Capaian kinerja"), CapaianForm),
    "sampel": (_("Sampel minimum SKM"), SampleForm),
}


def _compute(tab: str, form: Any) -> engine.Outcome:
    data = form.cleaned_data
    computations: dict[str, Callable[[], engine.Outcome]] = {
        "nilai": lambda: engine.classify_value(
            data["kind"], data["value"], year=data["year"], boundary=data["boundary"] or None),
        "skm": lambda: engine.skm_from_totals(form.totals(), data["respondents"],
                                              weight=data["weight"]),
        "capaian": lambda: engine.capaian_outcome(
            data["target"], data["realization"], polarity=data["polarity"],
            target_high=data["target_high"] or None),
        "sampel": lambda: engine.sample_outcome(data["population"], method=data["method"]),
    }
    return computations[tab]()


@login_required
def calculator(request: HttpRequest) -> HttpResponse:
    tab = request.GET.get("tab", "nilai")
    if tab not in TABS:
        tab = "nilai"
    form_class = TABS[tab][1]
    submitted = "hitung" in request.GET
    form = form_class(request.GET if submitted else None)
    outcome = None
    if submitted and form.is_valid():
        try:
            outcome = _compute(tab, form)
        except ScoringError as error:
            form.add_error(None, str(error))
    return render(request, "web/calculator.html", {
        "tabs": [(key, label) for key, (label, _form) in TABS.items()],
        "tab": tab, "form": form, "outcome": outcome,
    })
