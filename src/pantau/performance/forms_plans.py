"""Forms of the plan, node, indicator and target pages (validation only)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelChoiceField

from pantau.pages.forms import BootstrapFormMixin
from pantau.pages.number_fields import DecimalTextField, WholeNumberField, YearField
from pantau.performance.models import Indicator, NodeLevel, Plan, PlanLevel, PlanNode
from pantau.performance.selectors.plans import rpjmd_indicators
from pantau.tenancy.models import Agency

COMMON_UNITS = (
    "%", "orang", "dokumen", "Rp", "indeks", "unit", "kegiatan", "km", "hektar", "ton", "kasus",
    "per 1.000 KH", "per 100.000 KH", "poin", "nilai", "predikat", "desa", "sekolah", "paket",
    "laporan", "izin", "hari", "bulan", "rumah tangga", "keluarga", "meter", "m³", "liter",
)
QUARTER_LABELS = ("TW I", "TW II", "TW III", "TW IV")


class UnitInput(forms.TextInput):
    """A free-text unit with a datalist of the common ones."""

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None,
               renderer: Any = None) -> SafeString:
        list_id = f"{(attrs or {}).get('id', name)}-pilihan"
        self.attrs["list"] = list_id
        options = format_html_join("", '<option value="{}">', ((u,) for u in COMMON_UNITS))
        return format_html('{}<datalist id="{}">{}</datalist>',
                           super().render(name, value, attrs, renderer), list_id, options)


class PlanForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = Plan
        fields = ["level", "agency", "title", "start_year", "end_year"]
        field_classes = {"agency": SafeModelChoiceField, "start_year": YearField,
                         "end_year": YearField}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agency = self.fields["agency"]
        assert isinstance(agency, forms.ModelChoiceField)
        agency.queryset = Agency.objects.filter(is_active=True)


class NodeForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = PlanNode
        fields = ["level", "code", "name", "position"]
        widgets = {"name": forms.Textarea(attrs={"rows": 2})}
        field_classes = {"position": WholeNumberField}

    def __init__(self, *args: Any, levels: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["level"]  # the level fixes the node's place in the tree
        else:
            level = self.fields["level"]
            assert isinstance(level, forms.ChoiceField)
            level.choices = [(v, label) for v, label in NodeLevel.choices if v in levels]
            if len(levels) == 1:
                level.initial = levels[0]


class IndicatorForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = Indicator
        fields = ["code", "name", "unit", "polarity", "is_range", "aggregation", "data_source",
                  "agency", "is_key", "supports", "baseline", "baseline_year", "position"]
        # 1.234,5 as Indonesians write it; years without a thousands dot.
        field_classes = {"agency": SafeModelChoiceField, "supports": SafeModelChoiceField,
                         "baseline": DecimalTextField, "baseline_year": YearField,
                         "position": WholeNumberField}
        widgets = {"name": forms.Textarea(attrs={"rows": 2}), "unit": UnitInput}

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.baseline is not None:
            self.initial["baseline"] = _trim(self.instance.baseline)
        if plan.level == PlanLevel.RENSTRA:
            del self.fields["agency"]  # always the Renstra's own OPD
            supports = self.fields["supports"]
            assert isinstance(supports, forms.ModelChoiceField)
            supports.queryset = rpjmd_indicators()
            supports.label_from_instance = (  # type: ignore[method-assign]
                lambda obj: f"{obj.code} {obj.name}".strip())
        else:
            del self.fields["supports"]
            agency = self.fields["agency"]
            assert isinstance(agency, forms.ModelChoiceField)
            agency.queryset = Agency.objects.filter(is_active=True)
            agency.required = True


def _decimal(label: str) -> forms.DecimalField:
    widget = forms.TextInput(attrs={"inputmode": "decimal", "aria-label": label,
                                    "class": "form-control form-control-sm"})
    return DecimalTextField(label=label, required=False, max_digits=20, decimal_places=4,
                            widget=widget)


class TargetGridForm(forms.Form):
    """All targets of an indicator in one form: years × (annual, TW I–IV), low and high.

    With ``revision`` the fields are the revised values, a "counts" box per cell, and the
    dasar perubahan.
    """

    def __init__(self, *args: Any, years: range, is_range: bool, revision: bool = False,
                 originals: dict[tuple[int, int | None], Any] | None = None,
                 locked: dict[tuple[int, int | None], str] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.years, self.is_range, self.revision = years, is_range, revision
        self.originals = originals or {}
        self.locked = locked or {}
        for year in years:
            for quarter in range(0, 5):
                label = f"{year} {QUARTER_LABELS[quarter - 1]}" if quarter else str(year)
                self.fields[f"v_{year}_{quarter}"] = _decimal(label)
                if is_range:
                    self.fields[f"h_{year}_{quarter}"] = _decimal(
                        f"{label} — {_('batas atas')}")
                if revision:
                    self.fields[f"u_{year}_{quarter}"] = forms.BooleanField(
                        label=_("berlaku"), required=False,
                        widget=forms.CheckboxInput(attrs={"class": "form-check-input"}))
        if revision:
            self.fields["note"] = forms.CharField(
                label=_("Dasar perubahan"), max_length=300, required=False,
                help_text=_("Mis. Perkada Nomor 12 Tahun 2026 tentang Perubahan Renstra."),
                widget=forms.TextInput(attrs={"class": "form-control"}))
        for (locked_year, locked_quarter), reason in self.locked.items():
            self._lock(f"{locked_year}_{locked_quarter or 0}", reason)

    def _lock(self, suffix: str, reason: str) -> None:
        """Shows a locked cell read-only up front. Its values are still posted unchanged, so the
        service's lock check (which refuses and audits) only sees a change if one is forced."""
        for prefix in ("v", "h"):
            field = self.fields.get(f"{prefix}_{suffix}")
            if field is not None:
                field.widget.attrs.update({"readonly": True, "title": reason,
                                           "aria-readonly": "true"})
        use = self.fields.get(f"u_{suffix}")
        if use is not None:
            use.disabled = True  # a disabled box is not posted: keep its stored value
            use.widget.attrs["title"] = reason

    @property
    def lock_reasons(self) -> list[str]:
        return list(dict.fromkeys(self.locked.values()))

    def rows(self) -> list[dict[str, Any]]:
        """The bound fields laid out as the grid the template draws."""
        return [{"year": year, "cells": [
            {"value": self[f"v_{year}_{q}"], "original": self.originals.get((year, q or None)),
             "high": self[f"h_{year}_{q}"] if self.is_range else None,
             "use": self[f"u_{year}_{q}"] if self.revision else None,
             "locked": self.locked.get((year, q or None), "")} for q in range(0, 5)]}
            for year in self.years]

    def cells(self) -> dict[tuple[int, int | None], tuple[Any, ...]]:
        data = self.cleaned_data
        result: dict[tuple[int, int | None], tuple[Any, ...]] = {}
        for year in self.years:
            for quarter in range(0, 5):
                low: Decimal | None = data.get(f"v_{year}_{quarter}")
                high: Decimal | None = data.get(f"h_{year}_{quarter}") if self.is_range else None
                cell = (year, quarter or None)
                result[cell] = ((low, high, bool(data.get(f"u_{year}_{quarter}")))
                                if self.revision else (low, high))
        return result


def _trim(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.normalize()  # 87,5 rather than 87,5000


def grid_initial(targets: dict[tuple[int, int | None], Any], *, revision: bool) -> dict[str, Any]:
    initial: dict[str, Any] = {}
    for (year, quarter), target in targets.items():
        q = quarter or 0
        if revision:
            initial[f"v_{year}_{q}"] = _trim(target.revised_value)
            initial[f"h_{year}_{q}"] = _trim(target.revised_value_high)
            initial[f"u_{year}_{q}"] = target.use_revised
        else:
            initial[f"v_{year}_{q}"] = _trim(target.value)
            initial[f"h_{year}_{q}"] = _trim(target.value_high)
    return initial
