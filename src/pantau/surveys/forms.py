"""Validation only: the survey set-up form, the public questionnaire and the invalidation form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelChoiceField

from pantau.surveys.models import Survey
from pantau.surveys.questions import (
    ELEMENT_FIELDS,
    AgeBand,
    Education,
    Element,
    Occupation,
    Sex,
    elements,
)
from pantau.tenancy.models import ServiceProduct, ServiceUnit
from pantau.web.forms import BootstrapFormMixin


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class SurveyForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = Survey
        fields = ["unit", "title", "starts_on", "ends_on", "population", "is_active"]
        widgets = {"starts_on": DateInput(), "ends_on": DateInput()}
        field_classes = {"unit": SafeModelChoiceField}

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        unit_field = self.fields["unit"]
        assert isinstance(unit_field, forms.ModelChoiceField)
        unit_field.queryset = units
        self.fields["population"].widget.attrs["min"] = 1

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("Tanggal selesai tidak boleh sebelum tanggal mulai."))
        return data


ANSWER_CHOICES = [(value, str(value)) for value in range(1, 5)]


class ResponseForm(forms.Form):
    """The public questionnaire: nine answers 1–4, an optional profile and comment."""

    token = forms.CharField(widget=forms.HiddenInput, max_length=200)
    kiosk = forms.BooleanField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(required=False, max_length=200)  # honeypot: people leave it empty
    age_band = forms.ChoiceField(
        label=_("Usia"), required=False,
        choices=[("", "—"), *AgeBand.choices],
    )
    sex = forms.ChoiceField(
        label=_("Jenis kelamin"), required=False,
        choices=[("", "—"), *Sex.choices],
    )
    education = forms.ChoiceField(
        label=_("Pendidikan terakhir"), required=False,
        choices=[("", "—"), *Education.choices],
    )
    occupation = forms.ChoiceField(
        label=_("Pekerjaan"), required=False,
        choices=[("", "—"), *Occupation.choices],
    )
    product = forms.ModelChoiceField(
        label=_("Layanan yang Anda terima"), required=False, queryset=ServiceProduct.objects.none(),
        empty_label="—",
    )
    comment = forms.CharField(
        label=_("Saran atau pengaduan (boleh dikosongkan)"), required=False, max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000, "class": "form-control"}),
    )

    def __init__(self, *args: Any, unit: ServiceUnit,
                 wording: tuple[Element, ...] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wording = wording or elements()
        for element in self.wording:
            self.fields[element.field] = forms.TypedChoiceField(
                label=f"{element.code}. {element.name}", choices=ANSWER_CHOICES, coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Mohon pilih salah satu jawaban untuk %(code)s (%(name)s).")
                    % {"code": element.code, "name": element.name},
                    "invalid_choice": _("Jawaban untuk %(code)s harus salah satu pilihan 1–4.")
                    % {"code": element.code},
                },
            )
        product_field = self.fields["product"]
        assert isinstance(product_field, forms.ModelChoiceField)
        product_field.queryset = ServiceProduct.objects.filter(unit=unit, is_active=True)

    def questions(self) -> list[tuple[Element, forms.BoundField]]:
        return [(element, self[element.field]) for element in self.wording]

    def profile_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ("age_band", "sex", "education", "occupation", "product")]

    def answers(self) -> list[int]:
        return [self.cleaned_data[name] for name in ELEMENT_FIELDS]

    def profile(self) -> dict[str, str]:
        return {
            name: self.cleaned_data.get(name) or ""
            for name in ("age_band", "sex", "education", "occupation")
        }


class InvalidateForm(BootstrapFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Alasan jawaban tidak sah"), max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Alasan wajib diisi.")},
    )
