"""The form of a gap action: what was typed only; the service checks the OPD, the version and
the evidence's content."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pantau.compliance.models import ActionStatus, GapAction
from pantau.pages.forms import BootstrapFormMixin
from pantau.tenancy.models import Agency
from pantau.uploads import IMAGE_OR_PDF_ACCEPT


class GapActionForm(BootstrapFormMixin, forms.Form):
    owner = forms.ModelChoiceField(label=_("OPD penanggung jawab"),
                                   queryset=Agency.objects.none(), empty_label=None)
    title = forms.CharField(label=_("Tindakan"), max_length=300,
                            error_messages={"required": _("Isi tindakan yang akan dilakukan.")})
    due_date = forms.DateField(
        label=_("Tenggat"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Isi tanggal tenggat."),
                        "invalid": _("Tanggal tidak sah; pilih tanggal dari kalender.")})
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)
    note = forms.CharField(label=_("Catatan"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    evidence = forms.FileField(
        label=_("Bukti (gambar atau PDF)"), required=False,
        widget=forms.ClearableFileInput(attrs={"accept": IMAGE_OR_PDF_ACCEPT}),
        help_text=_("Foto atau dokumen yang membuktikan tindakan selesai."))

    def __init__(self, *args: Any, owners: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        owner = self.fields["owner"]
        assert isinstance(owner, forms.ModelChoiceField)
        owner.queryset = owners

    @staticmethod
    def initial_for(action: GapAction) -> dict[str, Any]:
        return {"owner": action.owner, "title": action.title, "due_date": action.due_date,
                "status": action.status, "note": action.note}
