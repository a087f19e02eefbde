"""What the API accepts: realization values and their narrative, validated per field.

The value rules are the form's and the service's own
(``performance.validation.realization_value_clean``: count units cannot be negative, at most 16
digits and 4 decimals), so the API refuses exactly what the form refuses.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import serializers

from pantau.api.fields import TEXT_ERRORS, DecimalInput
from pantau.performance.forms_reporting import TEXT_LIMIT
from pantau.performance.models import Indicator, Realization
from pantau.performance.services.realizations import TEXT_FIELDS, RealizationInput
from pantau.performance.validation import realization_value_clean

MAX_ROWS = 2000
OBJECT_ERRORS: dict[str, Any] = {"invalid": gettext_lazy("Kirim objek JSON, bukan {datatype}.")}
LIST_ERRORS: dict[str, Any] = {
    **OBJECT_ERRORS,
    "required": gettext_lazy("Bidang ini harus diisi."),
    "not_a_list": gettext_lazy("Kirim daftar (list) JSON, bukan {input_type}."),
    "empty": gettext_lazy("Daftar tidak boleh kosong."),
    "max_length": gettext_lazy("Paling banyak {max_length} baris sekali kirim."),
}


def _text(**kwargs: Any) -> serializers.CharField:
    return serializers.CharField(allow_blank=True, max_length=TEXT_LIMIT, trim_whitespace=True,
                                 error_messages=TEXT_ERRORS, **kwargs)


def _clean_value(indicator: Indicator, value: Decimal | None) -> Decimal | None:
    """The service's own value rules (the form and the import apply the same)."""
    try:
        return realization_value_clean(indicator=indicator, raw=value)
    except DjangoValidationError as error:
        raise serializers.ValidationError(error.messages) from error


class RealizationWriteSerializer(serializers.Serializer):
    """One indicator's realization. PUT: ``value`` required, omitted texts become empty;
    PATCH (partial): only the fields sent change."""

    default_error_messages = OBJECT_ERRORS

    value = DecimalInput(allow_null=True)
    drivers = _text(required=False, default="")
    obstacles = _text(required=False, default="")
    follow_up_plan = _text(required=False, default="")

    def validate_value(self, value: Decimal | None) -> Decimal | None:
        return _clean_value(self.context["indicator"], value)


class RealizationBatchRowSerializer(serializers.Serializer):
    """A row of a batch: ``indicator`` (id) and any of the fields; omitted fields keep their
    current value."""

    default_error_messages = OBJECT_ERRORS

    indicator = serializers.IntegerField(error_messages={
        "invalid": gettext_lazy("Tulis id indikator (bilangan bulat)."),
        "required": gettext_lazy("Bidang ini harus diisi.")})
    value = DecimalInput(allow_null=True, required=False)
    drivers = _text(required=False)
    obstacles = _text(required=False)
    follow_up_plan = _text(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        indicators: dict[int, Indicator] = self.context["indicators"]
        indicator = indicators.get(attrs["indicator"])
        if indicator is None:
            raise serializers.ValidationError({"indicator": _(
                "Indikator #%(id)s bukan indikator aktif OPD ini.") % {"id": attrs["indicator"]}})
        if "value" in attrs:
            try:
                attrs["value"] = _clean_value(indicator, attrs["value"])
            except serializers.ValidationError as error:
                raise serializers.ValidationError({"value": error.detail}) from error
        return attrs


class RealizationBatchSerializer(serializers.Serializer):
    default_error_messages = OBJECT_ERRORS

    rows: serializers.ListSerializer[Any] = serializers.ListSerializer(
        child=RealizationBatchRowSerializer(), allow_empty=False, max_length=MAX_ROWS,
        error_messages=LIST_ERRORS)

    def validate_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        seen: set[int] = set()
        for row in rows:
            if row["indicator"] in seen:
                raise serializers.ValidationError(_(
                    "Indikator #%(id)s dikirim lebih dari sekali.") % {"id": row["indicator"]})
            seen.add(row["indicator"])
        return rows


def realization_input(*, indicator: Indicator, current: Realization | None,
                      changes: dict[str, Any]) -> RealizationInput:
    """The service's row: the fields sent, the current value of the fields not sent."""
    value: Decimal | None = changes.get("value", current.value if current else None)
    texts = {name: changes.get(name, getattr(current, name) if current else "")
             for name in TEXT_FIELDS}
    return RealizationInput(indicator=indicator, value=value, **texts)
