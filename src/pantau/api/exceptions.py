"""Errors as JSON with an Indonesian ``detail``: locks answer 409, bad input 400.

A refused change of locked data (``PeriodLocked``) was already audited by the lock guard before it
was raised; the answer only reports it.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from pantau.performance.locks import PeriodLocked, ReportInReview


def _defaults() -> dict[type[exceptions.APIException], str]:
    return {
        exceptions.NotAuthenticated: _(
            "Sertakan token API: header \"Authorization: Token <kunci>\"."),
        exceptions.AuthenticationFailed: _("Token API tidak sah."),
        exceptions.PermissionDenied: _("Anda tidak berhak melakukan tindakan ini."),
        exceptions.NotFound: _("Data tidak ditemukan."),
    }


def _in_indonesian(exc: exceptions.APIException, context: dict[str, Any]) -> None:
    """Replace Django REST framework's English default messages (set by DRF, not by us)."""
    request = context.get("request")
    message = None
    if isinstance(exc, exceptions.MethodNotAllowed):
        message = _("Metode %(method)s tidak diizinkan di alamat ini.") % {
            "method": getattr(request, "method", "")}
    elif isinstance(exc, exceptions.UnsupportedMediaType):
        message = _("Jenis isi %(type)s tidak didukung; kirim JSON (application/json).") % {
            "type": getattr(request, "content_type", "") or "?"}
    elif isinstance(exc, exceptions.NotAcceptable):
        message = _("Format jawaban yang diminta tidak tersedia; minta application/json.")
    elif isinstance(exc, exceptions.Throttled):
        message = _("Terlalu banyak permintaan. Coba lagi dalam %(n)s detik.") % {
            "n": getattr(exc, "wait", None) or 1}
    elif isinstance(exc, exceptions.PermissionDenied) and str(exc.detail).startswith("CSRF"):
        message = _("Token CSRF tidak ada atau salah (login lewat sesi): muat ulang halaman, atau "
                    "pakai token API.")
    else:
        for kind, text in _defaults().items():
            if type(exc) is kind and str(exc.detail) == str(kind.default_detail):
                message = text
    if message is not None:
        exc.detail = exceptions.ErrorDetail(message, code=exc.default_code)


def _messages(error: DjangoValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, PeriodLocked):
        return Response({"detail": _messages(exc), "code": "period_locked"},
                        status=status.HTTP_409_CONFLICT)
    if isinstance(exc, ReportInReview):
        return Response({"detail": _messages(exc), "code": "report_in_review"},
                        status=status.HTTP_409_CONFLICT)
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            return Response(exc.message_dict, status=status.HTTP_400_BAD_REQUEST)
        return Response({"detail": _messages(exc)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    if isinstance(exc, exceptions.APIException):
        _in_indonesian(exc, context)
    return drf_exception_handler(exc, context)


class BadRequest(exceptions.APIException):
    """400 with a plain ``detail`` message (not tied to one field)."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid"
