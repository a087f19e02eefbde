"""Every lock refusal of performance data is made in ``performance/locks.py``: the audited
``performance.locked.refused`` event, ``PeriodLocked`` and ``ReportInReview`` are raised nowhere
else, so a new writer (compliance, an API) can only refuse the same way by calling it."""

from __future__ import annotations

import ast
from pathlib import Path

import pantau

SOURCE = Path(pantau.__file__).parent
LOCKS = SOURCE / "performance" / "locks.py"


def _refusals(path: Path) -> list[str]:
    """Raises of the lock errors and string constants naming the refusal event, in code."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            if name in ("PeriodLocked", "ReportInReview"):
                found.append(f"raise {name}")
        if (isinstance(node, ast.keyword) and node.arg == "action"
                and isinstance(node.value, ast.Constant)
                and node.value.value == "performance.locked.refused"):
            found.append("audit performance.locked.refused")
    return found


def test_only_locks_refuses() -> None:
    elsewhere = {str(path.relative_to(SOURCE)): found for path in SOURCE.rglob("*.py")
                 if path != LOCKS and (found := _refusals(path))}
    assert elsewhere == {}
    assert "audit performance.locked.refused" in _refusals(LOCKS)
