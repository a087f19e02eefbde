"""The two date styles of every page and message, named once in pantau/formats:

tables and lists: 15 Okt 2026 / 15 Okt 2026 14:30 (SHORT_DATE_FORMAT, SHORT_DATETIME_FORMAT);
headings and sentences: 15 Oktober 2026 / 15 Oktober 2026 23:59 WIB (DATE_FORMAT, DATETIME_FORMAT).
Templates use the same names with the ``date`` filter; times are shown in the Pemda's time zone.
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.formats import date_format


def _local(value: datetime.date) -> datetime.date:
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def table_date(value: datetime.date) -> str:
    """15 Okt 2026 (a date) or 15 Okt 2026 14:30 (a moment)."""
    style = ("SHORT_DATETIME_FORMAT" if isinstance(value, datetime.datetime)
             else "SHORT_DATE_FORMAT")
    return date_format(_local(value), style)


def sentence_date(value: datetime.date) -> str:
    """15 Oktober 2026 (a date) or 15 Oktober 2026 23:59 WIB (a moment)."""
    style = "DATETIME_FORMAT" if isinstance(value, datetime.datetime) else "DATE_FORMAT"
    return date_format(_local(value), style)


def date_range(start: datetime.date, end: datetime.date) -> str:
    """A period as the tables write it: 1 Jan 2026 – 30 Jun 2026."""
    return f"{table_date(start)} – {table_date(end)}"
