"""The background worker (``manage.py task_worker``) carries on when the database goes away for a
moment (a restart): django-tasks-db's own ``db_worker`` exits on the first connection error, and
with it the SKM fold and the report queue until somebody restarts it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from pantau.reports.management.commands import task_worker
from pantau.surveys.rollup import rollup_fold_task


@pytest.fixture
def database_backend(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_away_once(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """The worker's first look at the queue fails as during a restart; later ones work."""
    real = db_worker.exclusive_transaction
    failures = iter([OperationalError("terminating connection due to administrator command")])
    pauses: list[float] = []

    def flaky(using: Any = None) -> AbstractContextManager[Any]:
        error = next(failures, None)
        if error is not None:
            raise error
        return real(using)

    monkeypatch.setattr(db_worker, "exclusive_transaction", flaky)
    monkeypatch.setattr(task_worker.time, "sleep", pauses.append)
    yield pauses


@pytest.mark.django_db(transaction=True)
def test_the_worker_waits_reconnects_and_runs_the_queued_task(
    database_backend: None, database_away_once: list[float]
) -> None:
    queued = rollup_fold_task.enqueue()

    call_command("task_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)

    assert DBTaskResult.objects.get(pk=queued.id).status == "SUCCESSFUL"
    assert database_away_once and database_away_once[0] > 0  # it paused before retrying


@pytest.mark.django_db(transaction=True)
def test_other_errors_still_stop_the_worker(
    database_backend: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(using: Any = None) -> Any:
        raise RuntimeError("a bug, not an outage")

    monkeypatch.setattr(db_worker, "exclusive_transaction", broken)

    with pytest.raises(RuntimeError):
        call_command("task_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)
