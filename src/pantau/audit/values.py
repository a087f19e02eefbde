"""Stored audit values as a reader sees them: "—", Ya/Tidak, 1.250.000,50, "Periode: 2026 TW I".

Events keep the JSON the services wrote (strings for decimals, ISO dates, lists for target cells);
only the display is translated here. ``Kind`` says what a value is when the JSON alone cannot
(a decimal is stored as a string, a target cell as a list).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from django.utils import formats, timezone
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pantau.scoring.numbers import format_number

EMPTY = "—"
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


class Kind(Enum):
    TEXT = "text"
    NUMBER = "number"
    YEAR = "year"  # a number written without thousands dots
    DATE = "date"
    DATETIME = "datetime"
    TARGET = "target"  # [low, high] of a target cell
    REVISED_TARGET = "revised_target"  # [low, high, counts] of a revised target cell


# Stored codes that are names of things (report kinds); shown by their Indonesian name.
CODE_LABELS: dict[str, Promise] = {
    "performance.rakor_pdf": gettext_lazy("Paket rakor (PDF)"),
    "performance.rakor_xlsx": gettext_lazy("Paket rakor (XLSX)"),
}

# Keys inside stored dicts (report parameters).
DICT_KEY_LABELS: dict[str, Promise] = {
    "period": gettext_lazy("periode"),
    "year": gettext_lazy("tahun"),
    "quarter": gettext_lazy("triwulan"),
    "agency": gettext_lazy("OPD"),
    "format": gettext_lazy("format"),
    "unit": gettext_lazy("unit layanan"),
    "survey": gettext_lazy("survei"),
}


def readable(value: Any, kind: Kind = Kind.TEXT, choices: dict[Any, Any] | None = None) -> str:
    """One stored value in plain Indonesian."""
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return _("Ya") if value else _("Tidak")
    if choices and not isinstance(value, list | dict) and value in choices:
        return str(choices[value])
    if kind is Kind.TARGET and isinstance(value, list):
        return _target(value)
    if kind is Kind.REVISED_TARGET and isinstance(value, list):
        return _revised_target(value)
    if isinstance(value, dict):
        return _pairs(value)
    if isinstance(value, list | tuple):
        return "; ".join(_list_item(item) for item in value)
    if isinstance(value, int | float | Decimal):
        return _number(value, kind)
    return _text(str(value), kind)


def object_name(text: str) -> str:
    """An object's stored name; "performance.rakor_xlsx #3" becomes "Paket rakor (XLSX) #3"."""
    code, hash_sign, number = text.partition(" #")
    if hash_sign and number.isdigit() and code in CODE_LABELS:
        return f"{CODE_LABELS[code]} #{number}"
    return str(CODE_LABELS.get(text, text))


def _formatted(number: Decimal, raw: Any) -> str:
    """Indonesian notation, or the stored text when it is no ordinary number (NaN, 1e999999):
    a history page must never fail on what it reads."""
    if not number.is_finite() or abs(number.adjusted()) > 30:
        return str(raw)
    return format_number(number)


def _number(value: int | float | Decimal, kind: Kind) -> str:
    if kind is Kind.YEAR and isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        value = Decimal(str(value))
    return _formatted(Decimal(value), value)


def _text(text: str, kind: Kind) -> str:
    if kind in (Kind.NUMBER, Kind.TARGET, Kind.REVISED_TARGET) and _NUMBER.match(text):
        return _formatted(Decimal(text), text)
    if kind in (Kind.DATE, Kind.DATETIME):
        return _date(text)
    if text in CODE_LABELS:
        return str(CODE_LABELS[text])
    return text


def _date(text: str) -> str:
    try:
        moment = datetime.datetime.fromisoformat(text)
        if len(text) <= 10:  # a date without a time
            return formats.date_format(moment.date(), "SHORT_DATE_FORMAT")
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)  # the Pemda's time zone, as on the rest of the page
    except (ValueError, OverflowError):  # not a date, or one at the calendar's very end
        return text
    return formats.date_format(moment, "SHORT_DATETIME_FORMAT")


def _decimal_text(value: Any) -> str:
    """A stored target number ("300", "87.5") in Indonesian notation; "—" when empty."""
    if value is None or value == "":
        return EMPTY
    try:
        return _formatted(Decimal(str(value)), value)
    except InvalidOperation:
        return str(value)


def _target(value: list[Any]) -> str:
    low, high = [*value, None, None][:2]
    if low is None and high is None:
        return EMPTY
    if high is None:
        return _decimal_text(low)
    return f"{_decimal_text(low)} – {_decimal_text(high)}"


def _revised_target(value: list[Any]) -> str:
    low, high, counts = [*value, None, None, None][:3]
    shown = _target([low, high])
    if shown == EMPTY and not counts:
        return EMPTY
    state = _("berlaku") if counts else _("tidak berlaku")
    return f"{shown} ({state})"


def _pairs(value: dict[str, Any]) -> str:
    """"label: value" pairs; a key with a ``<key>_label`` beside it shows that label instead."""
    parts = []
    for key, item in value.items():
        if key.endswith("_label") and key.removesuffix("_label") in value:
            continue
        shown = value.get(f"{key}_label", item)
        base = key.removesuffix("_label")
        label = DICT_KEY_LABELS.get(base, base.replace("_", " "))
        kind = Kind.YEAR if base in ("year", "quarter") else Kind.TEXT
        parts.append(f"{capfirst(str(label))}: {readable(shown, kind)}")
    return "; ".join(parts)


def _list_item(item: Any) -> str:
    if isinstance(item, list | tuple):
        return ", ".join(readable(part) for part in item)
    return readable(item)
