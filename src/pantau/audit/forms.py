"""The filter of the audit trail: action or module, user, date range (query parameters)."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from pantau.audit.labels import ACTION_LABELS, MODULE_LABELS


def action_choices() -> list[Any]:
    """"All actions", then per module: the whole module and each of its actions."""
    choices: list[Any] = [("", _("Semua aksi"))]
    for module, module_label in MODULE_LABELS.items():
        actions = sorted(((code, str(label)) for code, label in ACTION_LABELS.items()
                          if code.startswith(f"{module}.")), key=lambda pair: pair[1])
        choices.append((module_label, [(module, _("Semua aksi modul ini")), *actions]))
    return choices


class _DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d", attrs={"class": "form-control form-control-sm"})


# The trail starts with Pantau; a date far outside (e.g. 9999-12-31) would overflow the day's
# bounds in the Pemda's time zone.
FIRST_DAY, LAST_DAY = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)


class AuditFilterForm(forms.Form):
    aksi = forms.ChoiceField(label=_("Aksi"), required=False, choices=action_choices,
                             widget=forms.Select(attrs={"class": "form-select form-select-sm"}))
    pengguna: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Oleh"), required=False, queryset=None, empty_label=_("Semua pengguna"),
        widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
        error_messages={"invalid_choice": _("Pengguna ini tidak ada dalam jejak audit Pemda "
                                            "ini.")})
    dari = forms.DateField(label=_("Dari tanggal"), required=False, widget=_DateInput())
    sampai = forms.DateField(label=_("Sampai tanggal"), required=False, widget=_DateInput())

    def __init__(self, *args: Any, actors: models.QuerySet[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["pengguna"].queryset = actors  # type: ignore[attr-defined]
        # Each user by name, the way the trail shows them.
        self.fields["pengguna"].label_from_instance = str  # type: ignore[attr-defined]

    def _in_range(self, name: str) -> Any:
        day = self.cleaned_data.get(name)
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise forms.ValidationError(_("Pilih tanggal antara tahun 2000 dan 2100."))
        return day

    def clean_dari(self) -> Any:
        return self._in_range("dari")

    def clean_sampai(self) -> Any:
        return self._in_range("sampai")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        since, until = data.get("dari"), data.get("sampai")
        if since and until and since > until:
            self.add_error("sampai", _("Tanggal akhir tidak boleh sebelum tanggal awal."))
        return data

    def filters(self) -> dict[str, Any]:
        """The valid filters only: a wrong field is reported and left out, never guessed."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        actor = data.get("pengguna")
        return {"action": data.get("aksi") or "", "actor_id": actor.pk if actor else None,
                "since": data.get("dari"), "until": data.get("sampai")}
