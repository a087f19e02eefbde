"""Charts of the readiness report, drawn with matplotlib as SVG data URIs (the rakor pack's way:
``rakor_charts.styled`` keeps every text plain, ``svg_uri`` embeds the drawing)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from matplotlib.figure import Figure

from pantau.performance.rakor_charts import one_line, styled, svg_uri

# The Ombudsman zones; dark enough for white badge text in the PDF.
ZONE_COLOURS = {"Hijau": "#198754", "Kuning": "#b58100", "Merah": "#dc3545"}
GREY = "#adb5bd"
LIGHT = "#e9ecef"
INK = "#0b4f6c"


def _comma(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def dimension_chart(names: Sequence[str], points: Sequence[Decimal],
                    weights: Sequence[Decimal]) -> str:
    """One unit's points per dimension (dark bar) against the dimension's weight (light bar,
    the most it can give), with the points written beside each bar."""
    with styled():
        height = max(1.2, 0.32 * len(names) + 0.45)
        figure = Figure(figsize=(7.2, height))
        figure.subplots_adjust(left=0.2, right=0.97, top=1 - 0.08 / height,
                               bottom=0.3 / height)
        axes = figure.add_subplot()
        positions = list(range(len(names)))[::-1]
        top = [float(w) for w in weights]
        got = [float(p) for p in points]
        axes.barh(positions, top, height=0.62, color=LIGHT)
        axes.barh(positions, got, height=0.62, color=INK)
        for y, value, most in zip(positions, got, top, strict=True):
            axes.text(most + 0.4, y, f"{_comma(value)} / {_comma(most)}", va="center",
                      fontsize=6.5)
        axes.set_yticks(positions, [one_line(name) for name in names])
        axes.set_xlim(0, max([*top, 1.0]) * 1.25)
        axes.spines[["top", "right"]].set_visible(False)
        return svg_uri(figure)


def units_chart(labels: Sequence[str], scores: Sequence[Decimal],
                zones: Sequence[str]) -> str:
    """Every lokus unit's predicted score, coloured by its zone."""
    with styled():
        height = max(1.6, 0.17 * len(labels) + 0.7)
        figure = Figure(figsize=(7.2, height))
        longest = max((len(one_line(label)) for label in labels), default=0)
        figure.subplots_adjust(left=min(0.45, max(0.15, 0.03 + 0.0105 * longest)), right=0.97,
                               top=1 - 0.1 / height, bottom=0.4 / height)
        axes = figure.add_subplot()
        positions = list(range(len(labels)))[::-1]
        axes.barh(positions, [float(s) for s in scores], height=0.7,
                  color=[ZONE_COLOURS.get(z, GREY) for z in zones])
        axes.set_yticks(positions, [one_line(label) for label in labels])
        axes.set_xlim(0, 100)
        axes.margins(y=0.01)
        axes.spines[["top", "right"]].set_visible(False)
        return svg_uri(figure)


def trend_chart(years: Sequence[int], official: Sequence[Decimal | None],
                predicted: Sequence[Decimal | None], *, top: int, official_label: str,
                predicted_label: str) -> str:
    """The Pemda's official result by year (line) and the prediction where there is one (dots)."""
    with styled():
        figure = Figure(figsize=(3.5, 1.9))
        figure.subplots_adjust(left=0.13, right=0.97, top=0.95, bottom=0.2)
        axes = figure.add_subplot()
        labels = [str(year) for year in years]
        shown = [(x, float(v)) for x, v in enumerate(official) if v is not None]
        if shown:
            axes.plot([x for x, _v in shown], [v for _x, v in shown], color=INK, marker="o",
                      markersize=3, linewidth=1.2, label=official_label)
        guessed = [(x, float(v)) for x, v in enumerate(predicted) if v is not None]
        if guessed:
            axes.scatter([x for x, _v in guessed], [v for _x, v in guessed], color="#e07b00",
                         marker="D", s=14, zorder=3, label=predicted_label)
        axes.set_xticks(range(len(labels)), labels)
        axes.set_ylim(0, top)
        axes.spines[["top", "right"]].set_visible(False)
        if shown or guessed:
            axes.legend(loc="lower right", fontsize=6, framealpha=0.9, edgecolor="#dee2e6")
        return svg_uri(figure)
