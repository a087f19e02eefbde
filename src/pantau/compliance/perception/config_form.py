"""The form of a Pemda's own perception rule and wording (validation of what was typed only;
``perception_configure`` checks the order and range of the thresholds)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pantau.compliance.perception.questions import QUESTIONS
from pantau.pages.forms import BootstrapFormMixin
from pantau.pages.number_fields import DecimalTextField, WholeNumberField


class PerceptionConfigForm(BootstrapFormMixin, forms.Form):
    threshold_3 = DecimalTextField(label=_("Nilai 3 bila yang tidak mengalami paling sedikit (%)"),
                                   min_value=0, max_value=100, decimal_places=2)
    threshold_2 = DecimalTextField(label=_("Nilai 2 bila yang tidak mengalami paling sedikit (%)"),
                                   min_value=0, max_value=100, decimal_places=2)
    threshold_1 = DecimalTextField(label=_("Nilai 1 bila yang tidak mengalami paling sedikit (%)"),
                                   min_value=0, max_value=100, decimal_places=2)
    min_respondents = WholeNumberField(
        label=_("Responden minimal per pertanyaan"), min_value=1, max_value=100_000,
        help_text=_("Di bawah jumlah ini tidak ada nilai perkiraan."))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for question in QUESTIONS:
            self.fields[f"q{question.field[1:]}"] = forms.CharField(
                label=_("Kalimat %(code)s (%(title)s)") % {"code": question.code,
                                                           "title": question.title},
                required=False, max_length=300,
                help_text=_("Kosongkan untuk memakai kalimat bawaan: %(text)s")
                % {"text": question.text},
                widget=forms.Textarea(attrs={"rows": 2, "class": "form-control"}))

    def questions(self) -> dict[str, str]:
        return {name: self.cleaned_data.get(name) or "" for name in
                (f"q{q.field[1:]}" for q in QUESTIONS)}
