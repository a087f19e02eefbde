"""Names typed by operators are plain text in the rakor pack: a ``$`` or a backslash never
turns into matplotlib mathtext, and a chart that cannot be drawn says which name broke it."""

from __future__ import annotations

import base64
import io
from typing import Any
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from pantau.performance import rakor, rakor_charts
from pantau.performance.models import PlanNode
from pantau.reports.models import GeneratedReport, ReportStatus
from pantau.tenancy.models import Agency, Period
from tests.performance.rakor.conftest import downloaded
from tests.personas import World

LONG_PROGRAM = "Program " + "Peningkatan Mutu $\\foo{$ Layanan " * 14  # ~480 characters

NAME_CASES = [
    pytest.param("$\\foo{$", "Program $\\foo{$ Kesehatan", id="unclosed-mathtext-command"),
    pytest.param("$x^2$", "Program $x^2$ dan $y_1$", id="valid-mathtext"),
    pytest.param("Dinas\nKesehatan", "Program Pelayanan\nKesehatan Dasar", id="newline"),
    pytest.param("$" * 40, LONG_PROGRAM, id="very-long"),
]


def _rename(world: World, short_name: str, program_name: str) -> None:
    with scopes_disabled():
        Agency.objects.filter(pk=world.opd_a.pk).update(short_name=short_name)
        PlanNode.objects.filter(level="program", plan__agency=world.opd_a).update(
            name=program_name)


def _request(client: Any, period: Period, fmt: str) -> GeneratedReport:
    client.post(reverse("performance_rakor:index"), {"period": period.pk, "format": fmt})
    with scopes_disabled():
        return GeneratedReport.objects.latest("id")


def _svg_texts(data_uri: str) -> list[str]:
    svg = base64.b64decode(data_uri.split(",", 1)[1])
    root = ElementTree.fromstring(svg)  # noqa: S314 -- our own chart, not outside input
    return ["".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]


def _one_line(name: str) -> str:
    return " ".join(name.split())


@pytest.mark.parametrize(("short_name", "program_name"), NAME_CASES)
def test_pack_is_made_and_charts_show_names_literally(
    world: World, client_for: Any, rakor_period: Period, short_name: str, program_name: str
) -> None:
    _rename(world, short_name, program_name)
    client = client_for("evaluator")

    pdf = _request(client, rakor_period, "pdf")
    assert pdf.status == ReportStatus.DONE, pdf.message
    assert downloaded(client.get(reverse("reports:download", args=[pdf.pk])))[:5] == b"%PDF-"
    xlsx = _request(client, rakor_period, "xlsx")
    assert xlsx.status == ReportStatus.DONE, xlsx.message
    book = load_workbook(io.BytesIO(downloaded(client.get(reverse("reports:download",
                                                                  args=[xlsx.pk])))))
    cells = {cell for sheet in book for row in sheet.iter_rows(values_only=True)
             for cell in row}
    assert short_name in cells

    with scopes_disabled():
        pack = rakor.build_pack(period=rakor_period, progress=lambda *_: None)
        rakor.pack_html(pack)
    assert _one_line(short_name) in _svg_texts(pack.chart)
    page = next(p for p in pack.pages if p.score.agency.pk == world.opd_a.pk)
    program_label = _one_line(program_name.removeprefix("Program "))
    shown = _svg_texts(page.chart)
    lines = rakor_charts.wrapped(program_label).split("\n")  # at most two lines, literal
    assert all(line in shown for line in lines)
    if len(program_label) > rakor_charts.PROGRAM_LABEL_MAX:  # cut to fit the page
        assert lines[-1].endswith("…")
        assert program_label.startswith(" ".join(lines)[:-1].rstrip())


def test_a_chart_that_cannot_be_drawn_names_the_culprit(
    world: World, client_for: Any, rakor_period: Period, monkeypatch: pytest.MonkeyPatch
) -> None:
    _rename(world, "$\\foo{$", "Program Kesehatan")
    # As before the fix: names parsed as mathtext, so this one cannot be drawn.
    monkeypatch.setattr(rakor_charts, "_style",
                        lambda: {"text.parse_math": True, "font.family": "DejaVu Sans"})
    client = client_for("evaluator")

    report = _request(client, rakor_period, "pdf")

    assert report.status == ReportStatus.FAILED
    page = client.get(reverse("reports:status", args=[report.pk])).content.decode()
    assert "Grafik capaian per OPD" in page
    assert "nama &quot;$\\foo{$&quot; tidak dapat digambar" in page
    assert "Traceback" not in page and "ValueError" not in page
