"""Forms of quarterly reporting (validation only; the services write)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from pantau.pages.forms import BootstrapFormMixin
from pantau.performance.models import FollowUp, FollowUpStatus
from pantau.performance.selectors.reporting import BudgetRow, FormGroup
from pantau.performance.services.realizations import RealizationInput
from pantau.performance.validation import (
    budget_amount_clean,
    budget_pagu_problem,
    realization_value_clean,
)

TEXT_LIMIT = 4000


@dataclass
class ReportFormData:
    """The posted realization and budget rows, with an error message per bad row."""

    rows: list[RealizationInput] = field(default_factory=list)
    budget: dict[int, Decimal | None] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # "value-<id>" / "budget-<id>" → text
    raw: dict[str, str] = field(default_factory=dict)

    @property
    def is_valid(self) -> bool:
        return not self.errors


def report_form_parse(post: QueryDict, groups: list[FormGroup],
                      budget_rows: list[BudgetRow]) -> ReportFormData:
    data = ReportFormData()
    for group in groups:
        for row in group.rows:
            pk = row.indicator.pk
            if f"value-{pk}" not in post:
                # Not sent is not emptied: an indicator added after the page was loaded, or a
                # field name the page wrote differently, must not wipe the stored row.
                continue
            raw = post.get(f"value-{pk}", "")
            data.raw[f"value-{pk}"] = raw
            texts = {name: post.get(f"{name}-{pk}", "").strip()[:TEXT_LIMIT]
                     for name in ("drivers", "obstacles", "follow_up_plan")}
            for name, value in texts.items():
                data.raw[f"{name}-{pk}"] = value
            try:
                number = realization_value_clean(indicator=row.indicator, raw=raw)
            except ValidationError as error:
                data.errors[f"value-{pk}"] = " ".join(error.messages)
                continue
            data.rows.append(RealizationInput(indicator=row.indicator, value=number, **texts))
    for budget_row in budget_rows:
        key = f"budget-{budget_row.line.pk}"
        if key not in post:
            continue
        data.raw[key] = post.get(key, "")
        try:
            amount = budget_amount_clean(post.get(key, ""))
        except ValidationError as error:
            data.errors[key] = " ".join(error.messages)
            continue
        problem = budget_pagu_problem(amount=amount, pagu=budget_row.line.pagu,
                                      spent_other=budget_row.spent_other,
                                      before=budget_row.amount)
        if problem:  # shown on the row; the service checks again
            data.errors[key] = problem
        else:
            data.budget[budget_row.line.pk] = amount
    return data


class NoteForm(BootstrapFormMixin, forms.Form):
    note = forms.CharField(label=_("Catatan"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))


class DeadlineForm(BootstrapFormMixin, forms.Form):
    due_at = forms.DateTimeField(
        label=_("Batas waktu pelaporan"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))


class PeriodLockForm(BootstrapFormMixin, forms.Form):
    note = forms.CharField(label=_("Catatan"), required=False, max_length=2000)


class PeriodCloseForm(BootstrapFormMixin, forms.Form):
    # Not required here: the service refuses a blank reason with its own message.
    reason = forms.CharField(
        label=_("Alasan menutup periode (wajib, tercatat di riwayat)"), required=False,
        max_length=2000, widget=forms.Textarea(attrs={"rows": 2, "required": True}))
    confirm_unfinished = forms.BooleanField(
        label=_("Saya mengerti bahwa yang belum selesai akan terkunci apa adanya bila periode "
                "ditutup."), required=False)


class FollowUpForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["owner", "due_date", "status", "evidence_note"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "evidence_note": forms.Textarea(attrs={"rows": 2})}


class FollowUpFilterForm(BootstrapFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Semua status")), *FollowUpStatus.choices])
    overdue = forms.BooleanField(label=_("Hanya yang lewat tenggat"), required=False)
    opd = forms.IntegerField(required=False, widget=forms.HiddenInput)


class UploadForm(BootstrapFormMixin, forms.Form):
    file = forms.FileField(label=_("Berkas"))

    def clean_file(self) -> Any:
        return self.cleaned_data["file"]
