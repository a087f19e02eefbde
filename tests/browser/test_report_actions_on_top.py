"""In a real browser, the evaluator finds the report's workflow actions beside its status at the
top of a long quarterly form, not below every indicator row."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import Indicator
from tests.browser.pages import logged_in
from tests.browser.test_login_home import browser  # noqa: F401  (fixture)
from tests.performance.reporting.conftest import build_reporting, make_report, report_status
from tests.personas import World

pytestmark = pytest.mark.browser
VIEWPORT_HEIGHT = 900  # logged_in's window


def test_verify_and_return_sit_in_the_first_screen_of_a_long_form(
    transactional_db: None, world: World, live_server: Any, browser: Any  # noqa: F811
) -> None:
    rep = build_reporting(world)
    with scopes_disabled():
        for n in range(30):  # an OPD's usual Renstra: dozens of indicator rows
            Indicator.objects.create(region=world.region_a, node=rep.program, agency=world.opd_a,
                                     code=f"IK-X{n}", name=f"Indikator tambahan {n}", unit="%")
    make_report(rep, world.opd_a, "approved")
    page = logged_in(browser, live_server.url, world.user("evaluator").username)
    page.goto(live_server.url + reverse("performance_reporting:report_form",
                                        args=[world.opd_a.pk, rep.q1.pk]))
    assert page.evaluate("document.documentElement.scrollHeight") > 3 * VIEWPORT_HEIGHT

    for name in ("Verifikasi", "Kembalikan ke OPD"):
        box = page.get_by_role("button", name=name).bounding_box()
        assert box is not None and box["y"] + box["height"] <= VIEWPORT_HEIGHT, name
    status = page.locator("#status-laporan").bounding_box()
    assert status is not None and status["y"] < VIEWPORT_HEIGHT

    page.get_by_role("button", name="Verifikasi").click()
    page.wait_for_load_state()
    assert report_status(rep) == "verified"
