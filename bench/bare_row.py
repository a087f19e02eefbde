"""The three-column row bench_skm's bare view inserts, a floor beside the survey form (bench only).

The app has no such table: this model belongs to no installed app and no migration, so the
benchmark creates its table before the gunicorn run and drops it afterwards
(``bare_row_table``); the view (``bench_skm_urls.bare_insert``) inserts one row per request with
``objects.create``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, models


class BareRow(models.Model):
    key = models.CharField(max_length=64, unique=True)
    tokens = models.FloatField(default=1.0)
    updated_at = models.DateTimeField()

    class Meta:
        app_label = "bench"
        db_table = "bench_bare_row"

    def __str__(self) -> str:
        return self.key


def _drop_if_present() -> None:
    if BareRow._meta.db_table in connection.introspection.table_names():
        with connection.schema_editor() as editor:
            editor.delete_model(BareRow)


@contextmanager
def bare_row_table() -> Iterator[None]:
    """The table exists inside the block (a run stopped halfway leaves one: it is replaced)."""
    _drop_if_present()
    with connection.schema_editor() as editor:
        editor.create_model(BareRow)
    try:
        yield
    finally:
        _drop_if_present()
