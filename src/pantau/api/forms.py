from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from pantau.pages.forms import BootstrapFormMixin


class TokenCreateForm(BootstrapFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Nama token"), max_length=100,
        help_text=_("Untuk apa token ini, misalnya “Jembatan e-SAKIP” atau “Skrip impor SIPD”."),
    )
