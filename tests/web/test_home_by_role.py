"""The home page fits the persona: OPD staff see their OPD only, the back office what waits for
verification and the OPDs without a Kepala OPD, the leader the Pemda's figures with the ranking
and the rakor pack, the assessor what they may read.

Every number on it links to the list it counts, and that list opens for the persona.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import AgencyReport, ReportStatus
from tests.performance.reporting.conftest import Reporting, build_reporting
from tests.personas import World

PERSONAS = ("operator_a", "operator_b", "head_a", "evaluator", "leader", "admin", "assessor")
# <a class="card stat-card …" href="…"> … </i> label</div> <div class="display-6">number</div>
CARD = re.compile(r'<a class="card stat-card[^"]*" href="([^"]+)"[^>]*>.*?</i>\s*([^<]+?)\s*</div>'
                  r'\s*<div class="display-6">([^<]+)</div>', re.S)
NUMBER = re.compile(r'class="display-6"')


@pytest.fixture
def rep(world: World) -> Reporting:
    return build_reporting(world)


def _home(client: Client) -> str:
    response = client.get(reverse("web:home"))
    assert response.status_code == 200
    return response.content.decode()


def _cards(body: str) -> dict[str, tuple[str, str]]:
    """{label: (href, number)} of the linked figure cards."""
    return {label: (unescape(href), number.strip()) for href, label, number in CARD.findall(body)}


def _report(rep: Reporting, status: str, agency: Any = None) -> None:
    with scopes_disabled():
        AgencyReport.objects.create(region=rep.world.region_a, agency=agency or rep.world.opd_a,
                                    period=rep.q1, status=status)


def test_operator_a_sees_only_opd_a_on_the_home_page(rep: Reporting, client_for: Any) -> None:
    world = rep.world
    body = _home(client_for("operator_a"))

    assert "Dinas Kesehatan" in body and world.unit_a.name in body
    for other in (world.opd_b.name, world.opd_b.short_name, world.unit_b.name,
                  world.product_b.name):
        assert other not in body
    cards = _cards(body)
    assert cards["Unit layanan OPD Anda"] == (
        f"{reverse('tenancy:unit_list')}?opd={world.opd_a.pk}", "1")


def test_head_a_sees_only_opd_a_on_the_home_page(rep: Reporting, client_for: Any) -> None:
    body = _home(client_for("head_a"))

    assert "Dinas Pendidikan" not in body and rep.world.unit_b.name not in body


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_number_on_the_home_page_links_to_a_list_the_persona_may_open(
    rep: Reporting, client_for: Any, persona: str
) -> None:
    client = client_for(persona)
    body = _home(client)

    cards = _cards(body)
    assert cards, persona
    assert len(cards) == len(NUMBER.findall(body)), f"{persona}: a number without a link"
    for label, (href, _number) in cards.items():
        assert client.get(href).status_code == 200, f"{persona}: {label} → {href}"


def test_the_evaluator_sees_reports_waiting_for_verification_and_opds_without_a_head(
    rep: Reporting, client_for: Any
) -> None:
    world = rep.world
    _report(rep, ReportStatus.APPROVED)
    _report(rep, ReportStatus.DRAFT, agency=world.opd_b)
    client = client_for("evaluator")

    cards = _cards(_home(client))

    waiting_url, waiting = cards["Laporan menunggu verifikasi"]
    assert waiting == "1"
    assert parse_qs(urlsplit(waiting_url).query) == {
        "periode": [str(rep.q1.pk)], "status": [ReportStatus.APPROVED]}
    waiting_list = client.get(waiting_url).content.decode()
    assert rep.form_url() in waiting_list
    assert rep.form_url(agency=world.opd_b) not in waiting_list

    headless_url, headless = cards["OPD tanpa Kepala OPD"]
    assert headless == "1"  # OPD B: only OPD A has a head (head_a)
    headless_list = client.get(headless_url).content.decode()
    assert _form_link_of(world.opd_b) in headless_list
    assert _form_link_of(world.opd_a) not in headless_list


def _form_link_of(agency: Any) -> str:
    """The start of the links to an OPD's report form, whatever the quarter."""
    return 'href="' + reverse("performance_reporting:report_form", args=[agency.pk, 1])[:-2]


def test_operators_and_the_leader_do_not_get_the_verification_queue(
    rep: Reporting, client_for: Any
) -> None:
    _report(rep, ReportStatus.APPROVED)

    for persona in ("operator_a", "head_a", "leader", "assessor"):
        assert "Laporan menunggu verifikasi" not in _home(client_for(persona)), persona


def test_the_leader_gets_the_pemda_figures_and_the_ranking_and_rakor_pack(
    rep: Reporting, client_for: Any
) -> None:
    body = _home(client_for("leader"))

    assert reverse("performance_analysis:ranking") in body
    assert reverse("performance_rakor:index") in body
    assert _cards(body)["OPD aktif"] == (reverse("tenancy:agency_list"), "2")
    assert "Pengguna aktif" not in body  # the user list is the admin's


def test_the_assessor_is_shown_what_they_may_read(rep: Reporting, client_for: Any) -> None:
    client = client_for("assessor")
    body = _home(client)

    for name in ("performance_reporting:overview", "performance_analysis:index",
                 "surveys:results"):
        assert f'href="{reverse(name)}"' in body, name
        assert client.get(reverse(name), follow=True).status_code == 200
    assert reverse("performance_rakor:index") not in body  # not theirs to generate
