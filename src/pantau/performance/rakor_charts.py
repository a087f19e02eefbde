"""Charts of the rakor pack, drawn with matplotlib as SVG (embedded in the PDF as data URIs).

``matplotlib.figure.Figure`` is used without pyplot: no global state and no GUI backend, so it is
safe in the worker process. Every text is plain (``text.parse_math`` off): OPD and program names
are typed by operators, and a ``$`` in one must not be read as mathtext.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from matplotlib.figure import Figure

RATING_COLOURS = {"Sangat Tinggi": "#198754", "Tinggi": "#0d6efd", "Sedang": "#0dcaf0",
                  "Rendah": "#ffc107", "Sangat Rendah": "#dc3545"}
GREY = "#adb5bd"
PROGRAM_LABEL_MAX = 55  # characters of a program name beside its bar; longer ones are cut


def _number(value: Decimal | None) -> float:
    return float(value) if value is not None else 0.0


def _svg_uri(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg")  # fixed margins: bbox_inches="tight" draws twice
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _style() -> Any:
    return {"svg.fonttype": "none", "font.size": 7, "font.family": "DejaVu Sans",
            "text.parse_math": False}


@contextmanager
def _styled() -> Iterator[None]:
    """Text objects read ``text.parse_math`` when created, and matplotlib creates tick labels
    while saving: so the whole drawing, saving included, runs inside this context."""
    import matplotlib

    with matplotlib.rc_context(_style()):
        yield


def one_line(label: str) -> str:
    """A name as one line of plain text: newlines and runs of spaces become one space."""
    return " ".join(label.split())


def undrawable(labels: Sequence[str]) -> str | None:
    """The first label matplotlib cannot draw, to name it when a chart fails; None if all can."""
    with _styled():
        for label in labels:
            figure = Figure(figsize=(2, 1))
            figure.text(0, 0, one_line(label))
            try:
                figure.savefig(io.BytesIO(), format="svg")
            except Exception:  # whatever matplotlib raises, this label is the culprit
                return label
    return None


def _cut(label: str) -> str:
    return label if len(label) <= PROGRAM_LABEL_MAX else label[:PROGRAM_LABEL_MAX - 3] + "…"


def ranking_chart(labels: Sequence[str], achievement: Sequence[Decimal | None],
                  absorption: Sequence[Decimal | None], ratings: Sequence[str | None]) -> str:
    """Horizontal bars of every OPD's capaian (coloured by rating) with serapan as a dot."""
    with _styled():
        height = max(2.5, 0.17 * len(labels) + 0.8)
        figure = Figure(figsize=(7.2, height))
        longest = max((len(one_line(label)) for label in labels), default=0)
        figure.subplots_adjust(left=min(0.45, max(0.15, 0.03 + 0.0105 * longest)), right=0.98,
                               top=1 - 0.1 / height,
                               bottom=0.45 / height)
        axes = figure.add_subplot()
        positions = list(range(len(labels)))[::-1]
        axes.barh(positions, [_number(v) for v in achievement], height=0.7,
                  color=[RATING_COLOURS.get(r or "", GREY) for r in ratings], label="Capaian (%)")
        axes.scatter([_number(v) for v in absorption], positions, s=9, color="#212529",
                     zorder=3, label="Serapan (%)")
        axes.set_yticks(positions, [one_line(label) for label in labels])
        axes.axvline(100, color="#6c757d", linewidth=0.6, linestyle="--")
        axes.set_xlabel("%")
        axes.set_xlim(0, max([110.0, *[_number(v) + 5 for v in achievement]]))
        axes.margins(y=0.01)
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(loc="lower right", frameon=False)
        return _svg_uri(figure)


def program_chart(labels: Sequence[str], achievement: Sequence[Decimal | None],
                  ratings: Sequence[str | None]) -> str:
    """Capaian per program of one OPD."""
    with _styled():
        height = max(1.3, 0.3 * len(labels) + 0.45)
        figure = Figure(figsize=(7.2, height))
        figure.subplots_adjust(left=0.44, right=0.98, top=1 - 0.1 / height,
                               bottom=0.32 / height)
        axes = figure.add_subplot()
        positions = list(range(len(labels)))[::-1]
        values = [_number(v) for v in achievement]
        axes.barh(positions, values, height=0.6,
                  color=[RATING_COLOURS.get(r or "", GREY) for r in ratings])
        for y, value in zip(positions, values, strict=True):
            axes.text(value + 1, y, f"{value:.2f}".replace(".", ","), va="center", fontsize=6.5)
        axes.set_yticks(positions, [_cut(one_line(label)) for label in labels])
        axes.axvline(100, color="#6c757d", linewidth=0.6, linestyle="--")
        axes.set_xlim(0, max([120.0, *[v + 12 for v in values]]))
        axes.spines[["top", "right"]].set_visible(False)
        return _svg_uri(figure)
