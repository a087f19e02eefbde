from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pantau.pages.forms import BootstrapFormMixin
from pantau.pages.number_fields import YearField

# Text fields, not number fields: people type "87,56" and the scoring package parses it.
_SCORE_WIDGET = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})


class ClassifyForm(BootstrapFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("Penilaian"),
        choices=[
            ("ombudsman", _("Kepatuhan Ombudsman (0–100)")),
            ("pekppp", _("Indeks PEKPPP KemenPAN-RB (0–5)")),
            ("skm", _("IKM PermenPANRB 14/2017 (25–100)")),
            ("skm-2004", _("IKM lama KepmenPAN 25/2004")),
            ("sakip", _("Nilai evaluasi SAKIP (0–100)")),
        ],
    )
    value = forms.CharField(label=_("Nilai"), max_length=30, widget=_SCORE_WIDGET,
                            help_text=_("Boleh ditulis dengan koma, misalnya 78,12."))
    year = YearField(label=_("Tahun penilaian"), required=False, min_value=1900,
                     max_value=2200,
                     help_text=_("Wajib untuk Ombudsman dan PEKPPP: metode dipilih "
                                 "menurut tahunnya."))
    boundary = forms.ChoiceField(
        label=_("Batas predikat SAKIP"), required=False,
        choices=[("", _("Bawaan (nilai tepat 90,00 masuk predikat di bawahnya)")),
                 ("lower_exclusive", _("Batas bawah tidak termasuk (> 90 → AA)")),
                 ("lower_inclusive", _("Batas bawah termasuk (≥ 90 → AA)"))],
    )


class SkmTotalsForm(BootstrapFormMixin, forms.Form):
    respondents = forms.CharField(label=_("Jumlah responden"), max_length=12,
                                  widget=forms.TextInput(attrs={"inputmode": "numeric"}))
    weight = forms.ChoiceField(
        label=_("Bobot unsur"),
        choices=[("exact", _("1/9 tepat (bawaan)")), ("legacy", _("0,111 (laporan lama)"))],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for number in range(1, 10):
            self.fields[f"u{number}"] = forms.CharField(
                label=_("Jumlah nilai U%(n)s") % {"n": number}, max_length=12,
                widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "form-control"}),
            )

    def totals(self) -> list[str]:
        return [self.cleaned_data[f"u{n}"] for n in range(1, 10)]


class CapaianForm(BootstrapFormMixin, forms.Form):
    target = forms.CharField(label=_("Target"), max_length=30, widget=_SCORE_WIDGET)
    target_high = forms.CharField(label=_("Batas atas target (jika target rentang)"),
                                  max_length=30, required=False, widget=_SCORE_WIDGET)
    realization = forms.CharField(label=_("Realisasi"), max_length=30, widget=_SCORE_WIDGET)
    polarity = forms.ChoiceField(
        label=_("Polaritas"),
        choices=[("positive", _("Positif (makin tinggi makin baik)")),
                 ("negative", _("Negatif (makin rendah makin baik)"))],
    )


class SampleForm(BootstrapFormMixin, forms.Form):
    population = forms.CharField(label=_("Populasi (jumlah penerima layanan)"), max_length=15,
                                 widget=forms.TextInput(attrs={"inputmode": "numeric"}))
    method = forms.ChoiceField(
        label=_("Cara"),
        choices=[("table", _("Tabel Krejcie–Morgan (bawaan)")),
                 ("formula", _("Rumus Krejcie–Morgan"))],
    )
