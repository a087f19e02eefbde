"""Charts of the rakor pack, drawn with matplotlib as SVG (embedded in the PDF as data URIs).

``matplotlib.figure.Figure`` is used without pyplot: no global state and no GUI backend, so it is
safe in the worker process. Every text is plain (``text.parse_math`` off): OPD and program names
are typed by operators, and a ``$`` in one must not be read as mathtext.
"""

from __future__ import annotations

import base64
import io
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from matplotlib.figure import Figure
from matplotlib.patches import Patch

# One colour per Permendagri category, shared by the charts, their legend and the pack's badges
# (dark enough for white badge text).
RATING_COLOURS = {"Sangat Tinggi": "#198754", "Tinggi": "#0d6efd", "Sedang": "#0aa2c0",
                  "Rendah": "#e0a800", "Sangat Rendah": "#dc3545"}
GREY = "#adb5bd"
PROGRAM_LINE = 48  # characters of a program name per line beside its bar
PROGRAM_LINES = 2  # lines per name; a longer name is cut with "…"
PROGRAM_LABEL_MAX = PROGRAM_LINE * PROGRAM_LINES  # about: wrapping breaks at spaces


def _number(value: Decimal | None) -> float:
    return float(value) if value is not None else 0.0


def svg_uri(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg")  # fixed margins: bbox_inches="tight" draws twice
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _style() -> Any:
    return {"svg.fonttype": "none", "font.size": 7, "font.family": "DejaVu Sans",
            "text.parse_math": False}


@contextmanager
def styled() -> Iterator[None]:
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
    with styled():
        for label in labels:
            figure = Figure(figsize=(2, 1))
            figure.text(0, 0, one_line(label))
            try:
                figure.savefig(io.BytesIO(), format="svg")
            except Exception:  # whatever matplotlib raises, this label is the culprit
                return label
    return None


def wrapped(label: str) -> str:
    """A program name on at most PROGRAM_LINES lines of PROGRAM_LINE characters (whole words
    where it can), the last line ending in "…" when the name is longer."""
    lines = textwrap.wrap(one_line(label), PROGRAM_LINE, break_long_words=True) or [""]
    if len(lines) > PROGRAM_LINES:
        last = lines[PROGRAM_LINES - 1]
        lines = [*lines[:PROGRAM_LINES - 1], last[:PROGRAM_LINE - 1] + "…"]
    return "\n".join(lines)


def _category_legend(ratings: Sequence[str | None]) -> list[Patch]:
    """A legend entry per category colour the chart uses, in the categories' own order."""
    used = set(ratings)
    return [Patch(color=colour, label=name) for name, colour in RATING_COLOURS.items()
            if name in used] + ([Patch(color=GREY, label="–")] if None in used else [])


def ranking_chart(labels: Sequence[str], achievement: Sequence[Decimal | None],
                  absorption: Sequence[Decimal | None], ratings: Sequence[str | None], *,
                  capaian_label: str = "Capaian (%)",
                  absorption_label: str = "Serapan (%)") -> str:
    """Horizontal bars of every OPD's capaian (coloured by rating, with a legend of the
    categories) and serapan as a dot."""
    with styled():
        height = max(2.5, 0.17 * len(labels) + 0.8)
        figure = Figure(figsize=(7.2, height))
        longest = max((len(one_line(label)) for label in labels), default=0)
        figure.subplots_adjust(left=min(0.45, max(0.15, 0.03 + 0.0105 * longest)), right=0.98,
                               top=1 - 0.1 / height,
                               bottom=0.45 / height)
        axes = figure.add_subplot()
        positions = list(range(len(labels)))[::-1]
        axes.barh(positions, [_number(v) for v in achievement], height=0.7,
                  color=[RATING_COLOURS.get(r or "", GREY) for r in ratings])
        dots = axes.scatter([_number(v) for v in absorption], positions, s=9, color="#212529",
                            zorder=3, label=absorption_label)
        axes.set_yticks(positions, [one_line(label) for label in labels])
        axes.axvline(100, color="#6c757d", linewidth=0.6, linestyle="--")
        axes.set_xlabel("%")
        axes.set_xlim(0, max([110.0, *[_number(v) + 5 for v in achievement]]))
        axes.margins(y=0.01)
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(handles=[*_category_legend(ratings), dots], loc="lower right",
                    title=capaian_label, title_fontsize=7, framealpha=0.9, edgecolor="#dee2e6")
        return svg_uri(figure)


def program_chart(labels: Sequence[str], achievement: Sequence[Decimal | None],
                  ratings: Sequence[str | None]) -> str:
    """Capaian per program of one OPD."""
    with styled():
        names = [wrapped(label) for label in labels]
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
            # On a white ground above the 100 % line, which would otherwise cross the digits.
            axes.text(value + 1, y, f"{value:.2f}".replace(".", ","), va="center", fontsize=6.5,
                      zorder=4, bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6})
        axes.set_yticks(positions, names)
        axes.axvline(100, color="#6c757d", linewidth=0.6, linestyle="--")
        axes.set_xlim(0, max([120.0, *[v + 12 for v in values]]))
        axes.spines[["top", "right"]].set_visible(False)
        return svg_uri(figure)
