"""Follow-up plans become tracked follow-ups on submit and show on the next quarter's form."""

from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import FollowUp
from tests.performance.reporting.conftest import Reporting, events, form_data


def _submit_q1(rep: Reporting, client_for: Any) -> None:
    operator = client_for("operator_a")
    operator.post(rep.form_url(), form_data(rep))
    operator.post(rep.action_url("ajukan"))


def test_submit_creates_one_follow_up_per_plan_owned_by_the_head(rep: Reporting,
                                                                 client_for: Any) -> None:
    _submit_q1(rep, client_for)

    with scopes_disabled():
        follow_up = FollowUp.objects.get()
    assert follow_up.description == "Sweeping imunisasi"
    assert follow_up.owner == "dr. Sari Wulandari"
    assert follow_up.due_date == datetime.date(2026, 6, 30)  # end of the next quarter
    assert events("performance.followup.created")


def test_next_quarter_form_shows_the_open_follow_up_and_updates_it(rep: Reporting,
                                                                   client_for: Any) -> None:
    _submit_q1(rep, client_for)
    operator = client_for("operator_a")
    with scopes_disabled():
        follow_up = FollowUp.objects.get()

    page = operator.get(rep.form_url(rep.q2)).content.decode()
    assert "Sweeping imunisasi" in page

    prefix = f"fu{follow_up.pk}"
    operator.post(reverse("performance_reporting:followup_update", args=[follow_up.pk]), {
        "prefix": prefix, "period": rep.q2.pk, "next": rep.form_url(rep.q2),
        f"{prefix}-owner": "Kabid P2P", f"{prefix}-due_date": "2026-06-15",
        f"{prefix}-status": "done", f"{prefix}-evidence_note": "Laporan sweeping terlampir"})

    with scopes_disabled():
        follow_up.refresh_from_db()
    assert follow_up.status == "done" and follow_up.done_at is not None
    assert follow_up.owner == "Kabid P2P"
    assert events("performance.followup.updated")
    assert "Sweeping imunisasi" not in operator.get(rep.form_url(rep.q2)).content.decode()


def test_follow_up_list_filters_overdue_and_exports(rep: Reporting, client_for: Any) -> None:
    _submit_q1(rep, client_for)
    with scopes_disabled():
        FollowUp.objects.update(due_date=datetime.date(2020, 1, 1))
    leader = client_for("leader")
    url = reverse("performance_reporting:followup_list")

    assert "Sweeping imunisasi" in leader.get(url, {"overdue": "on"}).content.decode()
    assert "Sweeping imunisasi" not in leader.get(url, {"status": "done"}).content.decode()
    export = leader.get(reverse("performance_reporting:followup_xlsx"))
    assert export["Content-Type"].startswith("application/vnd.openxml")
    assert "Sweeping" not in client_for("operator_b").get(url).content.decode()


def test_done_without_evidence_note_is_refused(rep: Reporting, client_for: Any) -> None:
    _submit_q1(rep, client_for)
    with scopes_disabled():
        follow_up = FollowUp.objects.get()

    response = client_for("operator_a").post(
        reverse("performance_reporting:followup_update", args=[follow_up.pk]),
        {"owner": "X", "due_date": "2026-06-30", "status": "done", "evidence_note": ""})

    assert "bukti penyelesaian" in response.content.decode()
    with scopes_disabled():
        follow_up.refresh_from_db()
    assert follow_up.status == "open"
