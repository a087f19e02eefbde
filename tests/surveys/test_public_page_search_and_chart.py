"""The public SKM page: a citizen finds a unit by name or picks an OPD, sees a chart of IKM per
OPD, and the thank-you page after answering leads to these results."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse

from pantau.surveys.models import Survey
from tests.factories import ServiceUnitFactory
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct
from tests.surveys.test_results_chart_order import chart_rows


def _page(world: World, **query: Any) -> str:
    return Client().get(reverse("surveys:publication", args=[world.region_a.slug]),
                        query).content.decode()


def _published(world: World, survey_a: Survey, survey_b: Survey) -> None:
    submit_direct(survey_a, [2] * 9)  # Dinkes, lower
    submit_direct(survey_b, [4] * 9)  # Disdik, higher
    submit_direct(make_survey(ServiceUnitFactory(agency=world.opd_a, name="Apotek Sehat")),
                  [3] * 9)


def test_the_search_box_finds_units_by_name(
    world: World, survey_a: Survey, survey_b: Survey
) -> None:
    _published(world, survey_a, survey_b)

    page = _page(world, q="sukamaju")

    assert 'name="q"' in page and 'value="sukamaju"' in page
    assert "Puskesmas Sukamaju" in page
    assert "Apotek Sehat" not in page and "Loket Layanan Disdik" not in page


def test_the_opd_filter_shows_that_opd_only(
    world: World, survey_a: Survey, survey_b: Survey
) -> None:
    _published(world, survey_a, survey_b)

    page = _page(world, opd=world.opd_b.pk)

    assert re.search(rf'<option value="{world.opd_b.pk}" selected>Dinas Pendidikan</option>', page)
    assert "Loket Layanan Disdik" in page
    assert "Puskesmas Sukamaju" not in page and "Apotek Sehat" not in page


def test_a_search_that_finds_nothing_says_so_and_bad_input_is_ignored(
    world: World, survey_a: Survey, survey_b: Survey
) -> None:
    _published(world, survey_a, survey_b)

    nothing = _page(world, q="tidak ada unit ini")
    odd = _page(world, opd="bukan-angka", q="<script>")

    assert "Tidak ada unit layanan yang cocok" in nothing
    assert "Puskesmas Sukamaju" in odd or "Tidak ada unit layanan yang cocok" in odd
    assert "<script>" not in odd.split("</head>", 1)[1].replace(
        '<script src="', "").replace('<script id="', "").replace("</script>", "")


def test_the_page_charts_ikm_per_opd_best_first_without_inline_script(
    world: World, survey_a: Survey, survey_b: Survey
) -> None:
    _published(world, survey_a, survey_b)

    page = _page(world)

    rows = chart_rows(page, "skm-public-data")
    assert [row["label"] for row in rows] == ["Disdik", "Dinkes"]
    assert "vendor/chartjs/chart.umd.min.js" in page and "data-skm-chart" in page
    for script in re.findall(r"<script([^>]*)>", page):
        assert "src=" in script or 'type="application/json"' in script, script
    one_opd = chart_rows(_page(world, opd=world.opd_a.pk), "skm-public-data")
    assert [row["label"] for row in one_opd] == ["Apotek Sehat", "Puskesmas Sukamaju"]


def test_the_thank_you_page_links_to_the_results(world: World, survey_a: Survey) -> None:
    thanks = Client().get(reverse("surveys:public_thanks", args=[survey_a.public_code]))

    results = reverse("surveys:publication", args=[world.region_a.slug])
    assert f'href="{results}"' in thanks.content.decode()
