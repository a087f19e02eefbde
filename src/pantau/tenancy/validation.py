"""Checks of what a user typed that more than one service needs; each raises ValidationError in
Indonesian and writes nothing."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pantau.tenancy.models import Period


def period_reason_clean(*, period: Period, reason: str, closing: bool) -> str:
    """Closing and reopening both change what every OPD may do: each must say why."""
    if not reason.strip():
        message = (_("Tuliskan alasan menutup periode %(period)s.") if closing
                   else _("Tuliskan alasan membuka kembali periode %(period)s."))
        raise ValidationError(message % {"period": period})
    return reason.strip()
