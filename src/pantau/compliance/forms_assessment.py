"""The forms of one indicator on the self-assessment sheet: the operator's answer and the
evaluator's review. Each row has its own prefix, so many rows live on one page; the services
check the rest (options of the version, evidence content, who may answer)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pantau.pages.forms import BootstrapFormMixin
from pantau.uploads import IMAGE_OR_PDF_ACCEPT

CHOOSE = _("Pilih salah satu nilai.")


def row_prefix(indicator_pk: int) -> str:
    return f"i{indicator_pk}"


def _score_field(scores: list[int], *, label: Any, required: bool, empty: Any = "",
                 widget: type[forms.Widget] | None = None) -> forms.TypedChoiceField:
    choices: list[tuple[Any, Any]] = [(score, str(score)) for score in scores]
    if not required:
        choices.insert(0, ("", empty))
    return forms.TypedChoiceField(
        label=label, choices=choices, coerce=int, required=required, empty_value=None,
        widget=widget or forms.RadioSelect, error_messages={"required": CHOOSE,
                                                  "invalid_choice": CHOOSE})


class AnswerForm(BootstrapFormMixin, forms.Form):
    def __init__(self, *args: Any, scores: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["score"] = _score_field(scores, label=_("Nilai"), required=True)
        self.fields["note"] = forms.CharField(
            label=_("Catatan operator"), required=False, max_length=4000,
            widget=forms.Textarea(attrs={"rows": 2}))
        self.fields["evidence"] = forms.FileField(
            label=_("Bukti dukung (gambar atau PDF)"), required=False,
            widget=forms.ClearableFileInput(attrs={"accept": IMAGE_OR_PDF_ACCEPT}))
        self.fields["score"].widget.attrs["class"] = "form-check-input"


class ReviewForm(BootstrapFormMixin, forms.Form):
    def __init__(self, *args: Any, scores: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evaluator_score"] = _score_field(
            scores, label=_("Nilai evaluator"), required=False,
            empty=_("sama dengan nilai operator"), widget=forms.Select)
        self.fields["evaluator_note"] = forms.CharField(
            label=_("Catatan evaluator"), required=False, max_length=4000,
            widget=forms.Textarea(attrs={"rows": 2}))
