"""The floors of the house: every import under src/pantau points down the layer order, or stays
on its floor without a cycle between apps.

Read with ``ast``: module-level and function-level imports both count, and so does a dotted
``"pantau.<app>…"`` string (what ``importlib`` or ``include()`` would load). A new app gets its
floor in ``LAYERS`` before its first import; docs/architecture.md draws the same order.
"""

from __future__ import annotations

import ast
import pathlib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import pantau

SRC = pathlib.Path(pantau.__file__).parent

# Bottom up. Arrows may point down or stay on their floor (without a cycle), never up.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"scoring"}),
    frozenset({"spreadsheets", "pages", "uploads", "env", "formats", "dates", "site_url",
               "dbstats"}),
    frozenset({"accounts", "audit"}),
    frozenset({"tenancy"}),
    frozenset({"reports"}),
    frozenset({"performance", "surveys"}),
    frozenset({"compliance"}),  # reads SKM and performance facts, never read by them
    frozenset({"leadership"}),  # reads capaian, SKM and compliance figures
    frozenset({"web", "api", "demo"}),
)
# The project's wiring may import anything; no app imports it.
WIRING = frozenset({"settings", "urls", "wsgi"})
FLOOR = {unit: floor for floor, units in enumerate(LAYERS) for unit in units}
FLOOR |= {unit: len(LAYERS) for unit in WIRING}

_DOTTED = re.compile(r"pantau(\.\w+)+")


@dataclass(frozen=True)
class Arrow:
    source: str  # the importing unit (app, package or project module)
    target: str
    where: str  # file:line

    def __str__(self) -> str:
        return (f"{self.where}: {self.source} (floor {FLOOR.get(self.source)}) imports "
                f"{self.target} (floor {FLOOR.get(self.target)})")


def _unit_of(relative: pathlib.PurePath) -> str:
    """The app, package or project module a file belongs to: its first part under src/pantau."""
    return relative.parts[0].removesuffix(".py")


def _imported(node: ast.AST, module: list[str]) -> Iterator[str]:
    """The dotted names one node brings in."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        if node.level:  # relative: resolved against the importing module's package
            base = module[: len(module) - node.level]
            name = ".".join(base + ([node.module] if node.module else []))
        else:
            name = node.module or ""
        yield name
        if name == "pantau":  # from pantau import performance
            yield from (f"pantau.{alias.name}" for alias in node.names)
    elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
          and _DOTTED.fullmatch(node.value)):
        yield node.value


def arrows(root: pathlib.Path = SRC) -> list[Arrow]:
    """Every import from one unit of src/pantau into another (the wiring's own are free)."""
    units = {_unit_of(path.relative_to(root)) for path in root.iterdir()}
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        source = _unit_of(relative)
        if "migrations" in relative.parts or source in WIRING | {"__init__"}:
            continue
        module = ["pantau", *relative.with_suffix("").parts]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for name in _imported(node, module):
                parts = name.split(".")
                # A string such as "pantau.sqlite3" (a file name) names no unit: not an import.
                if parts[0] != "pantau" or len(parts) < 2 or parts[1] not in units - {source}:
                    continue
                where = f"src/pantau/{relative}:{getattr(node, 'lineno', 0)}"
                found.append(Arrow(source, parts[1], where))
    return found


def upward(found: list[Arrow]) -> list[Arrow]:
    return [a for a in found if FLOOR.get(a.source, -1) < FLOOR.get(a.target, len(LAYERS) + 1)]


def cycles(found: list[Arrow]) -> list[list[str]]:
    """Groups of units that import each other, directly or round about (Tarjan)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for arrow in found:
        graph[arrow.source].add(arrow.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups = []

    def visit(unit: str) -> None:
        index[unit] = low[unit] = len(index)
        stack.append(unit)
        for target in sorted(graph[unit]):
            if target not in index:
                visit(target)
                low[unit] = min(low[unit], low[target])
            elif target in stack:
                low[unit] = min(low[unit], index[target])
        if low[unit] == index[unit]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == unit:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for unit in sorted(graph):
        if unit not in index:
            visit(unit)
    return groups


def test_every_unit_has_a_floor() -> None:
    units = {_unit_of(path.relative_to(SRC)) for path in SRC.rglob("*.py")} - {"__init__"}
    assert sorted(units - FLOOR.keys()) == [], "give the new app its floor in LAYERS"


def test_no_import_points_up_the_layer_order() -> None:
    assert [str(arrow) for arrow in upward(arrows())] == []


def test_no_cycle_between_apps() -> None:
    found = arrows()
    problems = []
    for group in cycles(found):
        first: dict[tuple[str, str], str] = {}  # one place per arrow inside the cycle
        for arrow in found:
            if arrow.source in group and arrow.target in group:
                first.setdefault((arrow.source, arrow.target), arrow.where)
        problems.append(f"{' ↔ '.join(group)}: " + "; ".join(
            f"{source} → {target} ({where})" for (source, target), where in sorted(first.items())))
    assert problems == []


def test_the_check_sees_an_upward_import_and_a_cycle(tmp_path: pathlib.Path) -> None:
    """The reader itself: an upward import and a cycle, function-level and string, are named."""
    for unit, text in {
        "tenancy/views.py": "def f():\n    from pantau.web import home\n",
        "scoring/x.py": "MODULES = ('pantau.spreadsheets.writer',)\n",
        "spreadsheets/y.py": "import pantau.scoring.x\n",
        "web/home.py": "from pantau.tenancy import views\n",
    }.items():
        (tmp_path / unit).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / unit).write_text(text)
    found = arrows(tmp_path)

    assert [str(a) for a in upward(found)] == [
        "src/pantau/scoring/x.py:1: scoring (floor 0) imports spreadsheets (floor 1)",
        "src/pantau/tenancy/views.py:2: tenancy (floor 3) imports web (floor 8)",
    ]
    assert sorted(cycles(found)) == [["scoring", "spreadsheets"], ["tenancy", "web"]]
