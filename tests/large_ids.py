"""Test databases hand out ids above 100 000, as a Pemda's database does after some years.

With ``USE_THOUSAND_SEPARATOR`` a template writes the integer 1475 as ``1.475`` (Indonesian) or
``1,475`` (English). Small test ids (1, 2, 3) never show that, so an id written into a form field
name or value without ``|unlocalize`` passed every test and wiped real data. Every table starts at
its own offset (100 000, 110 000, 120 000, ...) so an agency id used where a period id belongs
does not match by accident either.
"""

from __future__ import annotations

from typing import Any

LARGE_ID_START = 100_000
LARGE_ID_STEP = 10_000


def start_ids_high(connection: Any) -> None:
    """Moves every id sequence of the database to its large start (never backwards)."""
    if connection.vendor == "sqlite":
        _sqlite(connection)
    elif connection.vendor == "postgresql":
        _postgresql(connection)
    else:  # pragma: no cover - only the two supported databases run the tests
        raise NotImplementedError(connection.vendor)


def _sqlite(connection: Any) -> None:
    # Django declares SQLite primary keys AUTOINCREMENT, so sqlite_sequence holds the last id.
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                       "AND sql LIKE '%%AUTOINCREMENT%%' ORDER BY name")
        tables = [row[0] for row in cursor.fetchall()]
        for index, table in enumerate(tables):
            start = LARGE_ID_START + index * LARGE_ID_STEP
            cursor.execute("UPDATE sqlite_sequence SET seq = MAX(seq, %s) WHERE name = %s",
                           [start, table])
            if cursor.rowcount == 0:
                cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)",
                               [table, start])


def _postgresql(connection: Any) -> None:
    # Identity columns and serials alike own a sequence in the current schema.
    with connection.cursor() as cursor:
        cursor.execute("SELECT schemaname, sequencename, COALESCE(last_value, 0) FROM pg_sequences "
                       "WHERE schemaname = current_schema() ORDER BY sequencename")
        sequences = cursor.fetchall()
        for index, (schema, name, last) in enumerate(sequences):
            start = LARGE_ID_START + index * LARGE_ID_STEP
            qualified = f"{connection.ops.quote_name(schema)}.{connection.ops.quote_name(name)}"
            cursor.execute("SELECT setval(%s::regclass, %s)", [qualified, max(start, last)])
