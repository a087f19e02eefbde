"""Validation only: the survey set-up form, the public questionnaire (its answer sheet is read
here and nowhere else: ``answer_sheet``) and the invalidation form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelChoiceField

from pantau.pages.forms import BootstrapFormMixin
from pantau.pages.number_fields import WholeNumberField, YearField
from pantau.surveys.extras import (
    ExtraQuestion,
    ExtraSection,
    extra_sections,
    extras_posted,
    plain_extra_answers,
)
from pantau.surveys.models import Survey, SurveyFollowUp
from pantau.surveys.questions import (
    ELEMENT_FIELDS,
    PROFILE_CHOICES,
    PROFILE_FIELDS,
    AgeBand,
    Education,
    Element,
    Occupation,
    Sex,
    elements,
    elements_for,
)
from pantau.surveys.selectors.surveys import SURVEY_STATES
from pantau.tenancy.models import Agency, ServiceProduct, ServiceUnit


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class SurveyForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = Survey
        fields = ["unit", "title", "starts_on", "ends_on", "population", "is_active"]
        widgets = {"starts_on": DateInput(), "ends_on": DateInput()}
        field_classes = {"unit": SafeModelChoiceField, "population": WholeNumberField}

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        unit_field = self.fields["unit"]
        assert isinstance(unit_field, forms.ModelChoiceField)
        unit_field.queryset = units

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("Tanggal selesai tidak boleh sebelum tanggal mulai."))
        return data


class SurveyFilterForm(BootstrapFormMixin, forms.Form):
    """The survey list's filters (GET parameters); every one may stay empty."""

    opd = SafeModelChoiceField(
        label=_("OPD"), required=False, queryset=Agency.objects.none(), empty_label=_("Semua OPD"),
        error_messages={"invalid_choice": _("Pilih OPD dari daftar.")},
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False,
        choices=[("", _("Semua status")), *SURVEY_STATES],
        error_messages={"invalid_choice": _("Pilih status dari daftar.")},
    )
    q = forms.CharField(label=_("Cari unit atau judul"), required=False, max_length=100)

    def __init__(self, *args: Any, agencies: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        opd_field = self.fields["opd"]
        assert isinstance(opd_field, forms.ModelChoiceField)
        opd_field.queryset = agencies
        self.fields["q"].widget.attrs.update(type="search", placeholder=_("Nama unit atau judul"))


ANSWER_CHOICES = [(value, str(value)) for value in range(1, 5)]
COMMENT_MAX = 1000


@dataclass(frozen=True)
class AnswerSheet:
    """One questionnaire as ``response_submit`` takes it: nine answers 1–4, each profile field
    empty or one of its choices, the product's id (the INSERT checks it is an active product of
    the unit), the comment stripped and the answered extra questions by section
    (``pantau.surveys.extras``)."""

    answers: list[int]
    profile: dict[str, str]
    product_id: int | None
    comment: str
    extra: dict[str, dict[str, str]] = field(default_factory=dict)


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
        label=_("Saran atau pengaduan (boleh dikosongkan)"), required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": COMMENT_MAX, "class": "form-control"}),
    )

    def __init__(self, *args: Any, unit: ServiceUnit,
                 wording: tuple[Element, ...] | None = None,
                 sections: tuple[ExtraSection, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wording = wording or elements()
        self.sections = sections
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
        for section in sections:
            for question in section.questions:
                self.fields[question.name] = forms.ChoiceField(
                    label=f"{question.code}. {question.title}", required=False,
                    choices=question.choices, widget=forms.RadioSelect,
                    error_messages={"invalid_choice": _(
                        "Jawaban untuk %(code)s harus salah satu pilihan yang tersedia.")
                        % {"code": question.code}},
                )
        product_field = self.fields["product"]
        assert isinstance(product_field, forms.ModelChoiceField)
        product_field.queryset = ServiceProduct.objects.filter(unit=unit, is_active=True)

    def extra_questions(self) -> list[tuple[ExtraSection,
                                            list[tuple[ExtraQuestion, forms.BoundField]]]]:
        """The extra sections after the nine questions, each with its questions' fields."""
        return [(section, [(question, self[question.name]) for question in section.questions])
                for section in self.sections]

    def questions(self) -> list[tuple[Element, forms.BoundField]]:
        return [(element, self[element.field]) for element in self.wording]

    def missing_elements(self) -> list[Element]:
        """The questions left unanswered, for the banner above the form."""
        errors = self.errors.as_data() if self.is_bound else {}
        return [
            element for element in self.wording
            if any(error.code == "required" for error in errors.get(element.field, ()))
        ]

    def profile_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in (*PROFILE_FIELDS, "product")]

    def sheet(self) -> AnswerSheet:
        """The cleaned answer sheet of a valid form."""
        data = self.cleaned_data
        product = data.get("product")
        extra: dict[str, dict[str, str]] = {}
        for section in self.sections:
            for question in section.questions:
                if data.get(question.name):
                    extra.setdefault(section.key, {})[question.name] = data[question.name]
        return AnswerSheet(
            [data[name] for name in ELEMENT_FIELDS],
            {name: data.get(name) or "" for name in PROFILE_FIELDS},
            product.pk if product else None, data["comment"], extra,
        )


def response_form(data: Any, *, survey: Survey, **kwargs: Any) -> ResponseForm:
    """The questionnaire of a survey, in its Pemda's wording, with the extra sections its
    form has today (``pantau.surveys.extras``)."""
    return ResponseForm(data, unit=survey.unit, wording=elements_for(survey.questionnaire),
                        sections=extra_sections(survey=survey), **kwargs)


_ANSWERS = {str(value): value for value, _label in ANSWER_CHOICES}
_PROFILE_VALUES = {name: frozenset(choices.values) for name, choices in PROFILE_CHOICES.items()}


def plain_answer_sheet(data: Any) -> AnswerSheet | None:
    """A plainly valid answer sheet read without building ``ResponseForm``; None otherwise.

    Submitting is the hot path (a whole Puskesmas queue on its phones) and building the form is
    a large share of it, so a sheet with nothing to explain is read directly. It accepts only
    what ``ResponseForm`` accepts, with the same cleaned values (a property test holds them
    together): nine answers "1"–"4", each profile field empty or one of its choices, the product
    empty or a number, the comment stripped, at most ``COMMENT_MAX`` characters and without NUL.
    """
    answers = [_ANSWERS.get(data.get(name)) for name in ELEMENT_FIELDS]
    if None in answers:
        return None
    profile = {}
    for name, choices in _PROFILE_VALUES.items():
        value = data.get(name) or ""
        if value and value not in choices:
            return None
        profile[name] = value
    product = data.get("product") or ""
    if product and not (product.isascii() and product.isdigit() and len(product) < 19):
        return None
    comment = (data.get("comment") or "").strip()
    if len(comment) > COMMENT_MAX or "\x00" in comment:
        return None
    return AnswerSheet([value for value in answers if value is not None], profile,
                       int(product) if product else None, comment)


def answer_sheet(data: Any, *, survey: Survey) -> tuple[AnswerSheet | None, ResponseForm | None]:
    """The posted questionnaire, checked here once: the sheet and the form that read it.

    A plainly valid sheet (with plainly valid extra answers when any are posted; an extra field
    the form no longer has is ignored): (sheet, None). Anything else goes through
    ``ResponseForm`` for its messages: (its sheet, the form) when valid, (None, the form with
    its errors) when not.
    """
    sheet = plain_answer_sheet(data)
    if sheet is not None and extras_posted(data):
        extra = plain_extra_answers(data, extra_sections(survey=survey))
        sheet = AnswerSheet(sheet.answers, sheet.profile, sheet.product_id, sheet.comment,
                            extra) if extra is not None else None
    if sheet is not None:
        return sheet, None
    form = response_form(data, survey=survey)
    return (form.sheet() if form.is_valid() else None), form


class InvalidateForm(BootstrapFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Alasan jawaban tidak sah"), max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Alasan wajib diisi.")},
    )

    def __init__(self, *args: Any, restoring: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if restoring:
            self.fields["reason"].label = _("Alasan jawaban dihitung kembali")


class PeriodForm(BootstrapFormMixin, forms.Form):
    """The results period: a year and optional semester, or any date range (GET parameters)."""

    tahun = YearField(label=_("Tahun"), min_value=2000, max_value=2100, required=False)
    semester = forms.TypedChoiceField(
        label=_("Semester"), required=False, coerce=int, empty_value=None,
        choices=[("", _("Setahun")), (1, _("Semester I")), (2, _("Semester II"))],
    )
    dari = forms.DateField(label=_("Dari tanggal"), required=False, widget=DateInput())
    sampai = forms.DateField(label=_("Sampai tanggal"), required=False, widget=DateInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("dari"), data.get("sampai")
        if bool(start) != bool(end):
            raise forms.ValidationError(_("Isi tanggal awal dan akhir, atau kosongkan keduanya."))
        if start and end and end < start:
            raise forms.ValidationError(_("Tanggal akhir tidak boleh sebelum tanggal awal."))
        if start and end and (end - start).days > 366 * 5:
            raise forms.ValidationError(_("Rentang tanggal paling lama lima tahun."))
        return data


class FollowUpForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = SurveyFollowUp
        fields = ["element", "action", "owner", "due_on", "status", "note"]
        widgets = {"due_on": DateInput(), "action": forms.Textarea(attrs={"rows": 3}),
                   "note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        element_field = self.fields["element"]
        assert isinstance(element_field, forms.TypedChoiceField)
        element_field.choices = [(e.index, f"{e.code}. {e.name}") for e in elements()]


class ImportForm(BootstrapFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Berkas XLSX dari templat"),
        error_messages={"required": _("Pilih berkas XLSX yang akan diimpor.")},
    )


class QuestionnaireForm(forms.Form):
    """Nine question sentences and 4 × 9 answer labels; the meaning of each value is fixed.

    The fields are made here, after ``Form.__init__``, so ``BootstrapFormMixin`` would never see
    them: the widgets carry their Bootstrap class themselves. Each group's legend names the
    element, so the field labels do not repeat it.
    """

    def __init__(self, *args: Any, wording: tuple[Element, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wording = wording
        for element in wording:
            self.fields[f"q{element.index}"] = forms.CharField(
                label=_("Kalimat pertanyaan"), initial=str(element.question),
                max_length=500,
                widget=forms.Textarea(attrs={"rows": 3, "class": "form-control"}),
                error_messages={"required": _("Pertanyaan %(code)s wajib diisi.")
                                % {"code": element.code}},
            )
            for value, label in element.answers:
                self.fields[f"a{element.index}_{value}"] = forms.CharField(
                    label=_("Label jawaban %(value)s") % {"value": value},
                    initial=str(label), max_length=80,
                    widget=forms.TextInput(attrs={"class": "form-control"}),
                    error_messages={"required": _("Label jawaban %(value)s pada %(code)s wajib "
                                                  "diisi.") % {"code": element.code,
                                                               "value": value}},
                )

    def groups(self) -> list[tuple[Element, forms.BoundField, list[forms.BoundField]]]:
        return [
            (e, self[f"q{e.index}"], [self[f"a{e.index}_{v}"] for v in range(1, 5)])
            for e in self.wording
        ]

    def questions(self) -> list[str]:
        return [self.cleaned_data[f"q{index}"] for index in range(1, 10)]

    def labels(self) -> list[list[str]]:
        return [[self.cleaned_data[f"a{i}_{v}"] for v in range(1, 5)] for i in range(1, 10)]
