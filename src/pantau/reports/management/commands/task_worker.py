"""``manage.py task_worker``: django-tasks-db's ``db_worker`` (same options) that outlives a
database restart.

``db_worker`` exits on the first connection error (a PostgreSQL restart, a failover, a dropped
connection), and with it the SKM fold and the report queue stop until somebody restarts it. This
command drops the broken connections, waits (1 s, doubling up to 30 s while it keeps failing)
and runs the worker again. Other errors still stop it. A task that was running when the
connection broke keeps its claim and is not run again (a lost fold only delays the rollup: the
next fold takes every uncounted row).
Not with ``--reload`` (the reloader runs the worker in a thread of its own).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

logger = logging.getLogger(__name__)
FIRST_PAUSE, LONGEST_PAUSE = 1.0, 30.0


class Command(DbWorkerCommand):
    help = "Run the background worker (db_worker), reconnecting after a database restart"

    def handle(self, *args: Any, **options: Any) -> None:
        pause = FIRST_PAUSE
        while True:
            started = time.monotonic()
            try:
                super().handle(*args, **options)
                return
            except (OperationalError, InterfaceError) as error:
                if time.monotonic() - started > LONGEST_PAUSE:  # it had been working: a new outage
                    pause = FIRST_PAUSE
                logger.warning("Background worker: database unavailable (%s); retrying in %.0f s",
                               str(error).strip().splitlines()[0] if str(error) else
                               type(error).__name__, pause)
            connections.close_all()
            time.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE)
