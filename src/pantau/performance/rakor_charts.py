"""Charts of the rakor pack, drawn with matplotlib as SVG (embedded in the PDF as data URIs).

``matplotlib.figure.Figure`` is used without pyplot: no global state and no GUI backend, so it is
safe in the worker process.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from matplotlib.figure import Figure

RATING_COLOURS = {"Sangat Tinggi": "#198754", "Tinggi": "#0d6efd", "Sedang": "#0dcaf0",
                  "Rendah": "#ffc107", "Sangat Rendah": "#dc3545"}
GREY = "#adb5bd"


def _number(value: Decimal | None) -> float:
    return float(value) if value is not None else 0.0


def _svg_uri(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg")  # fixed margins: bbox_inches="tight" draws twice
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _style() -> Any:
    return {"svg.fonttype": "none", "font.size": 7, "font.family": "DejaVu Sans"}


def ranking_chart(labels: Sequence[str], achievement: Sequence[Decimal | None],
                  absorption: Sequence[Decimal | None], ratings: Sequence[str | None]) -> str:
    """Horizontal bars of every OPD's capaian (coloured by rating) with serapan as a dot."""
    import matplotlib

    with matplotlib.rc_context(_style()):
        height = max(2.5, 0.17 * len(labels) + 0.8)
        figure = Figure(figsize=(7.2, height))
        figure.subplots_adjust(left=0.15, right=0.98, top=1 - 0.1 / height,
                               bottom=0.45 / height)
        axes = figure.add_subplot()
        positions = list(range(len(labels)))[::-1]
        axes.barh(positions, [_number(v) for v in achievement], height=0.7,
                  color=[RATING_COLOURS.get(r or "", GREY) for r in ratings], label="Capaian (%)")
        axes.scatter([_number(v) for v in absorption], positions, s=9, color="#212529",
                     zorder=3, label="Serapan (%)")
        axes.set_yticks(positions, labels)
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
    import matplotlib

    with matplotlib.rc_context(_style()):
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
        axes.set_yticks(positions, [label if len(label) <= 55 else label[:52] + "…"
                                    for label in labels])
        axes.axvline(100, color="#6c757d", linewidth=0.6, linestyle="--")
        axes.set_xlim(0, max([120.0, *[v + 12 for v in values]]))
        axes.spines[["top", "right"]].set_visible(False)
        return _svg_uri(figure)
