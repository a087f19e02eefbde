"""Every public function in a ``services`` module writes an audit event, or says why it does not.

What counts: the function's body calls ``pantau.audit.services.audit_record``, directly or through
the pantau functions it calls (followed transitively, whatever module they live in: a service
that refuses through ``locks.refuse_and_audit`` or saves through a private helper counts). The
check reads each function's source with ``ast`` and resolves every called name through the
function's own globals, so an import alias or a ``module.function`` call is followed as the
interpreter would follow it. It does not run anything and does not follow calls through objects
(``instance.method()``), which services here do not use to audit.

Why a static check and not a recorded run: a run would need valid data for ~90 functions and would
only prove the branch it took; the call graph shows the audit is on the way of every call. Each
service is still tested for its event in its own app's tests.

A function that writes no event on purpose stands on ``ALLOWED`` with the reason. Anything else
that does not audit is not a service: a read goes to ``selectors``, a check to ``rules`` or
``locks``, a formatter to ``formatting``, and a helper that relies on its caller for the lock and
the audit is private (``_name``).
"""

from __future__ import annotations

import ast
import inspect
import pkgutil
import textwrap
from collections.abc import Callable, Iterator
from importlib import import_module
from types import FunctionType, ModuleType
from typing import Any

import pytest

import pantau
from pantau.audit.services import audit_record

# "module:function" → why it writes no audit event.
ALLOWED = {
    # Derived data: the file of a background report (its request is audited).
    "pantau.reports.services:background_report_generate":
        "writes the requested report's file and progress; the request is audited",
    # The audit itself.
    "pantau.audit.services:audit_record": "the audit event itself",
    "pantau.audit.services:snapshot": "builds the changes an audit event records",
    "pantau.audit.services:diff": "builds the changes an audit event records",
    # Token last-used: written on every API call; auditing it would bury real events.
    "pantau.api.services:token_touch": "token last-used time, written on every API call",
    # The public survey row: an anonymous citizen's answer sheet is its own append-only record.
    "pantau.surveys.services.responses:response_submit":
        "the public SKM answer sheet; the row is its own append-only record",
}


def _services_modules() -> Iterator[ModuleType]:
    """Every ``<app>.services`` module and every module of a ``<app>.services`` package."""
    for app in pkgutil.iter_modules(pantau.__path__):
        if not app.ispkg:
            continue
        try:
            services = import_module(f"pantau.{app.name}.services")
        except ModuleNotFoundError as error:
            if error.name == f"pantau.{app.name}.services":
                continue
            raise
        yield services
        if hasattr(services, "__path__"):
            for sub in pkgutil.walk_packages(services.__path__, f"{services.__name__}."):
                yield import_module(sub.name)


def _public_functions() -> list[tuple[str, FunctionType]]:
    found = []
    for module in _services_modules():
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if not name.startswith("_") and function.__module__ == module.__name__:
                found.append((f"{module.__name__}:{name}", function))
    return sorted(found, key=lambda pair: pair[0])


def _called(function: FunctionType) -> Iterator[Callable[..., Any]]:
    """The objects a function's body calls by name (``f(…)``, ``module.f(…)``), resolved through
    its globals; names bound inside the function (arguments, locals) are not followed."""
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError):
        return
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        target = node.func
        path: list[str] = []
        while isinstance(target, ast.Attribute):
            path.insert(0, target.attr)
            target = target.value
        if not isinstance(target, ast.Name) or target.id not in function.__globals__:
            continue
        found: Any = function.__globals__[target.id]
        for attribute in path:
            found = getattr(found, attribute, None)
        if callable(found):
            yield found


def _audits(function: Any, seen: set[Any] | None = None) -> bool:
    """Whether ``audit_record`` is on the way of a call to ``function``."""
    seen = set() if seen is None else seen
    function = inspect.unwrap(function)
    if function is audit_record:
        return True
    if not isinstance(function, FunctionType) or function in seen:
        return False
    if not function.__module__.startswith(("pantau.", __name__)):
        return False
    seen.add(function)
    return any(_audits(callee, seen) for callee in _called(function))


FUNCTIONS = _public_functions()


@pytest.mark.parametrize(("name", "function"), FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_every_service_writes_an_audit_event(name: str, function: FunctionType) -> None:
    if name in ALLOWED:
        return
    assert _audits(function), (
        f"{name} writes no audit event: audit it, make it private, move it out of services "
        f"(selectors, rules, formatting), or put it on ALLOWED with the reason"
    )


def test_the_allow_list_names_only_existing_functions() -> None:
    assert set(ALLOWED) - {name for name, _ in FUNCTIONS} == set()


def _audits_inside() -> None:
    audit_record(actor=None, action="example")


def _writes_through_a_helper() -> None:
    _audits_inside()


def _reads_only() -> int:
    return len(FUNCTIONS)


def test_the_check_sees_an_audit_through_a_helper_and_misses_a_read() -> None:
    assert _audits(_writes_through_a_helper)
    assert not _audits(_reads_only)
