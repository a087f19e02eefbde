"""Exact numbers in JSON: Decimals go out as strings and come in as strings or JSON numbers
(parsed as Decimal by ``parsers.DecimalJSONParser``), never through a float."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

_PLAIN_DECIMAL = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")  # ASCII digits only, like the schema

# How the numbers look in the OpenAPI schema: exact decimal strings, never JSON floats.
DECIMAL_OUT_SCHEMA = {
    "type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$", "example": "87.5",
    "description": "Angka desimal persis sebagai teks (titik desimal, tanpa pemisah ribuan).",
}
DECIMAL_IN_SCHEMA = {
    "oneOf": [
        {"type": "string", "pattern": r"^\s*([+-]?[0-9]+(\.[0-9]+)?)?\s*$", "example": "87.5"},
        {"type": "number", "example": 87.5},
    ],
    "description": "Angka sebagai teks (\"87.5\") atau angka JSON (87.5, dibaca persis); \"\" "
                   "atau null mengosongkan. \"1.234,5\" ditolak.",
}

TEXT_ERRORS: dict[str, Any] = {
    "invalid": _("Tulis teks."),
    "null": _("Tidak boleh null; kirim \"\" untuk mengosongkan."),
    "max_length": _("Paling banyak {max_length} karakter."),
}


def decimal_text(value: Any, *, normalize: bool = True) -> str:
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if normalize:
        number = number.normalize() if number else Decimal(0)
    return format(number, "f")


@extend_schema_field(DECIMAL_OUT_SCHEMA)
class DecimalString(serializers.Field):
    """A Decimal as an exact string. ``normalize`` drops trailing zeros (stored values: "87.5",
    the same on SQLite and PostgreSQL); published figures keep their two decimals ("95.00")."""

    def __init__(self, *, normalize: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("read_only", True)
        self.normalize = normalize
        super().__init__(**kwargs)

    def to_representation(self, value: Any) -> str:
        return decimal_text(value, normalize=self.normalize)


@extend_schema_field(DECIMAL_IN_SCHEMA)
class DecimalInput(serializers.Field):
    """A number sent as a JSON number (87.5) or a string with a decimal point ("87.5");
    "" means empty. Indonesian grouping ("1.234,5") is not accepted: it is ambiguous in JSON."""

    default_error_messages = {
        "invalid": _("Tulis angka dengan titik sebagai pemisah desimal, misalnya \"87.5\" atau "
                     "87.5 (tanpa pemisah ribuan)."),
        "null": _("Tidak boleh null."),
        "required": _("Bidang ini harus diisi."),
    }

    def to_internal_value(self, data: Any) -> Decimal | None:
        if isinstance(data, bool):
            self.fail("invalid")
        if isinstance(data, Decimal | int | float):
            try:
                number = Decimal(data) if not isinstance(data, float) else Decimal(repr(data))
            except InvalidOperation:
                self.fail("invalid")
            if not number.is_finite():
                self.fail("invalid")
            return number
        if isinstance(data, str):
            text = data.strip()
            if not text:
                return None
            if _PLAIN_DECIMAL.fullmatch(text):
                return Decimal(text)
        self.fail("invalid")
        return None  # not reached: fail() raises

    def to_representation(self, value: Any) -> str:
        return decimal_text(value)
