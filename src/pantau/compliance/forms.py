"""Forms of the compliance pages: validation of what was typed only; the services check the rest
(negative weights, a dimension without weighted indicator, options outside the scale, a version
that has answers)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pantau.compliance.models import (
    Assessor,
    AutoSource,
    Family,
    Instrument,
    InstrumentDimension,
    InstrumentIndicator,
    OfficialResult,
    SourceStatus,
)
from pantau.pages.forms import BootstrapFormMixin
from pantau.pages.number_fields import DecimalTextField, YearField
from pantau.tenancy.models import ServiceUnit

NOT_A_NUMBER = _("Isi dengan angka, mis. 21,85 atau 0,75.")
SHARES = {
    "dimension_share": _("Porsi dimensi (0–1)"),
    "public_trust_share": _("Porsi kepercayaan publik (0–1)"),
    "evaluator_share": _("Porsi penilaian evaluator F-02 (0–1)"),
    "user_share": _("Porsi penilaian pengguna F-03 (0–1)"),
}


def _text(label: Any, *, rows: int = 3, required: bool = False) -> forms.CharField:
    return forms.CharField(label=label, required=required,
                           widget=forms.Textarea(attrs={"rows": rows}))


def _number(label: Any, *, required: bool = True) -> DecimalTextField:
    return DecimalTextField(label=label, required=required, max_digits=9, decimal_places=4,
                            error_messages={"invalid": NOT_A_NUMBER})


def with_extra(form: forms.BaseForm, extra: dict[str, forms.Field]) -> None:
    """Adds fields known only per object before the form is built (so the Bootstrap mixin
    styles them too): the instance's ``base_fields`` shadows the class's."""
    form.base_fields = {**type(form).base_fields, **extra}  # type: ignore[attr-defined]


class InstrumentCreateForm(BootstrapFormMixin, forms.Form):
    family = forms.ChoiceField(label=_("Jenis instrumen"), choices=Family.choices)
    year_from = YearField(label=_("Berlaku sejak tahun"), min_value=2000, max_value=2100,
                          error_messages={"min_value": _("Tahun paling awal 2000."),
                                          "max_value": _("Tahun paling akhir 2100.")})
    note = _text(_("Catatan versi"))
    note.help_text = _("Kosong = catatan versi asal disalin.")


class InstrumentUpdateForm(BootstrapFormMixin, forms.Form):
    name = forms.CharField(label=_("Nama"), max_length=200)
    note = _text(_("Catatan"), rows=4)

    def __init__(self, *args: Any, instrument: Instrument, **kwargs: Any) -> None:
        self.rows = list(instrument.categories.order_by("position"))
        extra: dict[str, forms.Field] = {
            name: _number(label) for name, label in SHARES.items()
            if getattr(instrument, name) is not None}
        for row in self.rows:
            title = f"{row.grade} {row.label}".strip()
            lower = _number(_("Batas bawah kategori %(title)s") % {"title": title},
                            required=False)
            lower.help_text = _("Kosong hanya untuk kategori terakhir.")
            extra[f"lower_{row.position}"] = lower
            extra[f"label_{row.position}"] = forms.CharField(
                label=_("Predikat/opini kategori %(n)s") % {"n": row.position}, max_length=80)
        with_extra(self, extra)
        super().__init__(*args, **kwargs)

    def categories(self) -> list[tuple[Decimal | None, str]]:
        data = self.cleaned_data
        return [(data.get(f"lower_{row.position}"), data.get(f"label_{row.position}", ""))
                for row in self.rows]

    def shares(self) -> dict[str, Decimal | None]:
        return {name: self.cleaned_data.get(name) for name in SHARES if name in self.fields}

    @staticmethod
    def initial_for(instrument: Instrument) -> dict[str, Any]:
        initial: dict[str, Any] = {"name": instrument.name, "note": instrument.note}
        initial.update({name: getattr(instrument, name) for name in SHARES})
        for row in instrument.categories.all():
            initial[f"lower_{row.position}"] = row.lower
            initial[f"label_{row.position}"] = row.label
        return initial


class DimensionForm(BootstrapFormMixin, forms.Form):
    name = forms.CharField(label=_("Nama dimensi/aspek"), max_length=200)
    weight = _number(_("Bobot (poin dari 100)"))
    note = _text(_("Catatan"))

    @staticmethod
    def initial_for(dimension: InstrumentDimension) -> dict[str, Any]:
        return {"name": dimension.name, "weight": dimension.weight, "note": dimension.note}


class IndicatorForm(BootstrapFormMixin, forms.Form):
    text = _text(_("Indikator"), rows=2, required=True)
    group = forms.CharField(label=_("Variabel/kelompok"), max_length=120, required=False)
    weight = _number(_("Bobot dalam dimensi"))
    source_status = forms.ChoiceField(label=_("Status sumber"), choices=SourceStatus.choices)
    auto_source = forms.ChoiceField(label=_("Diisi dari modul lain"), required=False,
                                    choices=[("", _("— tidak —")), *AutoSource.choices])
    weight.help_text = _("Bobot relatif di dalam dimensi: bagian indikator = bobotnya / jumlah "
                         "bobot dimensi.")
    evidence = _text(_("Bukti yang diperlukan"))
    checklist = _text(_("Unsur yang dihitung (satu per baris)"))
    note = _text(_("Catatan"))

    def __init__(self, *args: Any, indicator: InstrumentIndicator, **kwargs: Any) -> None:
        instrument = indicator.instrument
        self.scores = list(range(instrument.answer_min, instrument.answer_max + 1))
        with_extra(self, {f"option_{score}": _text(_("Arti nilai %(score)s") % {"score": score},
                                                   rows=2) for score in self.scores})
        super().__init__(*args, **kwargs)

    def options(self) -> dict[int, str]:
        return {score: self.cleaned_data.get(f"option_{score}", "") for score in self.scores}

    @staticmethod
    def initial_for(indicator: InstrumentIndicator) -> dict[str, Any]:
        initial: dict[str, Any] = {name: getattr(indicator, name) for name in (
            "text", "group", "weight", "source_status", "auto_source", "evidence", "checklist",
            "note")}
        initial.update({f"option_{o.score}": o.meaning for o in indicator.options.all()})
        return initial


class OfficialResultForm(BootstrapFormMixin, forms.Form):
    year = YearField(label=_("Tahun penilaian"), min_value=2000, max_value=2100,
                     error_messages={"min_value": _("Tahun paling awal 2000."),
                                     "max_value": _("Tahun paling akhir 2100.")})
    assessor = forms.ChoiceField(label=_("Penilai"), choices=Assessor.choices)
    unit = forms.ModelChoiceField(
        label=_("Unit layanan"), queryset=ServiceUnit.objects.none(), required=False,
        empty_label=_("— Pemda (seluruh) —"),
        help_text=_("Kosong untuk hasil Pemda; pilih unit bila hasil per unit dipublikasikan."))
    score = DecimalTextField(label=_("Nilai (Ombudsman 0–100) atau indeks (PEKPPP 0–5)"),
                             max_digits=6, decimal_places=2,
                             error_messages={"invalid": NOT_A_NUMBER,
                                             "required": _("Isi nilai yang diterbitkan.")})
    label = forms.ChoiceField(
        label=_("Opini Ombudsman (sejak 2025)"), required=False,
        help_text=_("Hanya untuk Ombudsman sejak 2025, yang rentang kategorinya tidak "
                    "dipublikasikan; tahun lain dihitung dari nilai."))
    without_maladministration = forms.BooleanField(
        label=_("Tanpa Maladministrasi"), required=False)
    opinion = _text(_("Teks opini atau catatan penilai"), rows=3)
    source_file = forms.FileField(label=_("Dokumen sumber (PDF)"), required=False)
    source_url = forms.URLField(label=_("atau tautan ke sumber"), required=False, max_length=500,
                                assume_scheme="https")

    def __init__(self, *args: Any, opini: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        unit_field = self.fields["unit"]
        assert isinstance(unit_field, forms.ModelChoiceField)
        unit_field.queryset = ServiceUnit.objects.filter(is_active=True).order_by("name")
        label_field = self.fields["label"]
        assert isinstance(label_field, forms.ChoiceField)
        label_field.choices = [("", _("— dihitung dari nilai —")), *((o, o) for o in opini)]

    @staticmethod
    def initial_for(result: OfficialResult) -> dict[str, Any]:
        return {"year": result.year, "assessor": result.assessor, "unit": result.unit,
                "score": result.score, "label": result.label,
                "without_maladministration": result.without_maladministration,
                "opinion": result.opinion, "source_url": result.source_url}
