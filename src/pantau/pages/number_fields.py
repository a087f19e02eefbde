"""Form fields for numbers as Indonesians write them: 1.234,5 in, 1.234,5 back out.

Text inputs (``inputmode`` brings up the number keyboard on a phone) read by the scoring package's
parser, never ``type=number``: a browser's number input refuses "3.140" or "87,5" before the form
sees it. Every numeric field of the app is one of these (tests/web/test_number_inputs.py).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import format_number, parse_typed_number, parse_whole_count


class DecimalTextField(forms.DecimalField):
    """A decimal: "87,5", "1.234,5", "1.500" (one thousand five hundred), "1.234.567"."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})
    default_error_messages = {"invalid": _("Isi dengan angka, mis. 1.234,5.")}

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        if value in self.empty_values:
            return None
        try:
            return parse_typed_number(str(value))
        except ScoringError as error:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from error

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            return format_number(value.normalize() if isinstance(value, Decimal)
                                 else Decimal(value))
        return value


class WholeNumberField(forms.IntegerField):
    """A count or an order: "3.140" or "3140" is 3140; shown grouped ("3.140")."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})
    default_error_messages = {"invalid": _("Isi dengan bilangan bulat, mis. 3.140.")}
    grouped = True

    def to_python(self, value: Any) -> int | None:
        if value in self.empty_values:
            return None
        try:
            return parse_whole_count(str(value))
        except ScoringError as error:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from error

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return format_number(Decimal(value)) if self.grouped else str(value)
        return value


class YearField(WholeNumberField):
    """A year, written and shown without a thousands dot: 2026."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off",
                                    "maxlength": "4"})
    default_error_messages = {"invalid": _("Isi tahun dengan empat angka, mis. 2026.")}
    grouped = False
