"""Parsing, rounding and formatting of numbers, shared by every method.

All arithmetic runs in Decimal inside a fixed context (``calculation``) so a caller that changed
the global decimal context cannot change our results.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from decimal import (
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DecimalException,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from fractions import Fraction
from typing import ParamSpec, TypeAlias, TypeVar

from pantau.scoring.errors import ScoringError

NumberLike: TypeAlias = Decimal | int | float | str

# 40 significant digits: far more than any published figure needs, so the only rounding that
# matters is the explicit half-up at the end.
_CALCULATION_CONTEXT = Context(
    prec=40, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)

# Said when a figure leaves the 40-digit context (a tiny target against a huge realization, an
# exponent beyond the Decimal range): the calculation cannot be trusted, so it is refused.
_OUT_OF_RANGE = (
    "Angka terlalu besar atau terlalu kecil untuk dihitung; periksa kembali nilai yang diisi."
)
# Beyond this many digits before or after the point a number is shown in E notation in messages.
_PLAIN_DIGITS = 40

_P = ParamSpec("_P")
_R = TypeVar("_R")

# "87", "-3", "87,56" (Indonesian decimal comma), "1.234,56" / "1.234.567" (dots group thousands),
# "87.56" (a single dot that cannot be a thousands separator: a decimal point from another system).
# ASCII digits only (re.ASCII): Decimal() would read "١٢٣" or "１２３" as 123 as well.
_PLAIN = re.compile(r"[+-]?\d+", re.ASCII)
_COMMA_DECIMAL = re.compile(r"[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+),\d+", re.ASCII)
_GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+", re.ASCII)
_DOT_DECIMAL = re.compile(r"[+-]?\d+\.\d+", re.ASCII)


def calculation(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` inside the package's own decimal context; a trapped signal is a ScoringError."""

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with localcontext(_CALCULATION_CONTEXT):
            try:
                return func(*args, **kwargs)
            except DecimalException as error:
                raise ScoringError(_OUT_OF_RANGE) from error

    return wrapper


def _subject(field: str) -> str:
    return field[:1].upper() + field[1:]


def to_decimal(value: NumberLike, field: str = "nilai") -> Decimal:
    """Turn user or API input into a finite Decimal, or raise ScoringError (a ValueError).

    Accepts int, Decimal, float (via ``str(value)``, so 0.1 stays 0.1) and strings written the
    Indonesian way ("87,56", "1.234,56", "1.234.567") or with a decimal point ("87.56").
    A string like "1.234" is ambiguous (one thousand two hundred thirty-four, or 1,234?) and is
    rejected rather than guessed.
    """
    if type(value) is Decimal and value.is_finite():
        return value  # the common case (database values): no label work on the hot path
    subject = _subject(field)
    if isinstance(value, bool):
        raise ScoringError(f"{subject} harus berupa angka, bukan nilai benar/salah ({value}).")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ScoringError(f"{subject} tidak boleh NaN atau tak hingga ({value}).")
        number = Decimal(str(value))
    elif isinstance(value, str):
        number = _parse_text(value, subject)
    else:
        raise ScoringError(
            f"{subject} harus berupa angka (bilangan bulat, desimal, atau teks seperti 87,56), "
            f"bukan {type(value).__name__}."
        )
    if not number.is_finite():
        raise ScoringError(f"{subject} tidak boleh NaN atau tak hingga ({value}).")
    return number


def _parse_text(text: str, subject: str) -> Decimal:
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise ScoringError(f"{subject} kosong; isi dengan angka, misalnya 87,56.")
    if _PLAIN.fullmatch(cleaned):
        return Decimal(cleaned)
    if _COMMA_DECIMAL.fullmatch(cleaned):
        return Decimal(cleaned.replace(".", "").replace(",", "."))
    if _GROUPED.fullmatch(cleaned):
        if cleaned.count(".") == 1:
            raise ScoringError(
                f"{subject} '{text}' ambigu: tulis {cleaned.replace('.', '')} atau {cleaned},00 "
                f"untuk bilangan ribuan, atau {cleaned.replace('.', ',')} untuk bilangan desimal."
            )
        return Decimal(cleaned.replace(".", ""))
    if _DOT_DECIMAL.fullmatch(cleaned):
        return Decimal(cleaned)
    raise ScoringError(
        f"{subject} '{text}' bukan angka yang sah; gunakan format seperti 87,56 atau 1.234,56."
    )


def to_whole_number(value: NumberLike, field: str = "nilai") -> int:
    """Parse a count (respondents, population): a whole number, not a bool."""
    number = to_decimal(value, field)
    if number and number.adjusted() > _PLAIN_DIGITS:  # no count has 40 digits; int() would be slow
        raise ScoringError(_OUT_OF_RANGE)
    if number != number.to_integral_value():
        raise ScoringError(
            f"{_subject(field)} harus bilangan bulat, bukan {format_number(number)}."
        )
    return int(number)


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    """Round as the official tables do: half away from zero, to ``places`` decimals."""
    exponent = Decimal(1).scaleb(-places)
    with localcontext(_CALCULATION_CONTEXT):
        try:
            rounded = value.quantize(exponent, rounding=ROUND_HALF_UP)
        except DecimalException as error:  # more digits than the context holds
            raise ScoringError(_OUT_OF_RANGE) from error
        return rounded + 0  # turns -0.00 into 0.00


def round_fraction_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Round an exact fraction half-up without ever passing through an inexact Decimal."""
    scale = 10**places
    scaled = abs(value) * scale
    whole = math.floor(scaled + Fraction(1, 2))
    magnitude = Decimal(whole).scaleb(-places)
    return round_half_up(-magnitude if value < 0 else magnitude, places)


def percent(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` in percent, 2 decimals half-up; None when there is no whole (0 of
    0 indicators is not "0 % complete": there is nothing to complete, shown as a dash)."""
    if not whole:
        return None
    return round_fraction_half_up(Fraction(part * 100, whole))


def format_number(value: Decimal) -> str:
    """Indonesian notation for messages: 1234.5 → "1.234,5" (digits as given, no rounding).

    A number far outside any published figure keeps its E notation ("1E+999999"), short.
    """
    if value.is_finite() and value and abs(value.adjusted()) > _PLAIN_DIGITS:
        return str(value).replace(".", ",")
    text = format(value, "f")
    sign = "-" if text.startswith("-") else ""
    digits = text.lstrip("-")
    whole, _, decimals = digits.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{decimals}" if decimals else f"{sign}{grouped}"


def format_input_number(value: Decimal) -> str:
    """A stored number written back into a form field so that ``to_decimal`` reads it again as
    the same number: 1234.5 → "1.234,5", 1234567 → "1.234.567", 87.5 → "87,5".

    A whole number with exactly one group ("1.234") would be refused as ambiguous, so it is
    written without the dot ("1234"). Trailing zeros go: 70.4200 → "70,42".
    """
    text = format_number(value.normalize() if value.is_finite() else value)
    if text.count(".") == 1 and "," not in text:
        return text.replace(".", "")
    return text


def parse_typed_number(text: str, field: str = "nilai") -> Decimal:
    """A number typed into a form field that is always written the Indonesian way, where a dot
    only groups thousands: "1.500" is one thousand five hundred (``to_decimal`` refuses it as
    ambiguous, because an import or the API may carry "1.500" meaning one and a half)."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if _GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")
    return to_decimal(cleaned, field)


def parse_whole_count(text: str, field: str = "nilai") -> int:
    """A count typed the Indonesian way: "3.140", "3140" and "1.234.567"; never a fraction."""
    return to_whole_number(parse_typed_number(text, field), field)
