"""Planner statistics after bulk writes: ``ANALYZE`` of the tables a loader or an import filled.

Without it the query planner keeps guessing from the empty tables it last saw until autovacuum
(PostgreSQL) comes by, or for ever (SQLite gathers statistics only on ANALYZE): the ranking took
114 ms on a freshly loaded PostgreSQL database and 41 ms after ANALYZE. Lowest layer (no app
imports), so any app and the benchmarks may call it.

``ANALYZE`` may run inside a transaction on both databases (``VACUUM`` may not) and counts the
transaction's own uncommitted rows, so callers run it at the end of their own transaction.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model

BULK_ROWS = 5_000  # an import of at least this many rows is a bulk load
SQLITE_ANALYSIS_LIMIT = 1_000  # rows sampled per index on SQLite: a big table stays quick


def refresh_planner_statistics(*models: type[Model], using: str = DEFAULT_DB_ALIAS) -> None:
    """Runs ``ANALYZE`` on each model's table (each table once)."""
    connection = connections[using]
    tables = sorted({model._meta.db_table for model in models})
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA analysis_limit")
            previous = int(cursor.fetchone()[0])
            cursor.execute(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
        for table in tables:
            cursor.execute(f"ANALYZE {quote(table)}")
        if connection.vendor == "sqlite":
            cursor.execute(f"PRAGMA analysis_limit = {previous}")


def refresh_after_bulk_write(rows: int, *models: type[Model]) -> None:
    """``refresh_planner_statistics`` when ``rows`` is a bulk load; a small write is left to
    autovacuum (its cost is not worth a few rows)."""
    if rows >= BULK_ROWS:
        refresh_planner_statistics(*models)
