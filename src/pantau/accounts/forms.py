from __future__ import annotations

from django import forms
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.utils.translation import gettext_lazy as _

from pantau.web.forms import BootstrapFormMixin


class LoginForm(BootstrapFormMixin, AuthenticationForm):
    username = forms.CharField(
        label=_("Nama pengguna atau email"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    error_messages = {
        "invalid_login": _(
            "Nama pengguna/email atau kata sandi salah. Periksa kembali; setelah beberapa kali "
            "gagal, akun dikunci sementara."
        ),
        "inactive": _("Akun ini tidak aktif. Hubungi admin Pemda Anda."),
    }


class PantauPasswordChangeForm(BootstrapFormMixin, PasswordChangeForm):
    pass


class PantauPasswordResetForm(BootstrapFormMixin, PasswordResetForm):
    pass


class PantauSetPasswordForm(BootstrapFormMixin, SetPasswordForm):
    pass
