"""The OpenAPI 3 description of /api/v1/ (served at /api/v1/schema/, docs page /api/v1/docs/).

drf-spectacular builds the schema from the views and serializers; this module adds what it cannot
see: the token scheme, the query and path parameters the views read by hand, and the error
answers with their bodies. Texts are in Bahasa Indonesia like the API's messages.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, inline_serializer
from rest_framework import serializers

from pantau.api.inputs import MAX_ROWS

TAG_REFERENCE = "referensi"
TAG_SCORES = "capaian"
TAG_REALIZATION = "realisasi"

# Ids in paths are what the URL patterns match (``<int:...>``: digits only).
_ID: dict[str, Any] = {"type": "integer", "minimum": 0}


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "pantau.api.authentication.TokenAuthentication"
    name = "token"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": str(_(
                "Token API pribadi dari halaman Token API (menu pengguna). Kirim sebagai "
                "`Authorization: Token <kunci>` atau `Authorization: Bearer <kunci>`.")),
        }


def drop_code_docstrings(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Serializer docstrings are notes for developers (in English), not API documentation."""
    for component in result.get("components", {}).get("schemas", {}).values():
        component.pop("description", None)
    return result


def batch_limits(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """A batch's row limits (``ListSerializer`` checks them in code, the schema cannot see them)."""
    rows = result["components"]["schemas"]["RealizationBatchRequest"]["properties"]["rows"]
    rows.update(minItems=1, maxItems=MAX_ROWS)
    return result


def path_id(name: str, description: Any) -> OpenApiParameter:
    return OpenApiParameter(name, _ID, OpenApiParameter.PATH, description=description)


def query_id(name: str, description: Any) -> OpenApiParameter:
    return OpenApiParameter(name, _ID, OpenApiParameter.QUERY, required=False,
                            description=description)


def query_flag(name: str, description: Any) -> OpenApiParameter:
    return OpenApiParameter(name, str, OpenApiParameter.QUERY, required=False,
                            description=description, enum=["1", "true", "ya", "0"])


AGENCY = path_id("agency_pk", _("Id OPD (daftar di /api/v1/opd/)."))
PERIOD = path_id("period_pk", _("Id periode triwulan (daftar di /api/v1/periode/)."))
INDICATOR = path_id("indicator_pk", _("Id indikator milik OPD ini."))
PERIOD_QUERY = query_id("periode", _(
    "Id periode (triwulan atau tahun). Tanpa parameter ini: triwulan yang sedang dievaluasi."))
OPD_QUERY = query_id("opd", _("Hanya indikator OPD ini (id OPD)."))
YEAR_QUERY = query_id("tahun", _(
    "Indikator yang dihitung dalam capaian tahun ini, dengan target tahun itu saja."))
ALL_FLAG = query_flag("semua", _("1: sertakan yang tidak aktif."))

# --- error answers -----------------------------------------------------------------------------

ErrorSerializer = inline_serializer("Kesalahan", fields={
    "detail": serializers.CharField(help_text=_("Pesan dalam Bahasa Indonesia.")),
})
LockedSerializer = inline_serializer("Terkunci", fields={
    "detail": serializers.CharField(help_text=_("Pesan dalam Bahasa Indonesia.")),
    "code": serializers.ChoiceField(
        choices=["period_locked", "report_in_review"],
        help_text=_("period_locked: periode ditutup atau laporan diverifikasi/dikunci; "
                    "report_in_review: laporan sedang diperiksa.")),
})

_BAD_REQUEST = OpenApiResponse(
    response={"type": "object", "additionalProperties": True},
    description=str(_(
        "Masukan tidak sah; tidak ada yang diubah. Per bidang: {\"value\": [\"…\"]}; dalam "
        "kiriman beberapa baris: {\"rows\": {\"1\": {\"value\": [\"…\"]}}}; parameter: "
        "{\"tahun\": [\"…\"]}; selain itu {\"detail\": \"…\"}.")))
_ERRORS: dict[int, OpenApiResponse] = {
    400: _BAD_REQUEST,
    401: OpenApiResponse(ErrorSerializer, _("Tanpa token, atau token salah/dicabut.")),
    403: OpenApiResponse(ErrorSerializer, _("Izin halaman yang sama menolak.")),
    404: OpenApiResponse(ErrorSerializer, _("Tidak ditemukan, atau milik Pemda lain.")),
    409: OpenApiResponse(LockedSerializer, _(
        "Data terkunci atau laporan sedang diperiksa; tidak ada yang diubah.")),
    415: OpenApiResponse(ErrorSerializer, _("Isi permintaan bukan JSON.")),
    429: OpenApiResponse(ErrorSerializer, _("Terlalu banyak permintaan (lihat Retry-After).")),
}
READ_ERRORS = (400, 401, 403, 404, 429)
WRITE_ERRORS = (*READ_ERRORS, 409, 415)


def responses(ok: Any, *codes: int) -> dict[int, Any]:
    """The 200 answer and the error answers ``codes``, each with its body."""
    return {200: OpenApiResponse(ok, _("Berhasil.")), **{code: _ERRORS[code] for code in codes}}
