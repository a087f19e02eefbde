"""Closing a period has one path with one safeguard: the list of reports not verified yet, a
"Saya mengerti" tick when there are any, and a reason (as for reopening), checked by the service.
The Periode page no longer closes a running quarter for every OPD in one click."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.performance.models import AgencyReport, ReportStatus
from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import Reporting, events, make_report

PERIOD_LIST = "tenancy:period_list"
CLOSE = "performance_reporting:period_close"


def _status(period: Period) -> str:
    with scopes_disabled():
        return str(Period.objects.get(pk=period.pk).status)


def _close_url(period: Period) -> str:
    return reverse(CLOSE, args=[period.pk])


def test_the_period_page_offers_no_one_click_close(rep: Reporting, client_for: Any) -> None:
    page = client_for("evaluator").get(reverse(PERIOD_LIST)).content.decode()

    # "Tutup" leads to the close page with the safeguard, not to a bare form that closes.
    assert f'href="{_close_url(rep.q1)}"' in page
    assert 'type="submit">Tutup<' not in page


def test_the_close_page_lists_unverified_reports_and_asks_for_a_reason(
        rep: Reporting, client_for: Any) -> None:
    make_report(rep, rep.world.opd_a, ReportStatus.SUBMITTED)  # OPD B has no report: a draft

    page = client_for("evaluator").get(_close_url(rep.q1)).content.decode()

    assert "2 laporan OPD belum terverifikasi" in page
    assert "Draf: 1 OPD (Disdik)" in page and "Diajukan: 1 OPD (Dinkes)" in page
    assert 'name="confirm_unfinished"' in page
    assert 'name="reason"' in page and "required" in page


@pytest.mark.parametrize(("data", "message"), [
    ({}, "Tuliskan alasan menutup periode"),
    ({"reason": "   ", "confirm_unfinished": "on"}, "Tuliskan alasan menutup periode"),
    ({"reason": "rakor TW I"}, "tidak ditutup: 2 laporan OPD belum terverifikasi"),
])
def test_a_direct_post_without_reason_or_confirmation_changes_nothing(
        rep: Reporting, client_for: Any, data: dict[str, str], message: str) -> None:
    submitted = make_report(rep, rep.world.opd_a, ReportStatus.SUBMITTED)

    response = client_for("evaluator").post(_close_url(rep.q1), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert _status(rep.q1) == "open"
    with scopes_disabled():
        assert AgencyReport.objects.get(pk=submitted.pk).status == "submitted"
    assert not events("tenancy.period.closed")


def test_the_service_refuses_without_a_reason_or_confirmation(rep: Reporting,
                                                              evaluator: Any) -> None:
    from pantau.performance.services.closing import period_close

    make_report(rep, rep.world.opd_a, ReportStatus.VERIFIED)  # OPD B: a draft
    with scope(region=rep.world.region_a):
        with pytest.raises(ValidationError, match="alasan"):
            period_close(actor=evaluator, period=rep.q1, reason=" ", confirm_unfinished=True)
        with pytest.raises(ValidationError, match="Disdik"):
            period_close(actor=evaluator, period=rep.q1, reason="rakor")
    assert _status(rep.q1) == "open"
    assert not events("tenancy.period.closed")


def test_confirmed_close_with_a_reason_locks_and_records_both(rep: Reporting,
                                                              client_for: Any) -> None:
    verified = make_report(rep, rep.world.opd_a, ReportStatus.VERIFIED)

    page = client_for("evaluator").post(
        _close_url(rep.q1), {"reason": "Rakor evaluasi TW I", "confirm_unfinished": "on"},
        follow=True).content.decode()

    assert "1 laporan terverifikasi dikunci" in page
    assert _status(rep.q1) == "closed"
    with scopes_disabled():
        assert AgencyReport.objects.get(pk=verified.pk).status == "locked"
    note = events("tenancy.period.closed")[0].note
    assert note.startswith("Rakor evaluasi TW I")
    assert "belum terverifikasi: Draf: 1 (Disdik)" in note


def test_closing_a_year_names_its_open_quarters_and_needs_a_reason(
        rep: Reporting, client_for: Any) -> None:
    year = rep.world.period_a  # 2026, the year of TW I and TW II (both open)
    evaluator = client_for("evaluator")

    page = evaluator.get(_close_url(year)).content.decode()
    assert "TW I 2026" in page and "TW II 2026" in page
    refused = evaluator.post(_close_url(year), {"reason": "Tutup buku 2026"})
    assert refused.status_code == 400 and _status(year) == "open"

    evaluator.post(_close_url(year), {"reason": "Tutup buku 2026", "confirm_unfinished": "on"})
    assert _status(year) == "closed"
    assert events("tenancy.period.closed")[0].note.startswith("Tutup buku 2026")


def test_the_lock_card_no_longer_closes_the_period(rep: Reporting, client_for: Any) -> None:
    make_report(rep, rep.world.opd_a, ReportStatus.VERIFIED)
    make_report(rep, rep.world.opd_b, ReportStatus.VERIFIED)
    evaluator = client_for("evaluator")

    evaluator.post(reverse("performance_reporting:period_lock", args=[rep.q1.pk]),
                   {"close_period": "on", "note": "rakor"})
    overview = evaluator.get(reverse("performance_reporting:overview"),
                             {"periode": rep.q1.pk}).content.decode()

    assert _status(rep.q1) == "open"
    assert _close_url(rep.q1) in overview


def test_a_direct_post_to_the_old_one_click_address_closes_nothing(
        rep: Reporting, client_for: Any) -> None:
    client_for("evaluator").post(f"/periode/{rep.q1.pk}/status/", {})

    assert _status(rep.q1) == "open"
    assert not events("tenancy.period.closed")
