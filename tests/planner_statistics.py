"""Whether the database holds planner statistics (ANALYZE) for a model's table."""

from __future__ import annotations

from typing import Any

from django.db import connection


def has_planner_statistics(model: Any) -> bool:
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if cursor.fetchone() is None:  # created by the first ANALYZE
                return False
            cursor.execute("SELECT 1 FROM sqlite_stat1 WHERE tbl = %s", [table])
            return cursor.fetchone() is not None
        # pg_statistic is transactional (pg_class.reltuples is not): rolled back with the test
        cursor.execute("SELECT 1 FROM pg_stats WHERE schemaname = current_schema() "
                       "AND tablename = %s", [table])
        return cursor.fetchone() is not None
