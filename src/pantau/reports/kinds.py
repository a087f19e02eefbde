"""The kinds of background report: a registry each app fills from its ``AppConfig.ready()``.

A module registers a kind with ``background_report_register(kind, title, generate_fn,
permission=...)``; ``generate_fn(report, progress)`` returns ``(filename, bytes)`` and may call
``progress(percent, message)`` as it goes. Registering from ``ready()`` means the worker process,
which never loads the URLconf, knows every kind too; this app names none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pantau.reports.models import GeneratedReport

Progress = Callable[[int, str], None]
GenerateFn = Callable[[GeneratedReport, Progress], tuple[str, bytes]]


class ReportError(Exception):
    """A failure the user can act on (which part, which name): its message, already in
    Indonesian, is shown on the status page; any other exception shows only a generic message."""


Describe = Callable[[dict[str, Any]], list[str]]


@dataclass(frozen=True)
class ReportKind:
    kind: str
    title: Any  # str or lazy translation
    generate: GenerateFn
    permission: str
    # The request's parameters as the lines a list of recent reports shows (period, scope...).
    describe: Describe | None = None


_REGISTRY: dict[str, ReportKind] = {}


def background_report_register(kind: str, title: Any, generate_fn: GenerateFn, *,
                               permission: str, describe: Describe | None = None) -> None:
    """Makes a report kind available; ``permission`` guards requesting and downloading it."""
    _REGISTRY[kind] = ReportKind(kind, title, generate_fn, permission, describe)


def background_report_kind(kind: str) -> ReportKind | None:
    return _REGISTRY.get(kind)


def background_report_may_access(user: Any, report: GeneratedReport) -> bool:
    """Same Pemda is kept by the scoped query; here: the kind's permission."""
    spec = background_report_kind(report.kind)
    return spec is not None and user.has_perm(spec.permission)


@dataclass(frozen=True)
class RecentReport:
    """One line of a page's "last reports" list."""

    report: GeneratedReport
    file_format: str  # "PDF", "XLSX", ... from the kind's suffix (``<app>.<name>_<format>``)
    lines: list[str]  # the request's parameters, described by the kind


def background_report_recent(*, kinds: list[str], limit: int = 10) -> list[RecentReport]:
    """The Pemda's latest requests of these kinds, newest first, in one query."""
    reports = (GeneratedReport.objects.filter(kind__in=kinds)
               .select_related("created_by")[:limit])
    rows = []
    for report in reports:
        spec = _REGISTRY.get(report.kind)
        describe = spec.describe if spec is not None else None
        rows.append(RecentReport(report=report, file_format=report.kind.rsplit("_", 1)[-1].upper(),
                                 lines=describe(report.parameters) if describe else []))
    return rows
