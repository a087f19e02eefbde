"""Forms of the service-standards register: what was typed only; the services check the rest
(photos by content and size, enactment date and decree together, display with evidence)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pantau.compliance.models import COMPONENTS, ServiceStandard, UnitMaklumat
from pantau.pages.forms import BootstrapFormMixin
from pantau.uploads import IMAGE_OR_PDF_ACCEPT

MAX_COMPONENT = 5000  # characters of one component's text
PHOTO_HELP = _("Foto (JPEG/PNG) atau PDF; isinya diperiksa, maksimal sesuai batas unggah.")


class _DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


def _date(label: Any) -> forms.DateField:
    return forms.DateField(label=label, required=False, widget=_DateInput(),
                           error_messages={"invalid": _("Isi tanggal yang benar.")})


def _photo(label: Any) -> forms.FileField:
    return forms.FileField(label=label, required=False, help_text=PHOTO_HELP,
                           widget=forms.FileInput(attrs={"accept": IMAGE_OR_PDF_ACCEPT}))


class ServiceStandardForm(BootstrapFormMixin, forms.Form):
    displayed_at_counter = forms.BooleanField(label=_("Dipajang di loket/ruang pelayanan"),
                                              required=False)
    counter_photo = _photo(_("Foto standar yang terpajang di loket"))
    displayed_online = forms.BooleanField(label=_("Dipublikasikan daring (situs/media sosial)"),
                                          required=False)
    online_url = forms.URLField(label=_("Alamat publikasi daring"), required=False,
                                max_length=500, assume_scheme="https",
                                error_messages={"invalid": _("Isi alamat situs yang benar, "
                                                             "mis. https://…")})
    online_photo = _photo(_("Tangkapan layar publikasi daring"))
    enacted_on = _date(_("Tanggal penetapan"))
    decree = forms.CharField(label=_("Nomor keputusan penetapan"), required=False,
                             max_length=200)
    last_reviewed_on = _date(_("Peninjauan terakhir"))
    public_involved = forms.BooleanField(
        label=_("Penyusunan/peninjauan melibatkan masyarakat"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for component in COMPONENTS:
            self.fields[component.field] = forms.CharField(
                label=str(component.label), required=False, max_length=MAX_COMPONENT,
                widget=forms.Textarea(attrs={"rows": 3, "class": "form-control"}),
                error_messages={"max_length": _("Paling banyak %(limit_value)d karakter.")})

    @staticmethod
    def initial_for(standard: ServiceStandard | None) -> dict[str, Any]:
        if standard is None:
            return {}
        names = [c.field for c in COMPONENTS] + [
            "displayed_at_counter", "displayed_online", "online_url", "enacted_on", "decree",
            "last_reviewed_on", "public_involved"]
        return {name: getattr(standard, name) for name in names}

    def component_fields(self, *, public: bool) -> list[forms.BoundField]:
        return [self[c.field] for c in COMPONENTS if c.public is public]

    def service_arguments(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        components = {c.field: data.pop(c.field) or "" for c in COMPONENTS}
        return {"components": components, **data}


class UnitMaklumatForm(BootstrapFormMixin, forms.Form):
    text = forms.CharField(label=_("Isi maklumat pelayanan"), max_length=MAX_COMPONENT,
                           widget=forms.Textarea(attrs={"rows": 6}),
                           error_messages={"required": _("Isi maklumat pelayanan tidak boleh "
                                                         "kosong.")})
    enacted_on = _date(_("Tanggal penetapan"))
    decree = forms.CharField(label=_("Nomor keputusan penetapan"), required=False,
                             max_length=200)
    displayed = forms.BooleanField(label=_("Dipajang di unit layanan"), required=False)
    displayed_online = forms.BooleanField(label=_("Dipublikasikan daring"), required=False)
    photo = _photo(_("Foto maklumat yang terpajang"))

    @staticmethod
    def initial_for(maklumat: UnitMaklumat | None) -> dict[str, Any]:
        if maklumat is None:
            return {}
        return {name: getattr(maklumat, name) for name in
                ("text", "enacted_on", "decree", "displayed", "displayed_online")}
