"""A closed quarter, a verified report or a report under review refuses API writes with an
Indonesian 409, changes nothing, and is audited exactly as the quarterly form's refusal is."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import AgencyReport
from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import Reporting, events, form_data, realizations


def _patch_url(rep: Reporting) -> str:
    return reverse("api:realization_detail", args=[rep.world.opd_a.pk, rep.q1.pk,
                                                   rep.percent.pk])


def _close(rep: Reporting) -> None:
    with scopes_disabled():
        Period.objects.filter(pk=rep.q1.pk).update(status="closed")


def _report(rep: Reporting, status: str) -> None:
    with scopes_disabled():
        AgencyReport.objects.update_or_create(
            agency=rep.world.opd_a, period=rep.q1,
            defaults={"region": rep.world.region_a, "status": status})


def test_a_closed_quarter_refuses_the_write_and_audits_it_like_the_form(
        rep: Reporting, api_for: Any, client_for: Any) -> None:
    _close(rep)
    client_for("operator_a").post(rep.form_url(), form_data(rep))
    [form_event] = events("performance.locked.refused")

    response = api_for("operator_a").patch(_patch_url(rep), {"value": "87.5"}, format="json")

    assert response.status_code == 409
    assert response.json()["code"] == "period_locked"
    assert "sudah ditutup" in response.json()["detail"]
    assert "ditolak dan dicatat" in response.json()["detail"]
    assert realizations(rep) == {}
    [_form, api_event] = events("performance.locked.refused")
    assert (api_event.action, api_event.note, api_event.object_id, api_event.region_id) == (
        form_event.action, form_event.note, form_event.object_id, form_event.region_id)
    assert api_event.actor_id == rep.world.user("operator_a").pk
    assert api_event.ip_address == "127.0.0.1"
    assert events("performance.realization.saved") == []


def test_a_closed_quarter_refuses_a_batch_too(rep: Reporting, api_for: Any) -> None:
    _close(rep)
    url = reverse("api:realization_list", args=[rep.world.opd_a.pk, rep.q1.pk])

    response = api_for("head_a").post(url, {"rows": [
        {"indicator": rep.percent.pk, "value": "87.5"},
        {"indicator": rep.people.pk, "value": "120"}]}, format="json")

    assert response.status_code == 409
    assert realizations(rep) == {}
    assert len(events("performance.locked.refused")) == 1


def test_a_verified_report_refuses_the_write_and_keeps_the_value(rep: Reporting,
                                                                 api_for: Any) -> None:
    operator = api_for("operator_a")
    operator.patch(_patch_url(rep), {"value": "80"}, format="json")
    _report(rep, "verified")

    response = operator.put(_patch_url(rep), {"value": "99"}, format="json")

    assert response.status_code == 409
    assert "terverifikasi" in response.json()["detail"]
    assert str(realizations(rep)["IK-A1"]) == "80.0000"
    assert len(events("performance.locked.refused")) == 1
    assert operator.get(_patch_url(rep)).json()["value"] == "80"


def test_a_submitted_report_refuses_until_returned_without_a_lock_event(
        rep: Reporting, api_for: Any) -> None:
    operator = api_for("operator_a")
    operator.patch(_patch_url(rep), {"value": "80"}, format="json")
    _report(rep, "submitted")

    response = operator.patch(_patch_url(rep), {"value": "10"}, format="json")

    assert response.status_code == 409
    assert response.json()["code"] == "report_in_review"
    assert "sedang diajukan" in response.json()["detail"]
    assert str(realizations(rep)["IK-A1"]) == "80.0000"
    assert events("performance.locked.refused") == []  # as the form: refused, not a lock

    _report(rep, "returned")
    assert operator.patch(_patch_url(rep), {"value": "10"}, format="json").status_code == 200


def test_the_read_shows_why_the_quarter_is_locked(rep: Reporting, api_for: Any) -> None:
    _close(rep)

    document = api_for("operator_a").get(
        reverse("api:realization_list", args=[rep.world.opd_a.pk, rep.q1.pk])).json()

    assert document["editable"] is False
    assert "sudah ditutup" in document["lock_reason"]
