"""The SKM rollup: per survey per day and per survey per month, element sums and counts.

A response is in the rollup once its ``counted`` flag is true. Two ways in:

- **in its own transaction** (SQLite, paper imports; ``_rollup_add``): one ``INSERT … ON CONFLICT
  DO UPDATE SET col = col + n`` per level, in the transaction that writes the rows;
- **folded in later** (live submissions on PostgreSQL): the submission is one INSERT with
  ``counted = false`` and touches no tally row, so concurrent submissions never wait on the same
  tally row. ``rollup_fold`` moves such rows in batches: one ``UPDATE … SET counted = true …
  RETURNING`` picks a batch through the partial index and the batch's sums are added to both
  levels in the same transaction. It runs as a background task after submissions and before every
  read of the rollup (``results``/``selectors`` call it first), so figures are always exact.

The flag, not an id watermark: on PostgreSQL ids are handed out before commit, so a smaller id can
commit after a larger one. Concurrent folds are safe (a row another fold took is re-checked and
skipped); invalidations lock the row and subtract only what was counted.

Writers of the tallies take a PostgreSQL advisory transaction lock first (``rollup_lock``):
shared for adds, folds and invalidations, exclusive for a recount, so a recount never interleaves
with another change. The lock is always taken before any row lock (no deadlock). SQLite has one
writer at a time anyway.

A recount marks the Pemda's remaining rows counted and aggregates its valid counted rows once; on
PostgreSQL one statement then writes only the tally rows whose figures differ (update / insert /
delete), so checking a correct rollup costs about one ``GROUP BY``.

Table and column names come from the models; every value is a query parameter.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django_tasks import task

from pantau.surveys.models import SUM_FIELDS, SurveyDailyTally, SurveyMonthlyTally, SurveyResponse
from pantau.surveys.questions import ELEMENT_FIELDS

logger = logging.getLogger(__name__)
DAILY = SurveyDailyTally._meta.db_table
MONTHLY = SurveyMonthlyTally._meta.db_table
RAW = SurveyResponse._meta.db_table
_KEYS = ("region_id", "unit_id", "survey_id")
_COUNTS = ("responses", *SUM_FIELDS)
_LOCK_KEY = 0x534B4D  # "SKM": the advisory lock of the tally writers
FOLD_BATCH = 5000


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


def rollup_lock(*, exclusive: bool = False) -> None:
    """Takes the tally writers' lock until the end of the current transaction (PostgreSQL)."""
    if connection.vendor != "postgresql":
        return  # SQLite: the write transaction already excludes every other writer
    assert connection.in_atomic_block, "the rollup lock is held until commit: open a transaction"
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {function}(%s)", [_LOCK_KEY])


Key = tuple[int, int, int, datetime.date]  # region, unit, survey, day (or month)


def _add_many(daily: dict[Key, list[int]]) -> None:
    """Adds per (region, unit, survey, day) counts and sums to both levels (lock held)."""
    monthly: dict[Key, list[int]] = {}
    for (region_id, unit_id, survey_id, day), values in daily.items():
        line = monthly.setdefault((region_id, unit_id, survey_id, day.replace(day=1)),
                                  [0] * len(values))
        for index, value in enumerate(values):
            line[index] += value
    with connection.cursor() as cursor:
        for sql, rows in ((_UPSERT_DAILY, daily), (_UPSERT_MONTHLY, monthly)):
            params: list[list[Any]] = [[*key, *values] for key, values in rows.items()]
            if len(params) == 1:
                cursor.execute(sql, params[0])
            else:
                cursor.executemany(sql, params)


def _rollup_add(*, region_id: int, unit_id: int, survey_id: int, day: datetime.date,
                count: int, sums: Sequence[int]) -> None:
    """Adds ``count`` responses with these element sums (negative to remove) to both levels.

    Private to the services that write responses (``services.responses``,
    ``services.paper_import``): it writes no audit event and must run inside the transaction
    that writes, invalidates or restores the responses themselves, or the rollup and the raw
    rows disagree. Any other caller would count responses that do not exist.
    """
    rollup_lock()
    _add_many({(region_id, unit_id, survey_id, day): [count, *sums]})


def rollup_deferred() -> bool:
    """Whether live submissions are folded in later (default: on PostgreSQL) or counted at once.

    Deferring keeps concurrent submissions off the shared tally rows; SQLite has a single writer
    anyway, so there the response and its tally rows are written together.
    """
    configured = getattr(settings, "SKM_ROLLUP_DEFERRED", None)
    return connection.vendor == "postgresql" if configured is None else bool(configured)


_BATCH = f"SELECT id FROM {RAW} WHERE NOT counted ORDER BY id LIMIT %s"  # noqa: S608
_RETURNING = f"RETURNING region_id, unit_id, survey_id, day, is_valid, {', '.join(ELEMENT_FIELDS)}"
# PostgreSQL: ARRAY(…) is computed once (an init plan), then the rows are fetched by primary
# key. With "id IN (subquery)" stale statistics (no uncounted rows at the last ANALYZE) can make
# the planner re-run the subquery for every row: quadratic, seconds for a batch.
_FOLD_SQL = {
    "postgresql": f"UPDATE {RAW} SET counted = %s WHERE id = ANY(ARRAY({_BATCH})) "  # noqa: S608
                  f"AND NOT counted {_RETURNING}",
    "sqlite": f"UPDATE {RAW} SET counted = %s WHERE id IN ({_BATCH}) "  # noqa: S608
              f"AND NOT counted {_RETURNING}",
}
# ORDER BY id: always through the partial index, whatever the statistics say
_PENDING_SQL = f"SELECT id FROM {RAW} WHERE NOT counted ORDER BY id LIMIT 1"  # noqa: S608


def _as_date(value: datetime.date | str) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def rollup_fold(*, batch: int = FOLD_BATCH, max_batches: int = 1000,
                catch_up: bool = True) -> int:
    """Moves responses not yet counted into the rollup; returns how many were folded.

    Each batch is one transaction: take up to ``batch`` uncounted rows (flag set, rows returned),
    add the valid ones' sums to both levels. Nothing to do costs one indexed ``SELECT``.

    ``catch_up`` (readers): returns only when no committed row is left uncounted (rows another
    fold is moving are waited for, not skipped), so a read that follows sees every response
    committed before it began. Without it (the background task) it stops after a batch that was
    not full: under a steady stream of submissions, chasing every new row would fold them a few
    at a time, each batch paying its own transaction; the next background run takes them.
    """
    folded = 0
    for _batch in range(max_batches):
        with connection.cursor() as cursor:
            cursor.execute(_PENDING_SQL)
            if cursor.fetchone() is None:
                return folded
        with transaction.atomic():
            rollup_lock()
            with connection.cursor() as cursor:
                cursor.execute(_FOLD_SQL[connection.vendor], [True, batch])
                rows = cursor.fetchall()
            daily: dict[Key, list[int]] = {}
            for region_id, unit_id, survey_id, day, is_valid, *answers in rows:
                if not is_valid:  # invalidated before it was folded: counted as nothing
                    continue
                line = daily.setdefault((region_id, unit_id, survey_id, _as_date(day)),
                                        [0] * (1 + len(answers)))
                line[0] += 1
                for index, answer in enumerate(answers, start=1):
                    line[index] += answer
            if daily:
                _add_many(daily)
        folded += len(rows)
        if not catch_up and len(rows) < batch:
            return folded
    logger.warning("SKM fold stopped after %s batches with responses still uncounted", max_batches)
    return folded


@task()
def rollup_fold_task() -> int:
    """Background fold of the submissions waiting when it starts (queued by
    ``response_submit``; those arriving meanwhile queue the next run)."""
    return rollup_fold(catch_up=False)


def _month_of(column: str) -> str:
    if connection.vendor == "postgresql":
        return f"CAST(date_trunc('month', {column}) AS date)"
    return f"date({column}, 'start of month')"


def _diff_ctes(level: str, table: str, fresh: str, period: str) -> list[str]:
    """CTEs making ``table``'s rows of the Pemda equal to ``fresh`` (PostgreSQL): one hash full
    join finds the rows that differ, are missing or are left over; only those are written."""
    columns = ", ".join((*_KEYS, period, *_COUNTS))
    differ = (f"({', '.join(f't.{name}' for name in _COUNTS)}) IS DISTINCT FROM "
              f"({', '.join(f'f.{name}' for name in _COUNTS)})")
    assignments = ", ".join(f"{name} = x.{name}" for name in _COUNTS)
    fresh_columns = ", ".join(f"f.{name}" for name in (*_KEYS, period, *_COUNTS))
    return [
        f"{level}_diff AS MATERIALIZED (SELECT {fresh_columns}, "  # noqa: S608
        f"t.id AS tally_id FROM {fresh} f FULL JOIN (SELECT * FROM {table} "
        f"WHERE region_id = %(region)s) t ON t.survey_id = f.survey_id AND t.{period} = f.{period} "
        f"WHERE t.id IS NULL OR f.survey_id IS NULL OR {differ})",
        f"{level}_update AS (UPDATE {table} SET {assignments} FROM {level}_diff x "  # noqa: S608
        f"WHERE {table}.id = x.tally_id AND x.survey_id IS NOT NULL)",
        f"{level}_delete AS (DELETE FROM {table} USING {level}_diff x "  # noqa: S608
        f"WHERE {table}.id = x.tally_id AND x.survey_id IS NULL)",
        f"{level}_insert AS (INSERT INTO {table} ({columns}) SELECT {columns} "  # noqa: S608
        f"FROM {level}_diff x WHERE x.tally_id IS NULL)",
    ]


def _rebuild_postgresql(cursor: Any, region_id: int) -> int:
    """One statement: aggregate once, then update/insert/delete only the differing tally rows."""
    keys = ", ".join(_KEYS)
    raw_sums = ", ".join(f"SUM({name}) AS {name}_sum" for name in ELEMENT_FIELDS)
    daily_sums = ", ".join(f"SUM({name}) AS {name}" for name in _COUNTS)
    month = _month_of("day")
    ctes = [
        f"fresh_daily AS MATERIALIZED (SELECT {keys}, day, COUNT(*) AS responses, {raw_sums} "  # noqa: S608
        f"FROM {RAW} WHERE region_id = %(region)s AND is_valid AND counted GROUP BY {keys}, day)",
        *_diff_ctes("daily", DAILY, "fresh_daily", "day"),
        f"fresh_monthly AS MATERIALIZED (SELECT {keys}, {month} AS month, {daily_sums} "  # noqa: S608
        f"FROM fresh_daily GROUP BY {keys}, {month})",
        *_diff_ctes("monthly", MONTHLY, "fresh_monthly", "month"),
    ]
    cursor.execute(f"WITH {', '.join(ctes)} SELECT COUNT(*) FROM fresh_daily",  # noqa: S608
                   {"region": region_id})
    return int(cursor.fetchone()[0])


def _rebuild_sqlite(cursor: Any, region_id: int) -> int:
    """Delete the Pemda's rows and rebuild each level with one INSERT … SELECT … GROUP BY."""
    keys = ", ".join(_KEYS)
    counts = ", ".join(_COUNTS)
    raw_sums = ", ".join(f"SUM({name})" for name in ELEMENT_FIELDS)
    daily_sums = ", ".join(f"SUM({name})" for name in _COUNTS)
    month = _month_of("day")
    cursor.execute(f"DELETE FROM {MONTHLY} WHERE region_id = %s", [region_id])  # noqa: S608
    cursor.execute(f"DELETE FROM {DAILY} WHERE region_id = %s", [region_id])  # noqa: S608
    cursor.execute(
        f"INSERT INTO {DAILY} ({keys}, day, {counts}) "  # noqa: S608
        f"SELECT {keys}, day, COUNT(*), {raw_sums} FROM {RAW} "
        f"WHERE region_id = %s AND is_valid = %s AND counted = %s GROUP BY {keys}, day",
        [region_id, True, True],
    )
    rows = cursor.rowcount
    cursor.execute(
        f"INSERT INTO {MONTHLY} ({keys}, month, {counts}) "  # noqa: S608
        f"SELECT {keys}, {month}, {daily_sums} FROM {DAILY} "
        f"WHERE region_id = %s GROUP BY {keys}, {month}",
        [region_id],
    )
    return int(rows)


def _rollup_rebuild(*, region_id: int) -> int:
    """Makes the Pemda's two rollup levels equal to its valid raw responses; returns daily rows.

    Private to ``services.recount.rollup_recount``, the audited entry: this writes no audit
    event and needs the caller's transaction. Holds the exclusive rollup lock:
    no fold, add or invalidation interleaves. The Pemda's uncounted rows are marked counted
    first, then its valid counted rows are aggregated once (rows submitted meanwhile stay
    uncounted and are folded later). PostgreSQL writes only the tally rows that differ, in one
    statement, so checking a correct rollup costs about one ``GROUP BY``; SQLite (the demo)
    deletes and rebuilds them.
    """
    rollup_lock(exclusive=True)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {RAW} SET counted = %s WHERE region_id = %s AND NOT counted",  # noqa: S608
                       [True, region_id])
        if connection.vendor == "postgresql":
            return _rebuild_postgresql(cursor, region_id)
        return _rebuild_sqlite(cursor, region_id)
