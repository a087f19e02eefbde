"""The quarterly overview verifies several OPDs' approved reports at once: each through the same
service as its own button (each audited); those that cannot be verified are named with why."""

from __future__ import annotations

from typing import Any

from django.contrib.messages import get_messages
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import AgencyReport
from pantau.tenancy.models import PeriodStatus
from tests.factories import AgencyFactory
from tests.performance.reporting.conftest import Reporting, events, make_report


def _overview(rep: Reporting) -> str:
    return reverse("performance_reporting:overview") + f"?periode={rep.q1.pk}"


def _verify(rep: Reporting, client: Any, *agencies: Any, note: str = "") -> list[str]:
    response = client.post(reverse("performance_reporting:bulk_verify", args=[rep.q1.pk]),
                           {"opd": [a.pk for a in agencies], "note": note})
    assert response.status_code == 302
    assert response["Location"] == _overview(rep)
    return [str(m) for m in get_messages(response.wsgi_request)]


def _statuses(rep: Reporting) -> dict[str, str]:
    with scopes_disabled():
        return {r.agency.short_name: r.status for r in
                AgencyReport.objects.filter(period=rep.q1).select_related("agency")}


def test_the_overview_offers_a_tick_box_for_each_approved_report_only(
    rep: Reporting, client_for: Any
) -> None:
    make_report(rep, rep.world.opd_a, "approved")
    make_report(rep, rep.world.opd_b, "submitted")

    page = client_for("evaluator").get(_overview(rep)).content.decode()

    assert 'id="verifikasi-massal"' in page
    assert f'name="opd" value="{rep.world.opd_a.pk}"' in page
    assert f'name="opd" value="{rep.world.opd_b.pk}"' not in page
    for persona in ("operator_a", "head_a", "leader"):
        assert 'id="verifikasi-massal"' not in client_for(persona).get(_overview(rep)) \
            .content.decode(), persona


def test_several_approved_reports_are_verified_at_once_each_audited(
    rep: Reporting, client_for: Any
) -> None:
    make_report(rep, rep.world.opd_a, "approved")
    make_report(rep, rep.world.opd_b, "approved")

    said = _verify(rep, client_for("evaluator"), rep.world.opd_a, rep.world.opd_b,
                   note="Sesuai bukti")

    assert _statuses(rep) == {"Dinkes": "verified", "Disdik": "verified"}
    audited = events("performance.report.verified")
    assert len(audited) == 2
    assert {e.note for e in audited} == {"Sesuai bukti"}
    assert said == ["2 laporan diverifikasi: Dinkes, Disdik."]


def test_reports_that_cannot_be_verified_are_named_with_why_and_the_others_still_are(
    rep: Reporting, client_for: Any
) -> None:
    with scopes_disabled():
        no_report = AgencyFactory(region=rep.world.region_a, name="Badan Tanpa Laporan",
                                  short_name="BTL")
    make_report(rep, rep.world.opd_a, "approved")
    make_report(rep, rep.world.opd_b, "submitted")

    said = _verify(rep, client_for("evaluator"), rep.world.opd_a, rep.world.opd_b, no_report)

    assert _statuses(rep) == {"Dinkes": "verified", "Disdik": "submitted"}
    assert len(events("performance.report.verified")) == 1
    assert said[0] == "1 laporan diverifikasi: Dinkes."
    assert said[1].startswith("2 laporan tidak diverifikasi:")
    assert "BTL: laporannya untuk periode ini belum dibuat." in said[1]
    assert "Disdik: Laporan Disdik berstatus diajukan" in said[1]


def test_nothing_chosen_or_an_unknown_opd_changes_nothing(rep: Reporting,
                                                         client_for: Any) -> None:
    make_report(rep, rep.world.opd_a, "approved")
    nothing = _verify(rep, client_for("evaluator"))
    other_pemda = _verify(rep, client_for("evaluator"), rep.world.opd_a, rep.world.opd_other)

    assert _statuses(rep) == {"Dinkes": "approved"}
    assert events("performance.report.verified") == []
    assert nothing == ["Tidak ada yang diverifikasi: Pilih laporan yang akan diverifikasi: "
                       "centang OPD-nya di tabel."]
    assert other_pemda == ["Tidak ada yang diverifikasi: Pilihan OPD tidak dikenal; muat ulang "
                           "halaman lalu pilih lagi."]


def test_a_closed_quarter_verifies_nothing_and_says_so(rep: Reporting, client_for: Any) -> None:
    make_report(rep, rep.world.opd_a, "approved")
    with scopes_disabled():
        rep.q1.status = PeriodStatus.CLOSED
        rep.q1.save()

    said = _verify(rep, client_for("evaluator"), rep.world.opd_a)

    assert _statuses(rep) == {"Dinkes": "approved"}
    assert said == ["1 laporan tidak diverifikasi: Dinkes: Periode TW I 2026 sudah ditutup. "
                    "Perubahan ditolak dan dicatat."]
