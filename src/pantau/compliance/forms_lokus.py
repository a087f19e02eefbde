"""Forms of the lokus pages: what was typed only. The service checks the rest (the year range,
units of this Pemda, a draw larger than the candidates, a lokus without units)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pantau.compliance.models import Assessor, Lokus, LokusReason
from pantau.pages.forms import BootstrapFormMixin
from pantau.pages.number_fields import WholeNumberField, YearField
from pantau.tenancy.models import UnitKind


class UnitIdsField(forms.TypedMultipleChoiceField):
    """Unit ids as posted: whether each is a unit of this Pemda is the service's question (it
    refuses, and audits, a unit of another Pemda), so any whole number passes here."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(coerce=int, required=False, widget=forms.CheckboxSelectMultiple,
                         error_messages={"invalid_choice": _("Pilihan unit tidak dikenal.")},
                         **kwargs)

    def valid_value(self, value: Any) -> bool:
        return str(value).isdigit()


class LokusDrawForm(BootstrapFormMixin, forms.Form):
    year = YearField(label=_("Tahun penilaian"))
    assessor = forms.ChoiceField(label=_("Penilai"), choices=Assessor.choices)
    mandatory_units = UnitIdsField(label=_("Unit wajib"))
    drawn_kind = forms.ChoiceField(
        label=_("Jenis unit yang diundi"), required=False,
        choices=[("", _("— tanpa undian —")), *UnitKind.choices])
    draw_count = WholeNumberField(label=_("Jumlah yang diundi"), required=False)
    all_of_kind = forms.BooleanField(
        label=_("Nilai mandiri semua unit jenis ini"), required=False,
        help_text=_("Undian penilai sendiri tidak diketahui: semua unit aktif jenis ini ikut "
                    "dinilai mandiri (selain yang terundi, dengan alasan “semua unit”)."))
    seed = forms.CharField(
        label=_("Benih undian"), required=False, max_length=64,
        help_text=_("Kosongkan agar sistem membuat benih acak (modul secrets Python); benih "
                    "ditampilkan dan disimpan sehingga undian dapat diulang siapa saja."))
    note = forms.CharField(label=_("Catatan"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["seed"].error_messages["max_length"] = _(
            "Benih undian paling panjang 64 karakter.")

    @staticmethod
    def initial_from(lokus: Lokus) -> dict[str, Any]:
        """The replaced lokus's choices as the starting point of its replacement."""
        return {
            "year": lokus.year, "assessor": lokus.assessor,
            "mandatory_units": list(lokus.units.filter(reason=LokusReason.MANDATORY)
                                    .values_list("unit_id", flat=True)),
            "drawn_kind": lokus.drawn_kind, "draw_count": lokus.draw_count,
            "all_of_kind": lokus.all_of_kind,
        }


class LokusReplaceForm(LokusDrawForm):
    reason = forms.CharField(label=_("Alasan penggantian"),
                             widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": _("Tuliskan alasan penggantian "
                                                           "lokus.")})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The year and the assessor are the replaced lokus's.
        del self.fields["year"], self.fields["assessor"]
