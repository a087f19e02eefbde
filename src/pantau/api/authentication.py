"""``Authorization: Token <key>`` (or ``Bearer <key>``): a personal API token.

The token decides the Pemda: its user's active membership in the token's Pemda is put on
``user.membership`` (read by the rules predicates) and the view runs inside that Pemda's scope
(``pantau.api.views.base.ScopedAPIView``).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from pantau.api.selectors import token_owner
from pantau.api.services import token_touch

KEYWORDS = (b"token", b"bearer")


class TokenAuthentication(BaseAuthentication):
    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() not in KEYWORDS:
            return None  # no token: let the session (browsable API) try
        if len(parts) != 2:
            raise AuthenticationFailed(_(
                "Header Authorization tidak sah: tulis \"Authorization: Token <kunci>\"."))
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError as error:
            raise AuthenticationFailed(_("Token API tidak sah.")) from error
        owner = token_owner(key=key)
        if owner is None:
            raise AuthenticationFailed(_(
                "Token API tidak sah, sudah dicabut, atau pemiliknya tidak lagi aktif di Pemda "
                "ini."))
        token_touch(token=owner.token)
        user = owner.token.user
        user.membership = owner.membership  # type: ignore[attr-defined]  # read by rules
        return user, owner.token

    def authenticate_header(self, request: Request) -> str:
        return 'Token realm="api"'
