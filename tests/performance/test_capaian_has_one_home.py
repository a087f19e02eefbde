"""Capaian has one home, ``pantau.performance.capaian``: only it computes an indicator's capaian
and writes the stored rows (``IndicatorScoreCache``); the selectors read through
``capaian.read`` and call nothing of ``capaian.store``."""

from __future__ import annotations

import ast
from pathlib import Path

import pantau

PERFORMANCE = Path(pantau.__file__).parent / "performance"
HOME = PERFORMANCE / "capaian"
WRITES = {"bulk_create", "create", "get_or_create", "update_or_create", "update", "delete",
          "save"}


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


def _stored_row_writes(path: Path) -> list[str]:
    """``IndicatorScoreCache.objects.<write>(...)`` calls in the module."""
    found = []
    for node in ast.walk(_tree(path)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in WRITES and "IndicatorScoreCache" in ast.unparse(node.func)):
            found.append(ast.unparse(node.func))
    return found


def _imports(path: Path) -> set[str]:
    return {node.module or "" for node in ast.walk(_tree(path))
            if isinstance(node, ast.ImportFrom)}


def test_only_the_capaian_package_writes_the_stored_rows() -> None:
    src = PERFORMANCE.parent
    writers = {str(path.relative_to(src)): found for path in src.rglob("*.py")
               if HOME not in path.parents and "migrations" not in path.parts
               and (found := _stored_row_writes(path))}
    assert writers == {}
    assert _stored_row_writes(HOME / "store.py")


def test_selectors_read_only_through_capaian_read() -> None:
    for path in (PERFORMANCE / "selectors").glob("*.py"):
        modules = _imports(path)
        assert "pantau.performance.capaian.store" not in modules, path.name
        assert not any(m.startswith("pantau.performance.services") for m in modules), path.name
