"""The permission-matrix harness: every URL × every persona → the status the persona must get.

Each app declares its rows in its own matrix file
(``tests/<app>/…/test_<area>_permission_matrix.py``, registered in ``OTHER_MATRICES`` of
tests/test_permission_matrix.py) and runs them with
:func:`persona_matrix` and :func:`check_row`::

    MATRIX = [Row("app:page", "get", no_args, expect(operator_a=200, ...)), ...]

    @persona_matrix(MATRIX)
    def test_persona_gets_the_expected_status(row, persona, world, client_for):
        check_row(client_for(persona), row, persona, world)

The module-wide check that every URL has a row lives once, in tests/test_permission_matrix.py: it
reads ``MATRIX`` of every registered matrix file.

Objects in the URLs belong to Kabupaten Contoh (region A) and, where an OPD matters, to OPD A
(Dinas Kesehatan). ``other_admin`` is the admin of another Pemda: objects of region A must not be
found (404) and no page may show region A's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

import pytest
from django.urls import URLResolver, reverse

PERSONAS = (
    "operator_a", "operator_b", "head_a", "evaluator", "leader", "admin", "assessor",
    "other_admin", "anonymous",
)
LOGIN_URL = "/akun/masuk/"

# Text of region A that must never reach a user of another Pemda.
REGION_A_TEXT = (
    "Kabupaten Contoh", "Dinas Kesehatan", "Dinas Pendidikan", "Puskesmas Sukamaju",
    "Loket Layanan Disdik", "Imunisasi Dasar", "Ani Operator Dinkes", "Fajar Admin Contoh",
)


def expect(*in_order: int, **by_persona: int) -> dict[str, int]:
    """The status per persona, either by name or as nine statuses in the order of PERSONAS."""
    if in_order:
        assert not by_persona, "name every persona, or give all nine in order, not both"
        return dict(zip(PERSONAS, in_order, strict=True))
    assert set(by_persona) == set(PERSONAS), f"every persona needs a status: {sorted(by_persona)}"
    return {persona: by_persona[persona] for persona in PERSONAS}


def no_args(*context: Any) -> list[Any]:
    return []


@dataclass(frozen=True)
class Row:
    """One URL and method, with the status each persona must get.

    ``args``, ``data`` and ``query`` take the matrix's context (the fixtures the matrix file passes
    to :func:`check_row`). ``public``: anonymous may open it (no redirect to the login page).
    """

    name: str
    method: str
    args: Callable[..., list[Any]]
    expected: dict[str, int]
    data: Callable[..., dict[str, Any]] | dict[str, Any] | None = None
    public: bool = False
    query: Callable[..., str] | None = None

    @property
    def id(self) -> str:
        return f"{self.name}:{self.method}{'?' if self.query else ''}"


def persona_matrix(rows: Iterable[Row]) -> Callable[[Any], Any]:
    """Parametrize a test over every row × every persona (arguments ``row`` and ``persona``)."""
    rows = list(rows)

    def decorate(test: Any) -> Any:
        test = pytest.mark.parametrize("row", rows, ids=[row.id for row in rows])(test)
        return pytest.mark.parametrize("persona", PERSONAS)(test)

    return decorate


def row_url(row: Row, *context: Any) -> str:
    url = reverse(row.name, args=row.args(*context))
    return url + (row.query(*context) if row.query else "")


def row_request(client: Any, row: Row, *context: Any, **options: Any) -> Any:
    data = row.data(*context) if callable(row.data) else (row.data or {})
    return getattr(client, row.method)(row_url(row, *context), data, **options)


def check_response(row: Row, persona: str, response: Any, *,
                   region_text: Iterable[str] = REGION_A_TEXT) -> None:
    """The persona got the row's status; anonymous went to the login page; another Pemda saw none
    of region A's text (in any text answer: HTML or JSON)."""
    expected = row.expected[persona]
    assert response.status_code == expected, (
        f"{persona} {row.method.upper()} {row.name}: expected {expected}, "
        f"got {response.status_code}: {response.content[:300]!r}"
    )
    if persona == "anonymous" and expected == 302 and not row.public:
        assert response["Location"].startswith(LOGIN_URL)
    content_type = response.get("Content-Type", "")
    if persona == "other_admin" and (content_type.startswith("text/") or "json" in content_type):
        body = response.content.decode(errors="replace")
        leaked = [text for text in region_text if text in body]
        assert not leaked, f"{row.name} shows region A's data to another Pemda: {leaked}"


def check_row(client: Any, row: Row, persona: str, *context: Any,
              region_text: Iterable[str] = REGION_A_TEXT, **options: Any) -> Any:
    """Request the row as the persona (``options`` go to the client, e.g. ``format="json"``),
    check the answer with :func:`check_response` and return it for further checks."""
    response = row_request(client, row, *context, **options)
    check_response(row, persona, response, region_text=region_text)
    return response


def url_names(module_name: str, namespace: str = "") -> set[str]:
    """``app_name:name`` of every URL pattern of a URL module.

    A nested include is left to its own matrix (:func:`nested_url_modules` names them, and each
    must be registered); a module without an ``app_name`` of its own (included inside another
    app's URLs) takes ``namespace``, its includer's."""
    module = import_module(module_name)
    app_name = getattr(module, "app_name", "") or namespace
    assert app_name, f"{module_name} has no app_name and no including namespace was given"
    names = set()
    for pattern in module.urlpatterns:
        if isinstance(pattern, URLResolver):
            continue
        assert pattern.name, f"unnamed URL pattern {pattern.pattern} in {module_name}"
        names.add(f"{app_name}:{pattern.name}")
    return names


def nested_url_modules(module_name: str) -> dict[str, str]:
    """The URL modules a URL module includes, each with the namespace its names get."""
    module = import_module(module_name)
    app_name = getattr(module, "app_name", "")
    nested = {}
    for pattern in module.urlpatterns:
        if isinstance(pattern, URLResolver):
            name = getattr(pattern.urlconf_name, "__name__", pattern.urlconf_name)
            assert isinstance(name, str), f"{module_name}: include a module by its dotted name"
            nested[name] = getattr(import_module(name), "app_name", "") or app_name
    return nested


def row_name(row: Any) -> str:
    """The URL name of a row (a :class:`Row`, or an older ``(name, …)`` tuple)."""
    return row.name if isinstance(row, Row) else row[0]
