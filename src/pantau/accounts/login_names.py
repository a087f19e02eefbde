"""What the login field's text refers to, shared by the login backend and the lockout counter.

The login form accepts a username or an email in any case and with surrounding spaces. django-axes
would count failures per raw text, so each spelling had its own counter; `lockout_username` gives
every spelling of one account the same key (settings.AXES_USERNAME_CALLABLE).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpRequest


def find_login_user(text: str) -> Any | None:
    """The account the login text names: its email when the text has an "@", else its username."""
    text = text.strip()
    if not text:
        return None
    field = "email__iexact" if "@" in text else "username__iexact"
    return get_user_model()._default_manager.filter(**{field: text}).first()


def lockout_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str | None:
    """The key axes counts failures under: the account's username case-folded, so every spelling
    of one account shares one counter; for a name no account has, the trimmed case-folded text."""
    field = settings.AXES_USERNAME_FORM_FIELD
    source = credentials if credentials else getattr(request, "data", request.POST)
    raw = source.get(field)
    if raw is None:
        return None
    text = str(raw).strip()
    user = find_login_user(text)
    return (user.get_username() if user is not None else text).casefold()
