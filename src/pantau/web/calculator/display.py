"""The method's band table and sources as the calculator page shows them.

``pantau.scoring`` describes a method as plain data (None for an open bound, the codes of the
aggregation rules); this turns that into headed rows and sentences a reader understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pantau import scoring
from pantau.scoring.definitions.capaian import AGGREGATIONS

# How quarterly values are combined; the codes come from pantau.scoring.capaian.
AGGREGATION_LABELS: dict[str, Any] = {
    "sum": gettext_lazy("jumlah"),
    "last": gettext_lazy("nilai terakhir"),
    "avg": gettext_lazy("rata-rata"),
    "max": gettext_lazy("nilai tertinggi"),
    "min": gettext_lazy("nilai terendah"),
}

_CODE = "|".join(AGGREGATIONS)
# A run of two or more codes written as a list ("sum, last, avg, max atau min").
_CODE_LIST = re.compile(rf"\b(?:{_CODE})\b(?:(?:, | atau | dan |, atau )\b(?:{_CODE})\b)+")
_NONE_NOTE = re.compile(r"\s*\(None\)")


@dataclass(frozen=True)
class BandTable:
    headers: list[str]
    rows: list[list[str]]


def band_table(bands: list[dict[str, Any]]) -> BandTable:
    """One row per band: its range (``≥ 91``; the lowest ``< 51``) and the columns it fills."""
    columns = [(key, label) for key, label in (
        ("grade", _("Kategori")), ("label", _("Predikat")), ("zone", _("Zona")))
        if any(band.get(key) for band in bands)]
    rows = []
    for index, band in enumerate(bands):
        rows.append([_range(band.get("lower"), bands[index - 1].get("lower") if index else None),
                     *(str(band.get(key) or "—") for key, _label in columns)])
    return BandTable([_("Rentang nilai"), *(label for _key, label in columns)], rows)


def _range(lower: Decimal | None, upper: Decimal | None) -> str:
    if lower is not None:
        return f"≥ {scoring.format_number(lower)}"
    if upper is not None:
        return f"< {scoring.format_number(upper)}"
    return _("semua nilai")


def fact_text(text: str) -> str:
    """The source's sentence without code values: no "(None)", aggregation codes in words."""
    text = _NONE_NOTE.sub("", text)
    return _CODE_LIST.sub(_aggregation_words, text)


def _aggregation_words(match: re.Match[str]) -> str:
    def word(code: re.Match[str]) -> str:
        return str(AGGREGATION_LABELS.get(code.group(0), code.group(0)))

    return re.sub(rf"\b(?:{_CODE})\b", word, match.group(0))


def facts(method: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**fact, "text": fact_text(str(fact["text"]))} for fact in method["facts"]]
