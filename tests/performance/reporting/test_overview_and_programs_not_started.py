"""The overview shows each OPD's status and completeness; operators see only their OPD."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.selectors.reporting import programs_not_started, report_progress
from tests.performance.reporting.conftest import Reporting, form_data


def test_overview_defaults_to_the_latest_open_quarter_with_completeness(
        rep: Reporting, client_for: Any) -> None:
    client_for("operator_a").post(rep.form_url(), form_data(rep, people=""))

    page = client_for("evaluator").get(reverse("performance_reporting:overview")).content
    text = page.decode()
    assert "TW II 2026" in text  # latest open quarter
    q1 = client_for("evaluator").get(reverse("performance_reporting:overview"),
                                     {"periode": rep.q1.pk}).content.decode()
    assert "Dinas Kesehatan" in q1 and "Dinas Pendidikan" in q1 and "1 / 2" in q1
    own = client_for("operator_b").get(reverse("performance_reporting:overview"),
                                       {"periode": rep.q1.pk}).content.decode()
    assert "Dinas Pendidikan" in own and "Dinas Kesehatan" not in own


def test_progress_and_programs_not_started(rep: Reporting, client_for: Any) -> None:
    with scopes_disabled():
        assert report_progress(agency=rep.world.opd_a, period=rep.q1).filled == 0
        idle_before = {n.code for n in programs_not_started(agency=rep.world.opd_a,
                                                            period=rep.q1)}
    assert idle_before == {"A.pro", "A.keg", "A.idle"}

    client_for("operator_a").post(rep.form_url(), form_data(rep))

    with scopes_disabled():
        assert report_progress(agency=rep.world.opd_a, period=rep.q1).percent == 100
        idle = [n.code for n in programs_not_started(agency=rep.world.opd_a, period=rep.q1)]
    assert idle == ["A.idle"]
    assert "Kegiatan belum berjalan A" in client_for("operator_a").get(
        rep.form_url()).content.decode()
