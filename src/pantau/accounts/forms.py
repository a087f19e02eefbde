from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.utils.translation import gettext_lazy as _

from pantau.pages.forms import BootstrapFormMixin


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
    def get_users(self, email: str) -> Iterator[Any]:
        """Active users with this email, including invited people who never set a password.

        Django leaves out users without a usable password; in Pantau those are people whose
        invitation link expired, and the invitation tells them to use this page.
        """
        wanted = unicodedata.normalize("NFKC", email).casefold()
        users = get_user_model()._default_manager.filter(email__iexact=email, is_active=True)
        return (
            user for user in users
            if unicodedata.normalize("NFKC", user.email).casefold() == wanted
        )


class PantauSetPasswordForm(BootstrapFormMixin, SetPasswordForm):
    pass
