"""The SKM rollup: per survey per day and per survey per month, element sums and counts.

Writes are single set-based statements that run unchanged on SQLite (≥ 3.24) and PostgreSQL:

- a counted (or invalidated) response is one ``INSERT … ON CONFLICT DO UPDATE SET col = col + n``
  per level: no read-modify-write, safe under concurrent writers, no savepoint;
- a recount deletes the Pemda's rows and rebuilds each level with one ``INSERT … SELECT …
  GROUP BY`` (daily from the valid raw responses, monthly from the daily rows).

Table and column names come from the models; every value is a query parameter.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from django.db import connection

from pantau.surveys.models import SUM_FIELDS, SurveyDailyTally, SurveyMonthlyTally, SurveyResponse
from pantau.surveys.questions import ELEMENT_FIELDS

DAILY = SurveyDailyTally._meta.db_table
MONTHLY = SurveyMonthlyTally._meta.db_table
RAW = SurveyResponse._meta.db_table
_KEYS = ("region_id", "unit_id", "survey_id")
_COUNTS = ("responses", *SUM_FIELDS)


def _upsert_sql(table: str, period: str) -> str:
    columns = (*_KEYS, period, *_COUNTS)
    updates = ", ".join(f"{name} = {table}.{name} + excluded.{name}" for name in _COUNTS)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 (names from the models)
        f"VALUES ({', '.join(['%s'] * len(columns))}) "
        f"ON CONFLICT (survey_id, {period}) DO UPDATE SET {updates}"
    )


_UPSERT_DAILY = _upsert_sql(DAILY, "day")
_UPSERT_MONTHLY = _upsert_sql(MONTHLY, "month")


def rollup_add(*, region_id: int, unit_id: int, survey_id: int, day: datetime.date,
               count: int, sums: Sequence[int]) -> None:
    """Adds ``count`` responses with these element sums (negative to remove) to both levels.

    Call inside the transaction that writes (or invalidates) the responses themselves.
    """
    keys = [region_id, unit_id, survey_id]
    values = [count, *sums]
    with connection.cursor() as cursor:
        cursor.execute(_UPSERT_DAILY, [*keys, day, *values])
        cursor.execute(_UPSERT_MONTHLY, [*keys, day.replace(day=1), *values])


def _month_of(column: str) -> str:
    if connection.vendor == "postgresql":
        return f"CAST(date_trunc('month', {column}) AS date)"
    return f"date({column}, 'start of month')"


def rollup_rebuild(*, region_id: int) -> int:
    """Rebuilds the Pemda's two rollup levels from its valid raw responses; returns daily rows.

    Call inside a transaction (the caller's service is atomic).
    """
    keys = ", ".join(_KEYS)
    counts = ", ".join(_COUNTS)
    raw_sums = ", ".join(f"SUM({name})" for name in ELEMENT_FIELDS)
    daily_sums = ", ".join(f"SUM({name})" for name in _COUNTS)
    month = _month_of("day")
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {MONTHLY} WHERE region_id = %s", [region_id])  # noqa: S608
        cursor.execute(f"DELETE FROM {DAILY} WHERE region_id = %s", [region_id])  # noqa: S608
        cursor.execute(
            f"INSERT INTO {DAILY} ({keys}, day, {counts}) "  # noqa: S608
            f"SELECT {keys}, day, COUNT(*), {raw_sums} FROM {RAW} "
            f"WHERE region_id = %s AND is_valid = %s GROUP BY {keys}, day",
            [region_id, True],
        )
        rows = cursor.rowcount
        cursor.execute(
            f"INSERT INTO {MONTHLY} ({keys}, month, {counts}) "  # noqa: S608
            f"SELECT {keys}, {month}, {daily_sums} FROM {DAILY} "
            f"WHERE region_id = %s GROUP BY {keys}, {month}",
            [region_id],
        )
    return int(rows)
