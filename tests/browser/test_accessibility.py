"""axe-core over the main page of every module, as the persona who works there, and over the public
SKM pages (desktop, and the questionnaire on a 390 px phone): no critical or serious WCAG 2.1 A/AA
violation. One browser; one context per persona.

Drives Debian's /usr/bin/chromium through Playwright (never ``playwright install``).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.compliance.models import ServiceStandard, UnitMaklumat
from pantau.compliance.services.lokus import lokus_draw
from pantau.compliance.services.perception import perception_switch
from pantau.compliance.services.results import official_result_create
from pantau.compliance.services.seeding import instruments_seed
from pantau.performance.models import FollowUp
from pantau.surveys.models import SurveyFollowUp
from pantau.tenancy.models import Period, PeriodStatus
from tests.browser.axe import axe_violations, blocking, describe
from tests.browser.pages import logged_in
from tests.browser.test_login_home import browser  # noqa: F401  (fixture)
from tests.performance.analysis.builders import budget, realize
from tests.performance.plans.conftest import make_indicator, make_node, make_plan
from tests.performance.reporting.conftest import build_reporting
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct

pytestmark = pytest.mark.browser

PHONE = 390


def _pages(world: World) -> dict[str, list[str]]:
    """Builds a quarter with data on every page (an OPD behind the pace, budget, narratives,
    follow-ups, an RPJMD, an SKM with answers) and returns each persona's pages to check."""
    rep = build_reporting(world)
    opd_a, q1 = world.opd_a, rep.q1
    realize(rep.percent, 2026, {1: 20}, drivers="Posyandu aktif di semua desa",
            obstacles="Vaksin datang terlambat dari provinsi",
            follow_up_plan="Sweeping imunisasi di desa terpencil")
    realize(rep.other, 2026, {1: 70})
    budget(rep.kegiatan_idle, opd_a, "750000000", {1: "50000000"})
    rpjmd = make_plan(world, None, "RPJMD Kabupaten Contoh 2025–2029")
    misi = make_node(rpjmd, None, "misi", "M1", "Masyarakat sehat dan cerdas")
    sasaran = make_node(rpjmd, misi, "sasaran", "M1.S1", "Menurunnya prevalensi stunting")
    key = make_indicator(sasaran, opd_a, "IKU-1", "Prevalensi stunting", polarity="negative",
                         is_key=True)
    survey = make_survey(world.unit_a)
    with scope(region=world.region_a.pk):  # the public form also asks the perception questions
        perception_switch(actor=world.user("evaluator"), region=world.region_a,
                          unit=world.unit_a, year=timezone.localdate().year, on=True)
    for answers in ((4, 3, 4, 2, 4, 3, 4, 4, 1), (3, 3, 3, 3, 3, 3, 3, 3, 3)):
        submit_direct(survey, answers, extra={"persepsi": {"x_persepsi_o1": "tidak",
                                                           "x_persepsi_o2": "ya"}})
    due = datetime.date(2026, 6, 30)
    with scopes_disabled():
        Period.objects.create(region=world.region_a, year=2025, quarter=4,
                              status=PeriodStatus.CLOSED)  # its "Buka kembali" button
        FollowUp.objects.create(region=world.region_a, agency=opd_a, indicator=rep.percent,
                                period=q1, description="Sweeping imunisasi",
                                owner="Kepala Bidang P2P", due_date=due)
        SurveyFollowUp.objects.create(region=world.region_a, survey=survey, unit=world.unit_a,
                                      element=4, action="Menambah loket antrean",
                                      owner="Kepala Puskesmas", due_on=due)

    with scope(region=world.region_a.pk):
        instruments = instruments_seed(region=world.region_a)
        for year, score in ((2022, "64.81"), (2023, "87.56")):
            official_result_create(actor=world.user("evaluator"), region=world.region_a,
                                   year=year, assessor="ombudsman", score=Decimal(score),
                                   source_url="https://ombudsman.go.id/")
        ServiceStandard.objects.create(
            region=world.region_a, product=world.product_a, requirements="Buku KIA",
            procedure="Daftar di loket", enacted_on=due, decree="SK Kepala Dinkes 1/2026")
        UnitMaklumat.objects.create(region=world.region_a, unit=world.unit_a,
                                    text="Kami siap melayani sesuai standar.")
        pekppp = next(i for i in instruments if i.family == "pekppp")
        first_indicator = pekppp.indicators.order_by("pk").first()
        lokus = lokus_draw(actor=world.user("evaluator"), region=world.region_a, year=2026,
                           assessor="ombudsman", mandatory_units=[world.unit_b],
                           drawn_kind="puskesmas", draw_count=1, all_of_kind=False)
    assert first_indicator is not None

    def url(name: str, *args: Any, query: str = "") -> str:
        return reverse(name, args=args) + query

    period = f"?periode={q1.pk}"
    code = survey.public_code
    return {
        "admin": [
            url("web:home"), url("tenancy:agency_list"), url("tenancy:agency_detail", opd_a.pk),
            url("tenancy:unit_list"), url("tenancy:unit_detail", world.unit_a.pk),
            url("tenancy:period_list"), url("tenancy:membership_list"),
            url("performance_plans:plan_list"), url("performance_plans:plan_detail", rpjmd.pk),
            url("audit:event_list"), url("api:token_list"), url("web:calculator"),
            url("surveys:survey_list"), url("surveys:survey_detail", survey.pk),
            url("surveys:results"), url("compliance:index"), url("compliance:instrument_list"),
            url("compliance:instrument_detail", pekppp.pk),
            url("compliance:indicator_update", first_indicator.pk),
        ],
        "evaluator": [
            url("web:home"), url("performance_reporting:overview", query=period),
            url("performance_reporting:report_form", opd_a.pk, q1.pk),
            url("performance_reporting:followup_list"),
            url("performance_plans:indicator_detail", key.pk),
            url("performance_analysis:ranking", query=period),
            url("performance_analysis:scorecard", opd_a.pk, query=period),
            url("performance_analysis:warning", query=period),
            url("performance_analysis:renja", opd_a.pk, query="?tahun=2026"),
            url("performance_rakor:index"), url("surveys:followup_list"),
            url("compliance:result_list"), url("compliance:result_create"),
            url("compliance_standards:register"),
            url("compliance_standards:unit", world.unit_a.pk),
            url("compliance_standards:standard_update", world.product_a.pk),
            url("compliance_standards:maklumat_update", world.unit_a.pk),
            url("compliance:perception_index"), url("compliance:perception_settings"),
            url("compliance:perception_unit", world.unit_a.pk, timezone.localdate().year),
            url("compliance_lokus:list"), url("compliance_lokus:create"),
            url("compliance_lokus:detail", lokus.pk),
            url("compliance_assessment:overview", 2026),
            url("compliance_assessment:sheet", 2026, world.unit_a.pk, "pekppp"),
        ],
        "operator_a": [
            url("web:home"), url("performance_reporting:report_form", opd_a.pk, rep.q2.pk),
            url("compliance_assessment:sheet", 2026, world.unit_a.pk, "ombudsman"),
        ],
        "anonymous": [
            url("accounts:login"), url("surveys:publication", world.region_a.slug),
            url("surveys:public_form", code), url("surveys:public_thanks", code),
            url("compliance_public:unit", world.region_a.slug, world.unit_a.pk),
        ],
        "anonymous-phone": [url("surveys:public_form", code), url("surveys:public_thanks", code),
                            url("compliance_public:unit", world.region_a.slug,
                                world.unit_a.pk)],
    }


def _anonymous(chromium: Any, width: int) -> Any:
    phone = width <= PHONE
    context = chromium.new_context(viewport={"width": width, "height": 844 if phone else 900},
                                   locale="id-ID", bypass_csp=True, is_mobile=phone,
                                   has_touch=phone)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


@pytest.mark.parametrize("persona", ["admin", "evaluator", "operator_a", "anonymous",
                                     "anonymous-phone"])
def test_no_critical_or_serious_accessibility_violations(
    transactional_db: None, world: World, live_server: Any, browser: Any,  # noqa: F811
    persona: str,
) -> None:
    paths = _pages(world)[persona]
    if persona.startswith("anonymous"):
        page = _anonymous(browser, PHONE if persona.endswith("phone") else 1366)
    else:
        page = logged_in(browser, live_server.url, world.user(persona).username,
                         bypass_csp=True)
    found = []
    for path in paths:
        response = page.goto(live_server.url + path, wait_until="networkidle")
        assert response is not None and response.ok and page.url == live_server.url + path, (
            f"{persona} cannot open {path} ({page.url})")
        violations = blocking(axe_violations(page))
        if violations:
            found.append(describe(path, violations))
    page.context.close()
    assert not found, (f"{persona}: axe found critical or serious violations on {len(found)} of "
                       f"{len(paths)} pages\n" + "\n".join(found))
