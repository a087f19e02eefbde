"""The rakor PDF as laid out on A4: no column header runs past its cell, program names beside
their bars are shown whole, and the ranking chart explains its category colours."""

from __future__ import annotations

import base64
from typing import Any
from xml.etree import ElementTree

from django_scopes import scopes_disabled
from weasyprint import HTML
from weasyprint.formatting_structure import boxes

from pantau.performance import rakor, rakor_charts
from pantau.performance.models import PlanNode
from pantau.tenancy.models import Period
from tests.personas import World

PROGRAM = "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan dan Tenaga Pendukung"


def _pack(period: Period) -> rakor.RakorPack:
    with scopes_disabled():
        return rakor.build_pack(period=period, progress=lambda *_: None)


def _svg_texts(data_uri: str) -> list[str]:
    svg = base64.b64decode(data_uri.split(",", 1)[1])
    root = ElementTree.fromstring(svg)  # noqa: S314 -- our own chart, not outside input
    return ["".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]


def _header_overflows(box: Any, in_header: bool = False) -> list[str]:
    """Texts of header cells whose right end lies beyond their cell's border box."""
    found = []
    for child in getattr(box, "children", []):
        if isinstance(child, boxes.TableCellBox) and in_header:
            right = child.position_x + child.border_width()
            for text in child.descendants():
                if isinstance(text, boxes.TextBox) and text.position_x + text.width > right + 0.5:
                    found.append(text.text)
        header = isinstance(child, boxes.TableRowGroupBox) and child.is_header
        found += _header_overflows(child, in_header or header)
    return found


def test_no_column_header_is_cut_at_its_cell_edge(world: World,
                                                  rakor_period: Period) -> None:
    document = HTML(string=rakor.pack_html(_pack(rakor_period), charts=False)).render()

    overflowing = [text for page in document.pages
                   for text in _header_overflows(page._page_box)]
    assert overflowing == []


def test_long_program_name_is_shown_whole_beside_its_bar(world: World,
                                                         rakor_period: Period) -> None:
    with scopes_disabled():
        PlanNode.objects.filter(level="program", plan__agency=world.opd_a).update(name=PROGRAM)
    pack = _pack(rakor_period)
    rakor.pack_html(pack)
    page = next(p for p in pack.pages if p.score.agency == world.opd_a)

    shown = " ".join(_svg_texts(page.chart))
    assert PROGRAM.removeprefix("Program ") in " ".join(shown.split())
    assert "…" not in shown


def test_ranking_chart_has_a_legend_of_the_category_colours_the_badges_share(
        world: World, rakor_period: Period) -> None:
    pack = _pack(rakor_period)
    html = rakor.pack_html(pack)

    ratings = {s.rating for s in pack.scores}
    assert ratings == {"Sangat Tinggi", "Rendah"}
    assert ratings <= set(_svg_texts(pack.chart))
    for name, colour in rakor_charts.RATING_COLOURS.items():
        slug = name.lower().replace(" ", "-")
        assert f".r-{slug} {{ background: {colour}; }}" in html
